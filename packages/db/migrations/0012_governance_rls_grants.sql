-- Governance workflows (meetings, disclosures, responsibility lists, lifecycle events, excellence):
-- row-level security FORCED (it holds for the owner too) and the application role's grants.
ALTER TABLE meetings FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE meeting_resolutions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE disclosures FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE task_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE lifecycle_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE lifecycle_sign_offs FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE excellence_nominations FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- Nothing here is deleted by the application: meetings are archived, disclosures withdrawn,
-- tasks closed, nominations withdrawn; events and sign-offs are history.
GRANT SELECT, INSERT, UPDATE ON meetings TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON meeting_resolutions TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON disclosures TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON tasks TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT ON task_events TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON lifecycle_events TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT ON lifecycle_sign_offs TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON excellence_nominations TO propgov_app;--> statement-breakpoint

-- Task events and sign-offs are append-only for everyone (function from 0002).
CREATE TRIGGER task_events_append_only
  BEFORE UPDATE OR DELETE ON task_events
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();--> statement-breakpoint
CREATE TRIGGER lifecycle_sign_offs_append_only
  BEFORE UPDATE OR DELETE ON lifecycle_sign_offs
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();
