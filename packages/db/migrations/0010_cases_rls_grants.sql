-- Cases: row-level security FORCED (it holds for the owner too) and the application role's grants.
ALTER TABLE cases FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE case_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE case_departments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE case_counters FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE rate_limits FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- A case is never deleted: it is closed or cancelled, and its events keep the history.
GRANT SELECT, INSERT, UPDATE ON cases TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT ON case_events TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON case_departments TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON case_counters TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON idempotency_keys TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO propgov_app;--> statement-breakpoint

-- Case events are append-only for everyone, as the audit log is (function from 0002).
CREATE TRIGGER case_events_append_only
  BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();
