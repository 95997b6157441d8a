ALTER TABLE "tenants" ADD COLUMN "shard" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "moving_to" text;