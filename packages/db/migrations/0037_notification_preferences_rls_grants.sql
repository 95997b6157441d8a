-- Users' notification preferences: row-level security FORCED; a user's row is written and
-- replaced by the API (upsert), and goes with the user (cascade).
ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON notification_preferences TO propgov_app;
