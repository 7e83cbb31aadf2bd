/**
 * A program's storage in PostgreSQL over plain JDBC: {@link
 * dev.partnerkit.store.jdbc.PostgresStorage} and its schema scripts, for several application
 * instances that share one program. The user brings the {@link javax.sql.DataSource} and the JDBC
 * driver; see {@code docs/postgres.md}.
 */
package dev.partnerkit.store.jdbc;
