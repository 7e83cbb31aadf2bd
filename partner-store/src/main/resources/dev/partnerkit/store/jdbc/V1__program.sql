-- Partnerkit program store, schema version 1.
--
-- One program per schema: point the connections at it (currentSchema=... in a PostgreSQL JDBC URL,
-- or the search_path). Apply with JdbcProgramStore.migrate(dataSource), or with Flyway or Liquibase
-- from this file as it is: it records its own version in partnerkit_schema_version, so the store
-- sees the schema as current whichever tool ran it. Plain statements only, each ending with ';' at
-- the end of a line, no functions, triggers, advisory locks or extensions (docs/postgres.md).
--
-- Each customer's whole state is one jsonb document, the one the rules read. The facts the
-- database itself must guard are also kept as rows, written in the same transaction, and their
-- constraints refuse a second active delegated admin under the seed policy, a second partner of
-- record, a second answer to an invitation, and a reused invitation id, relationship id or display
-- name, whatever any writer does.

CREATE TABLE partnerkit_schema_version (
  version integer PRIMARY KEY,
  description text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- The program this schema holds: the era its rules follow (fixed at first open) and the time of
-- its last partner action, so that partner time never runs backwards.
CREATE TABLE partnerkit_program (
  id integer PRIMARY KEY CHECK (id = 1),
  era text NOT NULL CHECK (era IN ('SEED', 'MODERN')),
  partner_clock text
);

CREATE TABLE partnerkit_partner (
  partner_id text PRIMARY KEY,
  document jsonb NOT NULL
);

-- clock: the time of the customer's last action, ISO-8601 with nanoseconds, so that the customer's
-- time never runs backwards. version counts the state's changes.
CREATE TABLE partnerkit_customer (
  customer_id uuid PRIMARY KEY,
  state jsonb NOT NULL,
  clock text NOT NULL,
  version bigint NOT NULL
);

-- Every partner a customer-scoped action linked to the customer, for customersOf.
CREATE TABLE partnerkit_partner_customer (
  partner_id text NOT NULL REFERENCES partnerkit_partner (partner_id),
  customer_id uuid NOT NULL REFERENCES partnerkit_customer (customer_id),
  PRIMARY KEY (partner_id, customer_id)
);

-- Invitations and offers, written once when sent: the id is unique in the program (OFFER-8).
CREATE TABLE partnerkit_invitation (
  invitation_id text PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES partnerkit_customer (customer_id),
  partner_id text NOT NULL REFERENCES partnerkit_partner (partner_id),
  kind text NOT NULL CHECK (kind IN ('TRIAL_INVITATION', 'PURCHASE_OFFER', 'DELEGATED_ADMIN_INVITATION')),
  delegated_admin boolean NOT NULL,
  sent_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

-- The one answer an invitation gets: its key makes a second answer impossible (OFFER-8, OFFER-11).
-- Expiry is not an answer; it follows from expires_at and the time.
CREATE TABLE partnerkit_invitation_answer (
  invitation_id text PRIMARY KEY REFERENCES partnerkit_invitation (invitation_id),
  answer text NOT NULL CHECK (answer IN ('ACCEPTED', 'DECLINED', 'REVOKED')),
  answered_at timestamptz NOT NULL
);

-- Delegated-admin grants. single_admin is true for grants made under the seed policy, where a
-- customer has at most one active delegated admin (DA-2); under the modern policy each partner has
-- at most one active grant per customer (DA-3).
CREATE TABLE partnerkit_grant (
  grant_id text PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES partnerkit_customer (customer_id),
  partner_id text NOT NULL REFERENCES partnerkit_partner (partner_id),
  origin text NOT NULL REFERENCES partnerkit_invitation (invitation_id),
  status text NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
  single_admin boolean NOT NULL,
  granted_at timestamptz NOT NULL,
  revoked_at timestamptz,
  CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL))
);

CREATE UNIQUE INDEX partnerkit_grant_one_admin
  ON partnerkit_grant (customer_id) WHERE status = 'ACTIVE' AND single_admin;

CREATE UNIQUE INDEX partnerkit_grant_one_per_partner
  ON partnerkit_grant (customer_id, partner_id) WHERE status = 'ACTIVE';

-- A customer's partner of record: the key allows one at a time (POR-4).
CREATE TABLE partnerkit_partner_of_record (
  customer_id uuid PRIMARY KEY REFERENCES partnerkit_customer (customer_id),
  partner_id text NOT NULL REFERENCES partnerkit_partner (partner_id),
  designated_at timestamptz NOT NULL
);

-- Granular relationships: unique ids (GDAP-6), display names unique per partner (GDAP-2), and the
-- stored status, which only the store's guarded updates move (GDAP-6).
CREATE TABLE partnerkit_relationship (
  relationship_id text PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES partnerkit_customer (customer_id),
  partner_id text NOT NULL REFERENCES partnerkit_partner (partner_id),
  display_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('CREATED', 'APPROVAL_PENDING', 'ACTIVE', 'TERMINATED')),
  CONSTRAINT partnerkit_relationship_display_name UNIQUE (partner_id, display_name)
);

CREATE INDEX partnerkit_relationship_customer ON partnerkit_relationship (customer_id);

-- The program's log: every allowed action, in sequence order. payload is the event as EventCodec
-- writes it; the other columns repeat parts of it for queries (customer_id is the customer whose
-- state the action changed, null for a partner's action).
CREATE SEQUENCE partnerkit_event_sequence;

CREATE TABLE partnerkit_event (
  sequence bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  kind text NOT NULL,
  customer_id uuid,
  payload jsonb NOT NULL
);

CREATE INDEX partnerkit_event_customer ON partnerkit_event (customer_id, sequence);

INSERT INTO partnerkit_schema_version (version, description) VALUES (1, 'program');
