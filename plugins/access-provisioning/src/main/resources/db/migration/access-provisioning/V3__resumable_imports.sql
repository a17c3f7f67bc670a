-- A bulk import survives a restart: each row keeps what to apply, and the import is claimed by the
-- node working on it (the claim is renewed as rows finish; a dead node's claim lapses and another
-- node, or the restarted one, resumes the rows still QUEUED).
ALTER TABLE pv_import_row ADD COLUMN email VARCHAR(254);
ALTER TABLE pv_import_row ADD COLUMN first_name VARCHAR(100);
ALTER TABLE pv_import_row ADD COLUMN last_name VARCHAR(100);
ALTER TABLE pv_import_row ADD COLUMN profile VARCHAR(60);
ALTER TABLE pv_import ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE pv_import ADD COLUMN claim_until TIMESTAMP WITH TIME ZONE;
