-- In-app notifications: row-level security FORCED; a notification is written once and only its
-- read_at changes. Messages written before the inbox existed are not fanned out (nobody is told
-- of old news at the upgrade).
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON notifications TO propgov_app;--> statement-breakpoint
GRANT UPDATE (read_at) ON notifications TO propgov_app;--> statement-breakpoint
UPDATE outbox SET inboxed_at = created_at WHERE inboxed_at IS NULL;
