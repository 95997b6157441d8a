CREATE TABLE "case_counters" (
	"tenant_id" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counters_pkey" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
ALTER TABLE "case_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_departments" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"case_id" text NOT NULL,
	"department_id" text NOT NULL,
	"round" integer NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	"check_in_due_at" timestamp with time zone NOT NULL,
	"checked_in_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"outcome" text,
	CONSTRAINT "case_departments_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_departments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_events" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"case_id" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"status" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text,
	CONSTRAINT "case_events_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cases" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"number" text NOT NULL,
	"tracking_code" text NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"compound_id" text NOT NULL,
	"grid_id" text,
	"community_id" text NOT NULL,
	"guarantor_user_id" text,
	"guarantor_name" text,
	"location_text" text,
	"lat" double precision,
	"long" double precision,
	"description" text NOT NULL,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reporter_name" text,
	"reporter_phone" text,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"round_started_at" timestamp with time zone NOT NULL,
	"first_contact_due_at" timestamp with time zone NOT NULL,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"contacted_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_on_spot" boolean,
	"rated_at" timestamp with time zone,
	"rating" text,
	"closed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "cases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"tenant_id" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"tenant_id" text NOT NULL,
	"key" text NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_limits_pkey" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "rate_limits" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_departments" ADD CONSTRAINT "case_departments_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_departments" ADD CONSTRAINT "case_departments_department_fk" FOREIGN KEY ("tenant_id","department_id") REFERENCES "public"."departments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_grid_fk" FOREIGN KEY ("tenant_id","grid_id") REFERENCES "public"."grids"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_community_fk" FOREIGN KEY ("tenant_id","community_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_departments_round_key" ON "case_departments" USING btree ("tenant_id","case_id","round","department_id");--> statement-breakpoint
CREATE INDEX "case_departments_department_idx" ON "case_departments" USING btree ("tenant_id","department_id","case_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("tenant_id","case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_key" ON "cases" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_tracking_code_key" ON "cases" USING btree ("tenant_id","tracking_code");--> statement-breakpoint
CREATE INDEX "cases_received_idx" ON "cases" USING btree ("tenant_id","received_at");--> statement-breakpoint
CREATE INDEX "cases_first_contact_due_idx" ON "cases" USING btree ("tenant_id","first_contact_due_at");--> statement-breakpoint
CREATE INDEX "cases_resolution_due_idx" ON "cases" USING btree ("tenant_id","resolution_due_at");--> statement-breakpoint
CREATE INDEX "cases_rated_idx" ON "cases" USING btree ("tenant_id","rated_at") WHERE rated_at is not null;--> statement-breakpoint
CREATE INDEX "cases_compound_idx" ON "cases" USING btree ("tenant_id","compound_id","received_at");--> statement-breakpoint
CREATE INDEX "cases_community_idx" ON "cases" USING btree ("tenant_id","community_id","received_at");--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("tenant_id","resolution_due_at") WHERE status not in ('resolved', 'rated', 'closed', 'cancelled');--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE POLICY "case_counters_tenant_isolation" ON "case_counters" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "case_departments_tenant_isolation" ON "case_departments" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "case_events_tenant_isolation" ON "case_events" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "cases_tenant_isolation" ON "cases" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "idempotency_keys_tenant_isolation" ON "idempotency_keys" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "rate_limits_tenant_isolation" ON "rate_limits" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));