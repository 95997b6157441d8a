-- Attachments: row-level security FORCED (it holds for the owner too) and the application role's grants.
-- No DELETE: removing an attachment deletes its bytes from the store and marks the row deleted.
ALTER TABLE attachments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON attachments TO propgov_app;
