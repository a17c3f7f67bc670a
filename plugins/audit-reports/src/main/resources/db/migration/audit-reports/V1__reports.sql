-- Audit reports: every file Hirewall produced, by its SHA-256, so that a file handed back later
-- can be recognised (who asked for it, with which parameters, when). The file itself is not kept.
-- Portable SQL (PostgreSQL and H2).

CREATE TABLE rp_report (
    sha256       CHAR(64)      NOT NULL PRIMARY KEY,
    job_id       VARCHAR(36)   NOT NULL,
    report_id    VARCHAR(120)  NOT NULL,
    format       VARCHAR(10)   NOT NULL,
    parameters   VARCHAR(4000) NOT NULL,
    requested_by VARCHAR(200)  NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count    BIGINT        NOT NULL,
    size_bytes   BIGINT        NOT NULL
);
CREATE INDEX rp_report_job ON rp_report (job_id);
