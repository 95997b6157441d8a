CREATE TABLE "evaluations" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"period" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"finding_count" integer NOT NULL,
	"mechanism_version" integer NOT NULL,
	"created_by" text,
	CONSTRAINT "evaluations_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "evaluations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "findings" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"evaluation_id" text NOT NULL,
	"period" text NOT NULL,
	"policy" text NOT NULL,
	"rule" text NOT NULL,
	"severity" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"subject_name" text NOT NULL,
	"region_id" text,
	"message_zh" text NOT NULL,
	"message_en" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "findings_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "findings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mechanism_versions" (
	"tenant_id" text NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "mechanism_versions_pkey" PRIMARY KEY("tenant_id","version")
);
--> statement-breakpoint
ALTER TABLE "mechanism_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_evaluation_fk" FOREIGN KEY ("tenant_id","evaluation_id") REFERENCES "public"."evaluations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanism_versions" ADD CONSTRAINT "mechanism_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_period_idx" ON "evaluations" USING btree ("tenant_id","period");--> statement-breakpoint
CREATE INDEX "findings_period_policy_idx" ON "findings" USING btree ("tenant_id","period","policy");--> statement-breakpoint
CREATE INDEX "findings_region_idx" ON "findings" USING btree ("tenant_id","region_id");--> statement-breakpoint
CREATE POLICY "evaluations_tenant_isolation" ON "evaluations" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "findings_tenant_isolation" ON "findings" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "mechanism_versions_tenant_isolation" ON "mechanism_versions" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));