CREATE TABLE "committees" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"compound_id" text NOT NULL,
	"formed_on" date NOT NULL,
	"term_ends_on" date NOT NULL,
	"members" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "committees_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "committees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "companies" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"uscc" text NOT NULL,
	"legal_representative" text NOT NULL,
	"phone" text NOT NULL,
	"local" boolean DEFAULT true NOT NULL,
	"party_members" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "companies_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "companies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "compounds" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"community_id" text NOT NULL,
	"buildings" integer NOT NULL,
	"households" integer NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"service_mode" text NOT NULL,
	"resident_party_members" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "compounds_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "compounds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "grids" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"compound_id" text NOT NULL,
	"name" text NOT NULL,
	"guarantor_user_id" text,
	"guarantor_name" text,
	"guarantor_phone" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grids_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "grids" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contract_project_managers" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"contract_id" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"recorded_by" text,
	CONSTRAINT "contract_project_managers_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "contract_project_managers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contracts" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"company_id" text NOT NULL,
	"compound_id" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"fee_standard" numeric(8, 2) NOT NULL,
	"project_manager_name" text NOT NULL,
	"project_manager_phone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "contracts_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "contracts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "departments" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "departments_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "departments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "party_orgs" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"region_id" text,
	"compound_id" text,
	"company_id" text,
	"committee_id" text,
	"member_count" integer NOT NULL,
	"formed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "party_orgs_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_orgs_one_attachment" CHECK (num_nonnulls(region_id, compound_id, company_id, committee_id) = 1)
);
--> statement-breakpoint
ALTER TABLE "party_orgs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "regions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" text,
	"name" text NOT NULL,
	"code" text,
	"path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "regions_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "regions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compounds" ADD CONSTRAINT "compounds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compounds" ADD CONSTRAINT "compounds_community_fk" FOREIGN KEY ("tenant_id","community_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grids" ADD CONSTRAINT "grids_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grids" ADD CONSTRAINT "grids_guarantor_user_fk" FOREIGN KEY ("tenant_id","guarantor_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_project_managers" ADD CONSTRAINT "contract_project_managers_contract_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD CONSTRAINT "party_orgs_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD CONSTRAINT "party_orgs_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD CONSTRAINT "party_orgs_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD CONSTRAINT "party_orgs_committee_fk" FOREIGN KEY ("tenant_id","committee_id") REFERENCES "public"."committees"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committees_compound_idx" ON "committees" USING btree ("tenant_id","compound_id");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_uscc_key" ON "companies" USING btree ("tenant_id","uscc") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "compounds_community_idx" ON "compounds" USING btree ("tenant_id","community_id");--> statement-breakpoint
CREATE INDEX "grids_compound_idx" ON "grids" USING btree ("tenant_id","compound_id");--> statement-breakpoint
CREATE INDEX "contract_project_managers_contract_idx" ON "contract_project_managers" USING btree ("tenant_id","contract_id");--> statement-breakpoint
CREATE INDEX "contracts_compound_idx" ON "contracts" USING btree ("tenant_id","compound_id","starts_on");--> statement-breakpoint
CREATE INDEX "contracts_company_idx" ON "contracts" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "departments_code_key" ON "departments" USING btree ("tenant_id","code") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "party_orgs_region_idx" ON "party_orgs" USING btree ("tenant_id","region_id");--> statement-breakpoint
CREATE INDEX "party_orgs_compound_idx" ON "party_orgs" USING btree ("tenant_id","compound_id");--> statement-breakpoint
CREATE INDEX "party_orgs_company_idx" ON "party_orgs" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "party_orgs_committee_idx" ON "party_orgs" USING btree ("tenant_id","committee_id");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("tenant_id","parent_id");--> statement-breakpoint
CREATE INDEX "regions_path_idx" ON "regions" USING btree ("tenant_id","path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "regions_code_key" ON "regions" USING btree ("tenant_id","code") WHERE code is not null and archived_at is null;--> statement-breakpoint
CREATE POLICY "committees_tenant_isolation" ON "committees" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "companies_tenant_isolation" ON "companies" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "compounds_tenant_isolation" ON "compounds" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "grids_tenant_isolation" ON "grids" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "contract_project_managers_tenant_isolation" ON "contract_project_managers" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "contracts_tenant_isolation" ON "contracts" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "departments_tenant_isolation" ON "departments" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "party_orgs_tenant_isolation" ON "party_orgs" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));--> statement-breakpoint
CREATE POLICY "regions_tenant_isolation" ON "regions" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));