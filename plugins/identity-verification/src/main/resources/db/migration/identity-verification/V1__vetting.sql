-- Identity verification: subjects, their identifiers, vetting cases, recorded checks, red flags,
-- liveness challenges and encrypted evidence. Portable SQL (PostgreSQL and H2).

CREATE TABLE iv_subject (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    legal_name       VARCHAR(200) NOT NULL,
    claimed_city     VARCHAR(120),
    claimed_country  CHAR(2)      NOT NULL,
    time_zone        VARCHAR(64),
    document_country CHAR(2),
    sourcing_channel VARCHAR(40)  NOT NULL,
    referrer_id      VARCHAR(36)  REFERENCES iv_subject (id),
    payout_method    VARCHAR(20)  NOT NULL,
    payout_holder    VARCHAR(200),
    offered_salary   BIGINT,
    market_band_min  BIGINT,
    market_band_max  BIGINT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(200) NOT NULL
);
CREATE INDEX iv_subject_referrer ON iv_subject (referrer_id);

-- Contact points and identifiers, normalised and hashed: duplicates across subjects are found by
-- hash, and the plain value is kept only masked.
CREATE TABLE iv_identifier (
    subject_id VARCHAR(36)  NOT NULL REFERENCES iv_subject (id),
    kind       VARCHAR(30)  NOT NULL,
    value_hash CHAR(64)     NOT NULL,
    masked     VARCHAR(120) NOT NULL,
    PRIMARY KEY (subject_id, kind, value_hash)
);
CREATE INDEX iv_identifier_lookup ON iv_identifier (kind, value_hash);

-- Profiles the subject gave (LinkedIn, GitHub, Telegram, ...), compared for consistency.
CREATE TABLE iv_profile (
    subject_id   VARCHAR(36)  NOT NULL REFERENCES iv_subject (id),
    platform     VARCHAR(40)  NOT NULL,
    handle       VARCHAR(200) NOT NULL,
    display_name VARCHAR(200),
    email        VARCHAR(320),
    PRIMARY KEY (subject_id, platform, handle)
);

CREATE TABLE iv_case (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    subject_id    VARCHAR(36)  NOT NULL REFERENCES iv_subject (id),
    tier          VARCHAR(20)  NOT NULL,
    reason        VARCHAR(40)  NOT NULL,
    opened_by     VARCHAR(200) NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_off_by VARCHAR(200),
    signed_off_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX iv_case_subject ON iv_case (subject_id);

CREATE TABLE iv_check (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id      VARCHAR(36)   NOT NULL REFERENCES iv_case (id),
    check_type   VARCHAR(40)   NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    reason       VARCHAR(1000),
    notes        VARCHAR(4000),
    findings     VARCHAR(4000),
    challenge_id VARCHAR(36),
    recorded_by  VARCHAR(200)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX iv_check_case ON iv_check (case_id);

CREATE TABLE iv_flag (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    subject_id    VARCHAR(36)   NOT NULL REFERENCES iv_subject (id),
    rule          VARCHAR(60)   NOT NULL,
    evidence_key  CHAR(64)      NOT NULL,
    controls      VARCHAR(400)  NOT NULL,
    summary       VARCHAR(400)  NOT NULL,
    evidence      VARCHAR(2000) NOT NULL,
    raised_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared_by    VARCHAR(200),
    cleared_at    TIMESTAMP WITH TIME ZONE,
    justification VARCHAR(2000),
    UNIQUE (subject_id, rule, evidence_key)
);

CREATE TABLE iv_challenge (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_id     VARCHAR(36)  NOT NULL REFERENCES iv_case (id),
    phrase_hash CHAR(64)     NOT NULL UNIQUE,
    moves       VARCHAR(200) NOT NULL,
    issued_by   VARCHAR(200) NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);

-- Evidence files, AES-256-GCM encrypted with a key kept outside the database.
CREATE TABLE iv_evidence (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_id      VARCHAR(36)  NOT NULL REFERENCES iv_case (id),
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    nonce        VARCHAR(32)  NOT NULL,
    ciphertext   BYTEA        NOT NULL,
    uploaded_by  VARCHAR(200) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
