CREATE TABLE "scheduled_notices" (
	"tenant_id" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"deadline" text NOT NULL,
	"unit_id" text DEFAULT '' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"notice" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"message_id" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "scheduled_notices_pkey" PRIMARY KEY("tenant_id","subject_type","subject_id","deadline","unit_id","due_at","notice")
);
--> statement-breakpoint
ALTER TABLE "scheduled_notices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "scheduled_notices" ADD CONSTRAINT "scheduled_notices_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scheduled_notices_sent_idx" ON "scheduled_notices" USING btree ("tenant_id","sent_at");--> statement-breakpoint
CREATE POLICY "scheduled_notices_tenant_isolation" ON "scheduled_notices" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));