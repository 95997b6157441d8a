CREATE TABLE "contract_inspections" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"contract_id" text NOT NULL,
	"compound_id" text NOT NULL,
	"company_id" text NOT NULL,
	"inspected_at" timestamp with time zone NOT NULL,
	"inspector" text NOT NULL,
	"results" jsonb NOT NULL,
	"note" text,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_inspections_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "contract_inspections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "obligations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "contract_inspections" ADD CONSTRAINT "contract_inspections_contract_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_inspections" ADD CONSTRAINT "contract_inspections_compound_fk" FOREIGN KEY ("tenant_id","compound_id") REFERENCES "public"."compounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_inspections" ADD CONSTRAINT "contract_inspections_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_inspections_contract_idx" ON "contract_inspections" USING btree ("tenant_id","contract_id","inspected_at");--> statement-breakpoint
CREATE INDEX "contract_inspections_compound_idx" ON "contract_inspections" USING btree ("tenant_id","compound_id");--> statement-breakpoint
CREATE INDEX "contract_inspections_company_idx" ON "contract_inspections" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "contract_inspections_inspected_idx" ON "contract_inspections" USING btree ("tenant_id","inspected_at");--> statement-breakpoint
CREATE POLICY "contract_inspections_tenant_isolation" ON "contract_inspections" AS PERMISSIVE FOR ALL TO "propgov_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));