-- The mechanism's units (bodies, staff, venues): row-level security FORCED (it holds for the owner
-- too) and the application role's grants. Nothing is hard-deleted by the application (archive instead).
-- The new guarantor columns of compounds are covered by the table grants of 0004.
ALTER TABLE bodies FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE staff FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE venues FORCE ROW LEVEL SECURITY;--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON bodies, staff, venues TO propgov_app;
