CREATE TABLE "unrouted_requests" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"channel" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"address_text" text NOT NULL,
	"lat" double precision,
	"long" double precision,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reporter_name" text,
	"reporter_phone" text,
	"submitted_by" text,
	"received_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"case_id" text,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"decline_reason" text,
	CONSTRAINT "unrouted_requests_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "unrouted_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "unrouted_requests" ADD CONSTRAINT "unrouted_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unrouted_requests" ADD CONSTRAINT "unrouted_requests_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unrouted_requests_status_idx" ON "unrouted_requests" USING btree ("tenant_id","status","received_at");--> statement-breakpoint
CREATE POLICY "unrouted_requests_tenant_isolation" ON "unrouted_requests" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));