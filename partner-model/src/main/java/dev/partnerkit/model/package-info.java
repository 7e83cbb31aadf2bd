/**
 * Immutable value types for the Microsoft 365 partner program: partners, customers, the service
 * catalog, offers and invitations, delegation grants, the partner of record and granular delegated
 * admin relationships.
 *
 * <p>Every multi-field type is an interface with a static {@code builder()}; instances are
 * immutable and thread-safe. Identifiers are records that check their value on construction.
 * Optional values are {@link java.util.Optional}; absent collections are empty, never null.
 */
@PartnerStyle
package dev.partnerkit.model;
