-- Inspections of contracts (履约检查): row-level security FORCED (it holds for the owner too);
-- append-only history, so the application role only reads and inserts.
ALTER TABLE contract_inspections FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON contract_inspections TO propgov_app;
