-- Work orders: row-level security FORCED on the new tenant tables and the application role's grants.
ALTER TABLE case_assignments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE calendar_days FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- An assignment is never deleted: it ends (returned, reassigned) and keeps the history of who had the case.
GRANT SELECT, INSERT, UPDATE ON case_assignments TO propgov_app;--> statement-breakpoint
-- A county's calendar entry is removed when the county falls back to the national preset for that day.
GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_days TO propgov_app;
