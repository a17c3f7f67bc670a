-- Access provisioning: the workforce account of a subject, every grant with its expiry, requests
-- for privileged access and their decisions, drift found in Keycloak, bulk imports.

CREATE TABLE pv_account (
    subject_id  VARCHAR(36)  NOT NULL PRIMARY KEY,
    username    VARCHAR(100) NOT NULL UNIQUE,
    keycloak_id VARCHAR(36),
    profile     VARCHAR(60)  NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pv_grant (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    subject_id    VARCHAR(36)  NOT NULL REFERENCES pv_account (subject_id),
    entitlement   VARCHAR(120) NOT NULL,
    privileged    BOOLEAN      NOT NULL,
    source        VARCHAR(60)  NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    granted_by    VARCHAR(200) NOT NULL,
    granted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by    VARCHAR(100),
    claimed_until TIMESTAMP WITH TIME ZONE,
    ended_by      VARCHAR(100),
    ended_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pv_grant_subject ON pv_grant (subject_id, state);
CREATE INDEX pv_grant_due ON pv_grant (state, expires_at);

CREATE TABLE pv_request (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    subject_id    VARCHAR(36)   NOT NULL REFERENCES pv_account (subject_id),
    entitlement   VARCHAR(120)  NOT NULL,
    hours         INT           NOT NULL,
    justification VARCHAR(2000) NOT NULL,
    requested_by  VARCHAR(200)  NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    decided_by    VARCHAR(200),
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision      VARCHAR(2000)
);

CREATE TABLE pv_drift (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    subject_id  VARCHAR(36)  NOT NULL,
    username    VARCHAR(100) NOT NULL,
    entitlement VARCHAR(120) NOT NULL,
    found_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reverted_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE pv_import (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    state       VARCHAR(20)  NOT NULL,
    total       INT          NOT NULL,
    applied     INT          NOT NULL,
    failed      INT          NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE pv_import_row (
    import_id  VARCHAR(36)   NOT NULL REFERENCES pv_import (id),
    line       INT           NOT NULL,
    subject_id VARCHAR(36),
    username   VARCHAR(100),
    state      VARCHAR(20)   NOT NULL,
    message    VARCHAR(1000),
    PRIMARY KEY (import_id, line)
);
