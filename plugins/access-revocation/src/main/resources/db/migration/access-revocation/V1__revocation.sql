-- Access revocation: durable, resumable runs (containment and offboarding), their steps, the
-- people-side checklist, rotated client secrets (fingerprints only) and owner notices.
-- Portable SQL (PostgreSQL and H2).

CREATE TABLE rv_run (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    batch_id        VARCHAR(36)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,   -- CONTAINMENT or OFFBOARDING
    username        VARCHAR(255)  NOT NULL,
    user_id         VARCHAR(36),
    subject_id      VARCHAR(36),
    reason          VARCHAR(2000) NOT NULL,
    state           VARCHAR(20)   NOT NULL,   -- SCHEDULED, QUEUED, RUNNING, WAITING, COMPLETED, FAILED, CANCELLED
    requested_by    VARCHAR(200)  NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    scheduled_for   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    snapshot        TEXT,
    snapshot_sha256 CHAR(64),
    sealed_at       TIMESTAMP WITH TIME ZONE,
    completeness    INTEGER,
    zero_access_at  TIMESTAMP WITH TIME ZONE,
    zero_access_ms  BIGINT,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(200),
    claim_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000)
);
CREATE INDEX rv_run_due ON rv_run (state, scheduled_for);
CREATE INDEX rv_run_batch ON rv_run (batch_id);
CREATE INDEX rv_run_username ON rv_run (username);

-- One unfinished run per user: a second trigger finds this row and joins the run.
CREATE TABLE rv_active (
    username VARCHAR(255) NOT NULL PRIMARY KEY,
    run_id   VARCHAR(36)  NOT NULL REFERENCES rv_run (id)
);

CREATE TABLE rv_step (
    run_id      VARCHAR(36)   NOT NULL REFERENCES rv_run (id),
    action_id   VARCHAR(120)  NOT NULL,
    position    INTEGER       NOT NULL,
    state       VARCHAR(20)   NOT NULL,   -- PENDING, RUNNING, DONE, VERIFIED
    attempts    INTEGER       NOT NULL DEFAULT 0,
    started_at  TIMESTAMP WITH TIME ZONE,
    done_at     TIMESTAMP WITH TIME ZONE,
    verified_at TIMESTAMP WITH TIME ZONE,
    last_error  VARCHAR(2000),
    PRIMARY KEY (run_id, action_id)
);

CREATE TABLE rv_task (
    run_id    VARCHAR(36)   NOT NULL REFERENCES rv_run (id),
    control   VARCHAR(20)   NOT NULL,
    title     VARCHAR(200)  NOT NULL,
    position  INTEGER       NOT NULL,
    owner     VARCHAR(200),
    note      VARCHAR(2000),
    done_by   VARCHAR(200),
    done_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, control)
);

-- A client secret rotated by a run: written right after the rotation, so a resumed run does not
-- rotate it again. Only the new secret's fingerprint is kept.
CREATE TABLE rv_rotation (
    run_id       VARCHAR(36)  NOT NULL REFERENCES rv_run (id),
    client_id    VARCHAR(255) NOT NULL,
    old_fingerprint CHAR(16),
    fingerprint  CHAR(16)     NOT NULL,
    rotated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, client_id)
);

CREATE TABLE rv_notice (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    run_id      VARCHAR(36)  NOT NULL REFERENCES rv_run (id),
    system      VARCHAR(255) NOT NULL,
    owner       VARCHAR(255) NOT NULL,
    fingerprint CHAR(16)     NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rv_notice_run ON rv_notice (run_id);
