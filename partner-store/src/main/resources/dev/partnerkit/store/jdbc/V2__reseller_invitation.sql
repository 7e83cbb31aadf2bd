-- Partnerkit schema, version 2: reseller invitations (NCE-1) join the invitation kinds.
--
-- Like V1, plain statements only, each ending with ';' at the end of a line, so Flyway, Liquibase
-- or the store's own migrator can run it as it is; it records its own version.
--
-- PostgreSQL names V1's unnamed column check partnerkit_invitation_kind_check.
ALTER TABLE partnerkit_invitation DROP CONSTRAINT partnerkit_invitation_kind_check;

ALTER TABLE partnerkit_invitation ADD CONSTRAINT partnerkit_invitation_kind_check CHECK (kind IN ('TRIAL_INVITATION', 'PURCHASE_OFFER', 'DELEGATED_ADMIN_INVITATION', 'RESELLER_INVITATION'));

INSERT INTO partnerkit_schema_version (version, description) VALUES (2, 'reseller_invitation');
