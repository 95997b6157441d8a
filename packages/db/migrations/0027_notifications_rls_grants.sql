-- Notifications: row-level security FORCED on the outbox, its deliveries, the delivery log and the
-- webhook subscriptions, and the application role's grants. The delivery worker is platform-level
-- but holds no privilege of its own: it enters each county's context (SET LOCAL ROLE propgov_app and
-- app.tenant_id) and claims that county's rows under the same policies as a request.
ALTER TABLE outbox FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE deliveries FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE delivery_attempts FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE webhook_subscriptions FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- An outbox row is written once and only marked dispatched; a delivery moves through its states.
GRANT SELECT, INSERT, UPDATE ON outbox TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON deliveries TO propgov_app;--> statement-breakpoint
-- The delivery log is append-only, for every role.
GRANT SELECT, INSERT ON delivery_attempts TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_subscriptions TO propgov_app;--> statement-breakpoint
CREATE TRIGGER delivery_attempts_append_only
  BEFORE UPDATE OR DELETE ON delivery_attempts
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();
