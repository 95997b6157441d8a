ALTER TABLE "companies" ADD COLUMN "registered_capital" double precision;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "qualification" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "brand_rank" integer;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "projects_managed" integer;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "entered_county_year" integer;