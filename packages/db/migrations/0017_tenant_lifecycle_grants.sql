-- Tenant lifecycle: the platform audit trail, and the one way to delete a county (a demo one).
ALTER TABLE platform_audit_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON platform_audit_events TO propgov_app;--> statement-breakpoint
CREATE TRIGGER platform_audit_events_append_only
  BEFORE UPDATE OR DELETE ON platform_audit_events
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();--> statement-breakpoint

-- Deletes a tenant marked demo with every row of it, its audit trail and published history
-- included, which nothing else may delete. It runs as the schema owner (SECURITY DEFINER): for the
-- length of its transaction it lifts FORCE ROW LEVEL SECURITY and the append-only triggers on the
-- tenant tables (taking their locks), then restores both. Any other tenant is refused.
CREATE FUNCTION propgov_delete_demo_tenant(target text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  tables text[];
  forced text[];
  name text;
  remaining text[];
  progress boolean;
BEGIN
  SELECT array_agg(c.relname::text ORDER BY c.relname) INTO tables
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
   WHERE n.nspname = 'public' AND c.relkind = 'r';
  tables := tables || ARRAY['tenants'];
  SELECT coalesce(array_agg(relname::text), '{}') INTO forced
    FROM pg_class WHERE relname = ANY (tables) AND relforcerowsecurity
     AND relnamespace = 'public'::regnamespace;
  FOREACH name IN ARRAY tables LOOP
    EXECUTE format('ALTER TABLE %I DISABLE TRIGGER USER', name);
  END LOOP;
  FOREACH name IN ARRAY forced LOOP
    EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', name);
  END LOOP;

  IF NOT EXISTS (SELECT 1 FROM tenants WHERE id = target AND demo) THEN
    RAISE EXCEPTION 'tenant % is not a demo tenant: only demo tenants may be deleted', target
      USING ERRCODE = 'insufficient_privilege';
  END IF;

  -- Tables referencing each other without ON DELETE CASCADE empty in several passes.
  remaining := array_remove(tables, 'tenants');
  LOOP
    progress := false;
    FOREACH name IN ARRAY remaining LOOP
      BEGIN
        EXECUTE format('DELETE FROM %I WHERE tenant_id = $1', name) USING target;
        remaining := array_remove(remaining, name);
        progress := true;
      EXCEPTION WHEN foreign_key_violation THEN
        NULL; -- still referenced: a later pass
      END;
    END LOOP;
    EXIT WHEN cardinality(remaining) = 0 OR NOT progress;
  END LOOP;
  DELETE FROM tenants WHERE id = target;

  FOREACH name IN ARRAY tables LOOP
    EXECUTE format('ALTER TABLE %I ENABLE TRIGGER USER', name);
  END LOOP;
  FOREACH name IN ARRAY forced LOOP
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
  END LOOP;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION propgov_delete_demo_tenant(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION propgov_delete_demo_tenant(text) TO propgov_app;
