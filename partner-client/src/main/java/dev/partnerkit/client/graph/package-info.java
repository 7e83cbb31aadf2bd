/**
 * Microsoft Graph's granular delegated admin API ({@code /tenantRelationships}): wire types that
 * mirror its JSON, {@code @odata.etag} included, and the operations that call it.
 *
 * <p>Get the operations from {@link dev.partnerkit.client.PartnerClient#gdap()}. Every request
 * sends {@code Prefer: include-unknown-enum-members} (API-6); updates and deletes send {@code
 * If-Match} with the ETag last read (API-7).
 */
@PartnerStyle
package dev.partnerkit.client.graph;

import dev.partnerkit.model.PartnerStyle;
