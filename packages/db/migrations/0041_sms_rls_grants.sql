-- A county's SMS account: row-level security FORCED; written (upsert) and removed by the API.
-- cases.sms_opted_out_at needs no grant of its own (the application role updates cases).
ALTER TABLE sms_settings FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sms_settings TO propgov_app;
