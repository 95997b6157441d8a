CREATE TABLE "case_rollups" (
	"tenant_id" text NOT NULL,
	"community_id" text NOT NULL,
	"day" date NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"fc_due" integer DEFAULT 0 NOT NULL,
	"fc_met" integer DEFAULT 0 NOT NULL,
	"res_due" integer DEFAULT 0 NOT NULL,
	"res_met" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_rollups_pkey" PRIMARY KEY("tenant_id","day","community_id","category","kind")
);
--> statement-breakpoint
ALTER TABLE "case_rollups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_rollups" ADD CONSTRAINT "case_rollups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "case_rollups_tenant_isolation" ON "case_rollups" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));