/** Not API: helpers shared by the model's types. May change without notice. */
package dev.partnerkit.model.internal;
