CREATE TABLE "bodies" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"level" text NOT NULL,
	"region_id" text,
	"compound_id" text,
	"name" text NOT NULL,
	"established_on" date,
	"contact_name" text,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "bodies_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "bodies_one_unit" CHECK (num_nonnulls(region_id, compound_id) = 1)
);
--> statement-breakpoint
ALTER TABLE "bodies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "staff" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"team" text NOT NULL,
	"dedicated" boolean NOT NULL,
	"region_id" text,
	"compound_id" text,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "staff_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "staff_one_unit" CHECK (num_nonnulls(region_id, compound_id) = 1)
);
--> statement-breakpoint
ALTER TABLE "staff" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "venues" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"level" text NOT NULL,
	"region_id" text,
	"compound_id" text,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"area_m2" double precision NOT NULL,
	"purpose" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "venues_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "venues_one_unit" CHECK (num_nonnulls(region_id, compound_id) = 1),
	CONSTRAINT "venues_area_positive" CHECK (area_m2 > 0),
	CONSTRAINT "venues_purpose_given" CHECK (cardinality(purpose) > 0)
);
--> statement-breakpoint
ALTER TABLE "venues" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "compounds" ADD COLUMN "guarantor_user_id" text;--> statement-breakpoint
ALTER TABLE "compounds" ADD COLUMN "guarantor_name" text;--> statement-breakpoint
ALTER TABLE "compounds" ADD COLUMN "guarantor_phone" text;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_user_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bodies_region_idx" ON "bodies" USING btree ("tenant_id","region_id");--> statement-breakpoint
CREATE INDEX "bodies_compound_idx" ON "bodies" USING btree ("tenant_id","compound_id");--> statement-breakpoint
CREATE INDEX "staff_region_idx" ON "staff" USING btree ("tenant_id","region_id");--> statement-breakpoint
CREATE INDEX "staff_compound_idx" ON "staff" USING btree ("tenant_id","compound_id");--> statement-breakpoint
CREATE INDEX "staff_team_idx" ON "staff" USING btree ("tenant_id","team");--> statement-breakpoint
CREATE INDEX "venues_region_idx" ON "venues" USING btree ("tenant_id","region_id");--> statement-breakpoint
CREATE INDEX "venues_compound_idx" ON "venues" USING btree ("tenant_id","compound_id");--> statement-breakpoint
ALTER TABLE "compounds" ADD CONSTRAINT "compounds_guarantor_user_fk" FOREIGN KEY ("tenant_id","guarantor_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "bodies_tenant_isolation" ON "bodies" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "staff_tenant_isolation" ON "staff" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "venues_tenant_isolation" ON "venues" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));