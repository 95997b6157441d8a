CREATE TABLE "disclosures" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"compound_id" text,
	"company_id" text,
	"item" text NOT NULL,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text,
	"publisher_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "disclosures_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "disclosures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "excellence_nominations" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"contract_id" text NOT NULL,
	"level" text NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "excellence_nominations_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "excellence_nominations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "lifecycle_events" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"compound_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"started_on" date NOT NULL,
	"steps" jsonb NOT NULL,
	"status" text NOT NULL,
	"completed_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lifecycle_events_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "lifecycle_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "lifecycle_sign_offs" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"event_id" text NOT NULL,
	"step" text NOT NULL,
	"participant" text NOT NULL,
	"unit_id" text,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	CONSTRAINT "lifecycle_sign_offs_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "lifecycle_sign_offs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "meeting_resolutions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"meeting_id" text NOT NULL,
	"text" text NOT NULL,
	"matter" text DEFAULT 'other' NOT NULL,
	"owner_unit_type" text NOT NULL,
	"owner_unit_id" text NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"task_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_resolutions_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "meeting_resolutions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "meetings" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"region_id" text,
	"compound_id" text,
	"convened_by" text,
	"scheduled_at" timestamp with time zone NOT NULL,
	"venue_id" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"held_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "meetings_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "meetings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "task_events" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"task_id" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"status" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "task_events_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "task_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tasks" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"source" text NOT NULL,
	"source_id" text,
	"owner_unit_type" text NOT NULL,
	"owner_unit_id" text NOT NULL,
	"region_id" text,
	"assignee_user_id" text,
	"assignee_name" text,
	"due_on" date NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"issued_by" text,
	"started_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"sent_back_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellence_nominations" ADD CONSTRAINT "excellence_nominations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellence_nominations" ADD CONSTRAINT "excellence_nominations_contract_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_events" ADD CONSTRAINT "lifecycle_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_events" ADD CONSTRAINT "lifecycle_events_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_sign_offs" ADD CONSTRAINT "lifecycle_sign_offs_event_fk" FOREIGN KEY ("tenant_id","event_id") REFERENCES "public"."lifecycle_events"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_resolutions" ADD CONSTRAINT "meeting_resolutions_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_convened_by_fk" FOREIGN KEY ("tenant_id","convened_by") REFERENCES "public"."party_orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_venue_fk" FOREIGN KEY ("tenant_id","venue_id") REFERENCES "public"."venues"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_task_fk" FOREIGN KEY ("tenant_id","task_id") REFERENCES "public"."tasks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosures_compound_idx" ON "disclosures" USING btree ("tenant_id","compound_id","item","period");--> statement-breakpoint
CREATE INDEX "disclosures_company_idx" ON "disclosures" USING btree ("tenant_id","company_id","item","period");--> statement-breakpoint
CREATE INDEX "disclosures_published_idx" ON "disclosures" USING btree ("tenant_id","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "excellence_nominations_contract_key" ON "excellence_nominations" USING btree ("tenant_id","contract_id","level","year");--> statement-breakpoint
CREATE INDEX "excellence_nominations_year_idx" ON "excellence_nominations" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "lifecycle_events_compound_idx" ON "lifecycle_events" USING btree ("tenant_id","compound_id","started_on");--> statement-breakpoint
CREATE INDEX "lifecycle_sign_offs_event_idx" ON "lifecycle_sign_offs" USING btree ("tenant_id","event_id");--> statement-breakpoint
CREATE INDEX "meeting_resolutions_meeting_idx" ON "meeting_resolutions" USING btree ("tenant_id","meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_resolutions_due_idx" ON "meeting_resolutions" USING btree ("tenant_id","due_on") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "meetings_scheduled_idx" ON "meetings" USING btree ("tenant_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "meetings_region_idx" ON "meetings" USING btree ("tenant_id","region_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "meetings_compound_idx" ON "meetings" USING btree ("tenant_id","compound_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "task_events_task_idx" ON "task_events" USING btree ("tenant_id","task_id","at");--> statement-breakpoint
CREATE INDEX "tasks_owner_idx" ON "tasks" USING btree ("tenant_id","owner_unit_type","owner_unit_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("tenant_id","due_on");--> statement-breakpoint
CREATE INDEX "tasks_source_idx" ON "tasks" USING btree ("tenant_id","source","source_id");--> statement-breakpoint
CREATE POLICY "disclosures_tenant_isolation" ON "disclosures" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "excellence_nominations_tenant_isolation" ON "excellence_nominations" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "lifecycle_events_tenant_isolation" ON "lifecycle_events" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "lifecycle_sign_offs_tenant_isolation" ON "lifecycle_sign_offs" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "meeting_resolutions_tenant_isolation" ON "meeting_resolutions" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "meetings_tenant_isolation" ON "meetings" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "task_events_tenant_isolation" ON "task_events" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "tasks_tenant_isolation" ON "tasks" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));