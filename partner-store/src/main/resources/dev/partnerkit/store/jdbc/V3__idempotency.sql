-- Partnerkit schema, version 3: idempotency keys, and commits the store can look up when the
-- connection is lost during COMMIT.
--
-- Like V1, plain statements only, each ending with ';' at the end of a line, so Flyway, Liquibase
-- or the store's own migrator can run it as it is; it records its own version. Every statement
-- only adds, so instances still on version 2 keep working on the upgraded schema until they stop
-- (their events carry no key); they refuse to open it again, as a newer schema.
--
-- An allowed action's key is a column of its event row, written in the same statement as the
-- event; a denied keyed action's denial is a row of partnerkit_denial, committed in the action's
-- transaction with nothing else. Whichever outcome a key got, its transaction first took the key
-- in partnerkit_idempotency_key: two transactions given one key wait for each other there even
-- when they lock different customers, so a key never gets both an event and a denial, and a
-- second transaction sees the first one's outcome (docs/postgres.md).

-- Each statement can run again after a partial run: databases whose DDL is not transactional
-- (YugabyteDB without transactional DDL) commit each statement on its own.
--
-- Adding a nullable column without a default rewrites nothing; the index scans the log once, and
-- blocks writes to it meanwhile (seconds per million events).
ALTER TABLE partnerkit_event ADD COLUMN IF NOT EXISTS idempotency_key text;

CREATE UNIQUE INDEX IF NOT EXISTS partnerkit_event_idempotency_key
  ON partnerkit_event (idempotency_key) WHERE idempotency_key IS NOT NULL;

-- The key of every keyed action whose outcome was committed, with the token of the transaction
-- that committed it: after a connection lost during COMMIT, the store finds its own token here
-- (applied), another one (another instance's repeat came first) or none (not applied).
CREATE TABLE IF NOT EXISTS partnerkit_idempotency_key (
  idempotency_key text PRIMARY KEY,
  token uuid NOT NULL
);

-- The first outcome of keyed actions that were denied: the action's JSON, as in an event's
-- payload, the time it was decided at and the decision's reasons.
CREATE TABLE IF NOT EXISTS partnerkit_denial (
  idempotency_key text PRIMARY KEY,
  at timestamptz NOT NULL,
  kind text NOT NULL,
  action jsonb NOT NULL,
  reasons jsonb NOT NULL
);

INSERT INTO partnerkit_schema_version (version, description) VALUES (3, 'idempotency')
  ON CONFLICT DO NOTHING;
