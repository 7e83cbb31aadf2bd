/**
 * Durable storages for a partner program: the event codec shared by every storage, an append-only
 * journal file ({@link dev.partnerkit.store.journal.JournalStorage}), and PostgreSQL over plain
 * JDBC ({@link dev.partnerkit.store.jdbc.PostgresStorage}). Each implements {@link
 * dev.partnerkit.rules.ProgramStorage}; the {@link dev.partnerkit.rules.PartnerProgram} on it
 * decides and applies every action.
 */
package dev.partnerkit.store;
