/**
 * The Partner Center REST API: wire types that mirror its JSON (prefixed {@code Pc}, every
 * documented field, tolerant of unknown fields and enum values) and the operations that call it.
 *
 * <p>Get the operations from {@link dev.partnerkit.client.PartnerClient}: {@code customers()},
 * {@code offers()}, {@code catalog()}, {@code promotions()}, {@code carts()}, {@code orders()},
 * {@code subscriptions()}, {@code transitions()} and {@code fulfillment()}. Wire types map to the
 * model where the concepts meet ({@code toModel}).
 */
@PartnerStyle
package dev.partnerkit.client.partnercenter;

import dev.partnerkit.model.PartnerStyle;
