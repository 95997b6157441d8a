DROP INDEX "excellence_nominations_contract_key";--> statement-breakpoint
ALTER TABLE "disclosures" ADD COLUMN "withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "disclosures" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "excellence_nominations" ADD COLUMN "decision_note" text;--> statement-breakpoint
ALTER TABLE "excellence_nominations" ADD COLUMN "decided_by" text;--> statement-breakpoint
ALTER TABLE "lifecycle_events" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lifecycle_events" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
CREATE UNIQUE INDEX "excellence_nominations_contract_key" ON "excellence_nominations" USING btree ("tenant_id","contract_id","level","year") WHERE status <> 'withdrawn';--> statement-breakpoint
-- Backfill from the audit trail, where these reasons and notes were kept until now. Row-level
-- security is FORCED on these tables and its policies are for propgov_app only, so the owner
-- lifts FORCE for the backfill and restores it at once (all in the migration's transaction).
ALTER TABLE audit_events NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE disclosures NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE lifecycle_events NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE excellence_nominations NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE disclosures d SET withdrawn_by = a.actor_id, withdrawal_reason = a.after->>'reason'
  FROM (
    SELECT DISTINCT ON (tenant_id, target_id) tenant_id, target_id, actor_id, after
    FROM audit_events
    WHERE target_type = 'disclosure' AND action = 'disclosure.withdraw'
    ORDER BY tenant_id, target_id, at DESC, id DESC
  ) a
  WHERE d.withdrawn_at IS NOT NULL AND a.tenant_id = d.tenant_id AND a.target_id = d.id;--> statement-breakpoint
UPDATE lifecycle_events SET cancelled_at = updated_at WHERE status = 'cancelled';--> statement-breakpoint
UPDATE lifecycle_events e SET cancel_reason = a.after->>'cancelReason'
  FROM (
    SELECT DISTINCT ON (tenant_id, target_id) tenant_id, target_id, after
    FROM audit_events
    WHERE target_type = 'lifecycleEvent' AND action = 'lifecycleEvent.cancel'
    ORDER BY tenant_id, target_id, at DESC, id DESC
  ) a
  WHERE e.status = 'cancelled' AND a.tenant_id = e.tenant_id AND a.target_id = e.id;--> statement-breakpoint
UPDATE excellence_nominations n SET decided_by = a.actor_id, decision_note = a.after->>'decisionNote'
  FROM (
    SELECT DISTINCT ON (tenant_id, target_id) tenant_id, target_id, actor_id, after
    FROM audit_events
    WHERE target_type = 'excellenceNomination'
      AND action IN ('excellenceNomination.withdraw', 'excellenceNomination.award', 'excellenceNomination.reject')
    ORDER BY tenant_id, target_id, at DESC, id DESC
  ) a
  WHERE n.status <> 'nominated' AND a.tenant_id = n.tenant_id AND a.target_id = n.id;--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE disclosures FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE lifecycle_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE excellence_nominations FORCE ROW LEVEL SECURITY;
