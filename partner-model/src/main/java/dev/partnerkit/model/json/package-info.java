/**
 * JSON for Partnerkit's model: {@link dev.partnerkit.model.json.PartnerJacksonModule} (Jackson 2)
 * and {@link dev.partnerkit.model.json.PartnerJackson3Module} (Jackson 3) bind the model on an
 * application's own mapper and are found through the {@link java.util.ServiceLoader}; {@link
 * dev.partnerkit.model.json.PartnerJson} is Partnerkit's own strict, tolerant-reader mapper.
 */
package dev.partnerkit.model.json;
