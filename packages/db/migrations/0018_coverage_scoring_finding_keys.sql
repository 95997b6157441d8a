ALTER TABLE "assessment_scorecards" ADD COLUMN "assessable" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "compounds" ADD COLUMN "self_managed_since" date;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "key" text;--> statement-breakpoint
-- Row-level security is FORCED on these tables and its policies are for propgov_app only, so the
-- owner lifts FORCE for the backfills and restores it at once (all in the migration's transaction).
ALTER TABLE compounds NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE findings NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Service coverage now counts a self-managed compound from the start of its arrangement. For the
-- compounds already recorded as self-managed the best known start is the day they were recorded
-- (in their county's time zone); staff correct it with PATCH …/compounds/{id}.
UPDATE compounds c SET self_managed_since = (c.created_at AT TIME ZONE t.timezone)::date
  FROM tenants t
  WHERE c.service_mode = 'selfManaged' AND t.id = c.tenant_id;--> statement-breakpoint
-- A finding's stable key, as the evaluation now writes it: policy/rule/subjectType/subjectId, with
-- #2, #3… for repeats within a period in the order of their ids.
UPDATE findings f SET key = k.key
  FROM (
    SELECT tenant_id, id,
      policy || '/' || rule || '/' || subject_type || '/' || subject_id ||
        CASE WHEN n = 1 THEN '' ELSE '#' || n END AS key
    FROM (
      SELECT tenant_id, id, policy, rule, subject_type, subject_id,
        row_number() OVER (PARTITION BY tenant_id, period, policy, rule, subject_type, subject_id ORDER BY id) AS n
      FROM findings
    ) numbered
  ) k
  WHERE f.tenant_id = k.tenant_id AND f.id = k.id;--> statement-breakpoint
ALTER TABLE "findings" ALTER COLUMN "key" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "findings_period_key" ON "findings" USING btree ("tenant_id","period","key");--> statement-breakpoint
ALTER TABLE compounds FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE findings FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Re-running an evaluation updates the findings it finds again.
GRANT UPDATE ON findings TO propgov_app;
