-- The scheduler's record of what it announced: row-level security FORCED, and append-only (a
-- notice sent stays sent; it is also the record of who was told when). The scheduler holds no
-- privilege of its own: it enters each county's context like a request.
ALTER TABLE scheduled_notices FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON scheduled_notices TO propgov_app;--> statement-breakpoint
CREATE TRIGGER scheduled_notices_append_only
  BEFORE UPDATE OR DELETE ON scheduled_notices
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();
