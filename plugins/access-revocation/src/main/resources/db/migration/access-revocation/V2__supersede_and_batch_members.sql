-- A scheduled offboarding that has not started is superseded (not joined) by a containment or an
-- earlier offboarding for the same user: it ends as SUPERSEDED and names the run that replaced it.
ALTER TABLE rv_run ADD COLUMN superseded_by VARCHAR(36);

-- The runs a request joined instead of starting: its batch lists them next to the runs it created,
-- so the batch a 202 points at always exists.
CREATE TABLE rv_batch_member (
    batch_id VARCHAR(36) NOT NULL,
    run_id   VARCHAR(36) NOT NULL REFERENCES rv_run (id),
    PRIMARY KEY (batch_id, run_id)
);
CREATE INDEX rv_batch_member_run ON rv_batch_member (run_id);

-- Usernames are compared lowercase, as Keycloak stores them.
UPDATE rv_run SET username = LOWER(username);
-- (of two active runs whose usernames differed only by case, one stays the user's active run)
DELETE FROM rv_active a WHERE EXISTS (SELECT 1 FROM rv_active b
    WHERE LOWER(b.username) = LOWER(a.username) AND b.username < a.username);
UPDATE rv_active SET username = LOWER(username);
