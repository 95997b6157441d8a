CREATE TABLE "assessment_scorecards" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"assessment_id" text NOT NULL,
	"template_id" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"target_name" text NOT NULL,
	"region_id" text,
	"total" double precision NOT NULL,
	"grade" text,
	"rank" integer,
	"passed" boolean NOT NULL,
	"vetoed" boolean DEFAULT false NOT NULL,
	"items" jsonb NOT NULL,
	"vetoes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"previous_total" double precision,
	"previous_rank" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_scorecards_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessment_scorecards" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "assessment_templates" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"target_kind" text NOT NULL,
	"document" jsonb NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_templates_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessment_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "assessments" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"revises_id" text,
	"reason" text,
	"status" text NOT NULL,
	"templates" jsonb NOT NULL,
	"mechanism_version" integer,
	"computed_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"results" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "credit_records" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"company_id" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"points" double precision NOT NULL,
	"source" text NOT NULL,
	"source_id" text,
	"evidence" text NOT NULL,
	"effective_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"penalty" jsonb,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_records_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "credit_records" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "assessment_scorecards" ADD CONSTRAINT "assessment_scorecards_assessment_fk" FOREIGN KEY ("tenant_id","assessment_id") REFERENCES "public"."assessments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_templates" ADD CONSTRAINT "assessment_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_scorecards_target_key" ON "assessment_scorecards" USING btree ("tenant_id","assessment_id","template_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "assessment_scorecards_target_idx" ON "assessment_scorecards" USING btree ("tenant_id","target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_templates_code_version_key" ON "assessment_templates" USING btree ("tenant_id","code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_revision_key" ON "assessments" USING btree ("tenant_id","kind","period","revision");--> statement-breakpoint
CREATE INDEX "assessments_period_idx" ON "assessments" USING btree ("tenant_id","period");--> statement-breakpoint
CREATE INDEX "credit_records_company_idx" ON "credit_records" USING btree ("tenant_id","company_id","effective_on");--> statement-breakpoint
CREATE INDEX "credit_records_penalty_idx" ON "credit_records" USING btree ("tenant_id","effective_on") WHERE source = 'administrativePenalty';--> statement-breakpoint
CREATE INDEX "credit_records_source_idx" ON "credit_records" USING btree ("tenant_id","source","source_id");--> statement-breakpoint
CREATE POLICY "assessment_scorecards_tenant_isolation" ON "assessment_scorecards" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "assessment_templates_tenant_isolation" ON "assessment_templates" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "assessments_tenant_isolation" ON "assessments" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "credit_records_tenant_isolation" ON "credit_records" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));