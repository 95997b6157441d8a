DROP INDEX "api_keys_id_key";--> statement-breakpoint
DROP INDEX "sessions_id_key";--> statement-breakpoint
ALTER POLICY "api_keys_token_lookup" ON "api_keys" TO propgov_app USING (tenant_id = nullif(current_setting('app.lookup_tenant_id', true), '') and id = nullif(current_setting('app.lookup_id', true), ''));--> statement-breakpoint
ALTER POLICY "sessions_token_lookup" ON "sessions" TO propgov_app USING (tenant_id = nullif(current_setting('app.lookup_tenant_id', true), '') and id = nullif(current_setting('app.lookup_id', true), ''));