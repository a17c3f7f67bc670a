-- One row per production, not per distinct file: two identical files (the same CSV asked for twice)
-- have one SHA-256 and are two productions of one artifact, both recorded and both verifiable.
-- Portable SQL (PostgreSQL and H2): a new table keyed by the job, the old rows copied over.

CREATE TABLE rp_production (
    job_id       VARCHAR(36)   NOT NULL PRIMARY KEY,
    sha256       CHAR(64)      NOT NULL,
    report_id    VARCHAR(120)  NOT NULL,
    format       VARCHAR(10)   NOT NULL,
    parameters   VARCHAR(4000) NOT NULL,
    requested_by VARCHAR(200)  NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count    BIGINT        NOT NULL,
    size_bytes   BIGINT        NOT NULL
);
INSERT INTO rp_production (job_id, sha256, report_id, format, parameters, requested_by,
        requested_at, generated_at, row_count, size_bytes)
    SELECT job_id, sha256, report_id, format, parameters, requested_by, requested_at,
        generated_at, row_count, size_bytes FROM rp_report;
DROP TABLE rp_report;
CREATE INDEX rp_production_sha256 ON rp_production (sha256, generated_at);
