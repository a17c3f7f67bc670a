-- Reports read the trail by time range (audit extract) and by subject (incident package).
CREATE INDEX audit_record_occurred ON audit_record (occurred_at);
CREATE INDEX audit_record_subject ON audit_record (subject);
