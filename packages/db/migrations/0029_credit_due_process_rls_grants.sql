-- Credit appeals (异议 and 信用修复): row-level security FORCED (it holds for the owner too) and the
-- application role's grants. Appeals are decided, never deleted: no DELETE grant.
ALTER TABLE credit_appeals FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON credit_appeals TO propgov_app;
