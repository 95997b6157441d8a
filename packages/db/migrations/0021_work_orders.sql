CREATE TABLE "calendar_days" (
	"tenant_id" text NOT NULL,
	"date" text NOT NULL,
	"kind" text NOT NULL,
	"name_zh" text,
	"name_en" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_pkey" PRIMARY KEY("tenant_id","date")
);
--> statement-breakpoint
ALTER TABLE "calendar_days" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_assignments" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"case_id" text NOT NULL,
	"unit_type" text NOT NULL,
	"unit_id" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"acknowledge_due_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"return_reason" text,
	CONSTRAINT "case_assignments_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "case_departments_round_key";--> statement-breakpoint
ALTER TABLE "case_departments" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "coordinate_system" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "priority" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "external_system" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "external_number" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "assignment" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "dispatched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "acknowledge_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "return_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "extension_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "extension_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "extension_reason" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "extension_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "supervision_level" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "supervised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "supervision_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "duplicate_of_id" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "rating_source" text;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_assignments_case_idx" ON "case_assignments" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "case_assignments_unit_idx" ON "case_assignments" USING btree ("tenant_id","unit_type","unit_id","assigned_at");--> statement-breakpoint
CREATE INDEX "case_assignments_assigned_idx" ON "case_assignments" USING btree ("tenant_id","assigned_at");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_duplicate_of_fk" FOREIGN KEY ("tenant_id","duplicate_of_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_external_ref_key" ON "cases" USING btree ("tenant_id","external_system","external_number") WHERE external_system is not null;--> statement-breakpoint
CREATE INDEX "cases_duplicate_of_idx" ON "cases" USING btree ("tenant_id","duplicate_of_id") WHERE duplicate_of_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "case_departments_round_key" ON "case_departments" USING btree ("tenant_id","case_id","round","department_id") WHERE withdrawn_at is null;--> statement-breakpoint
CREATE POLICY "calendar_days_tenant_isolation" ON "calendar_days" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "case_assignments_tenant_isolation" ON "case_assignments" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));