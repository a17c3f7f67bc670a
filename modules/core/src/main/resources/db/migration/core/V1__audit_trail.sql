-- The audit trail: append-only, hash-chained records plus signed checkpoints.
-- Kept portable: the same file runs on PostgreSQL (production, CI) and H2 (zero-setup default).

CREATE TABLE audit_record (
    seq            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    actor_role     VARCHAR(200)  NOT NULL,
    action         VARCHAR(200)  NOT NULL,
    subject        VARCHAR(400)  NOT NULL,
    controls       VARCHAR(1000) NOT NULL,
    outcome        VARCHAR(40)   NOT NULL,
    payload_digest CHAR(64)      NOT NULL,
    prev_hash      CHAR(64)      NOT NULL,
    record_hash    CHAR(64)      NOT NULL
);

-- One row: the newest sequence number and hash. Appenders lock it, which serialises the chain.
CREATE TABLE audit_head (
    id        INT          NOT NULL PRIMARY KEY,
    last_seq  BIGINT       NOT NULL,
    last_hash CHAR(64)     NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- A checkpoint signs (seq, record_hash) with the server key, which lives outside the database.
CREATE TABLE audit_checkpoint (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    record_hash CHAR(64)      NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id      VARCHAR(64)   NOT NULL,
    signature   VARCHAR(200)  NOT NULL
);
