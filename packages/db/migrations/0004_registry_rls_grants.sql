-- The registry: row-level security FORCED (it holds for the owner too) and the application
-- role's grants, table by table. Nothing is ever hard-deleted by the application (archive instead).
ALTER TABLE regions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE compounds FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE grids FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE companies FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE contracts FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE contract_project_managers FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE committees FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE party_orgs FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE departments FORCE ROW LEVEL SECURITY;--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON regions, compounds, companies, contracts, committees, party_orgs, departments TO propgov_app;--> statement-breakpoint
-- Grids are replaced as a set when a compound is edited.
GRANT SELECT, INSERT, UPDATE, DELETE ON grids TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT ON contract_project_managers TO propgov_app;--> statement-breakpoint

CREATE TRIGGER contract_project_managers_append_only
  BEFORE UPDATE OR DELETE ON contract_project_managers
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();
