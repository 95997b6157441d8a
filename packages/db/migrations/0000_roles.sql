-- The application role. Every request runs `SET LOCAL ROLE propgov_app` inside its transaction.
-- It cannot log in, owns nothing, and is subject to row-level security (no BYPASSRLS).
-- Roles are cluster-wide, so create it only when missing (several databases may share a cluster).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'propgov_app') THEN
    CREATE ROLE propgov_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;
--> statement-breakpoint
-- The migrating role must be able to switch to the application role (superusers always can).
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT propgov_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO propgov_app;
