CREATE TABLE "sms_settings" (
	"tenant_id" text NOT NULL,
	"provider" text DEFAULT 'aliyun' NOT NULL,
	"endpoint" text NOT NULL,
	"access_key_id" text NOT NULL,
	"access_key_secret_ciphertext" text NOT NULL,
	"access_key_secret_hint" text NOT NULL,
	"sign_name" text NOT NULL,
	"templates" jsonb NOT NULL,
	"tracking_url" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sms_settings_pkey" PRIMARY KEY("tenant_id")
);
--> statement-breakpoint
ALTER TABLE "sms_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "sms_opted_out_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sms_settings" ADD CONSTRAINT "sms_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "sms_settings_tenant_isolation" ON "sms_settings" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));