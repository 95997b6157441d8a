-- Row-level security is FORCED on every table that has it, so it holds for the table owner too.
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE platform_users FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE platform_sessions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- The application role gets exactly what the API needs, table by table.
GRANT SELECT, INSERT, UPDATE ON tenants TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON platform_users TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON platform_sessions TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON users TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON api_keys TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttles TO propgov_app;--> statement-breakpoint

-- History that matters is append-only, for every role (the grant above already withholds
-- UPDATE and DELETE from the application; this trigger also stops the owner).
CREATE OR REPLACE FUNCTION propgov_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();
