-- The mechanism and its policies' results: row-level security FORCED (it holds for the owner too)
-- and the application role's grants.
ALTER TABLE mechanism_versions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE evaluations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE findings FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- Mechanism versions are history: the application only appends and reads them.
GRANT SELECT, INSERT ON mechanism_versions TO propgov_app;--> statement-breakpoint
-- Evaluations are a log of runs; a period's findings are replaced when it is evaluated again.
GRANT SELECT, INSERT ON evaluations TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON findings TO propgov_app;--> statement-breakpoint

-- The append-only trigger of audit_events (0002) also stops the owner changing a version.
CREATE TRIGGER mechanism_versions_append_only
  BEFORE UPDATE OR DELETE ON mechanism_versions
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();
