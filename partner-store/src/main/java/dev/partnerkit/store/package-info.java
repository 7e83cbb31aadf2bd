/**
 * Durable stores for a partner program: the event codec shared by every store, an append-only
 * journal file, and a PostgreSQL store over plain JDBC.
 */
package dev.partnerkit.store;
