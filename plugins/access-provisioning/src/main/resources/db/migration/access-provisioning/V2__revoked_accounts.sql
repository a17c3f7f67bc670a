-- An account whose access a revocation run removed: its grants end as REVOKED and provisioning
-- refuses to give it access again.
ALTER TABLE pv_account ADD COLUMN revoked_by_run VARCHAR(36);
ALTER TABLE pv_account ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
