CREATE TABLE "attachments" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"case_id" text,
	"meeting_id" text,
	"disclosure_id" text,
	"purpose" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"filename" text,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"width" integer,
	"height" integer,
	"public" boolean DEFAULT false NOT NULL,
	"uploaded_by" text,
	"uploader_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	CONSTRAINT "attachments_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "attachments_one_owner" CHECK (num_nonnulls(case_id, meeting_id, disclosure_id) = 1)
);
--> statement-breakpoint
ALTER TABLE "attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_disclosure_fk" FOREIGN KEY ("tenant_id","disclosure_id") REFERENCES "public"."disclosures"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_case_idx" ON "attachments" USING btree ("tenant_id","case_id") WHERE case_id is not null;--> statement-breakpoint
CREATE INDEX "attachments_meeting_idx" ON "attachments" USING btree ("tenant_id","meeting_id") WHERE meeting_id is not null;--> statement-breakpoint
CREATE INDEX "attachments_disclosure_idx" ON "attachments" USING btree ("tenant_id","disclosure_id") WHERE disclosure_id is not null;--> statement-breakpoint
CREATE POLICY "attachments_tenant_isolation" ON "attachments" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));