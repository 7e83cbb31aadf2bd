/**
 * JSON for the rules' {@link dev.partnerkit.rules.Action}s on an application's own mapper: {@link
 * dev.partnerkit.store.json.ActionJacksonModule} for Jackson 2 and {@link
 * dev.partnerkit.store.json.ActionJackson3Module} for Jackson 3, both found through the {@link
 * java.util.ServiceLoader}. The rules themselves use no Jackson, so their JSON lives here.
 */
package dev.partnerkit.store.json;
