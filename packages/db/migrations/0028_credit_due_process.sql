CREATE TABLE "credit_appeals" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"record_id" text NOT NULL,
	"company_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"conditions" jsonb,
	"filed_on" date NOT NULL,
	"due_on" date,
	"filed_by" text,
	"decided_on" date,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_appeals_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "credit_appeals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "publish_due_on" date;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "exported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lifecycle_events" ADD COLUMN "company_id" text;--> statement-breakpoint
ALTER TABLE "credit_appeals" ADD CONSTRAINT "credit_appeals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_appeals" ADD CONSTRAINT "credit_appeals_record_fk" FOREIGN KEY ("tenant_id","record_id") REFERENCES "public"."credit_records"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_appeals" ADD CONSTRAINT "credit_appeals_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_appeals_record_idx" ON "credit_appeals" USING btree ("tenant_id","record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_appeals_one_pending_key" ON "credit_appeals" USING btree ("tenant_id","record_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "credit_appeals_status_idx" ON "credit_appeals" USING btree ("tenant_id","status","due_on");--> statement-breakpoint
ALTER TABLE "lifecycle_events" ADD CONSTRAINT "lifecycle_events_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "credit_appeals_tenant_isolation" ON "credit_appeals" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));