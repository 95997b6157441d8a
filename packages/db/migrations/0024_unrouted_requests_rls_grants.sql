-- Unrouted Open311 requests: row-level security FORCED and the application role's grants.
ALTER TABLE unrouted_requests FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- A request is never deleted: the dispatcher routes it (to the case it becomes) or declines it, and the token keeps answering.
GRANT SELECT, INSERT, UPDATE ON unrouted_requests TO propgov_app;
