-- An application's own first migration, as a shop would write it: its V1 sits beside Partnerkit's
-- V1__program.sql, each in its own schema and Flyway history (FlywayBesideApplicationTest).
CREATE TABLE shop_customer (
  id bigint PRIMARY KEY,
  name text NOT NULL
);
