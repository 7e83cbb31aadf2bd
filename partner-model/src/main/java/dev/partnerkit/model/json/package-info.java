/**
 * JSON for Partnerkit's model: {@link dev.partnerkit.model.json.PartnerJson} configures Jackson as
 * a tolerant reader and gives the modules for a caller's own mapper.
 */
package dev.partnerkit.model.json;
