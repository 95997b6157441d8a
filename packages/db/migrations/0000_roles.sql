-- The application role. Every request runs `SET LOCAL ROLE propgov_app` inside its transaction.
-- It cannot log in, owns nothing, and is subject to row-level security (no BYPASSRLS).
-- Roles are cluster-wide, so create it only when missing (several databases may share a cluster).
-- An owner without CREATEROLE needs a database administrator to create it once beforehand.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'propgov_app') THEN
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
      RAISE EXCEPTION 'the role propgov_app does not exist, and % may not create roles', current_user
        USING ERRCODE = 'insufficient_privilege',
          HINT = 'Have a database administrator run once: CREATE ROLE propgov_app NOLOGIN NOINHERIT NOBYPASSRLS; (README, "Deploying on your own PostgreSQL").';
    END IF;
    CREATE ROLE propgov_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;
--> statement-breakpoint
-- The migrations themselves never act as propgov_app: they only grant it privileges and name it in
-- policies, which the owner of the tables may do without being a member. Membership lets the owner's
-- login also run the server or the CLI; it is granted when the owner may (it created the role, or
-- holds CREATEROLE or ADMIN OPTION), and otherwise left to the runtime login (README).
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, 'propgov_app', 'MEMBER') THEN
    BEGIN
      EXECUTE format('GRANT propgov_app TO %I', current_user);
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE '% is not a member of propgov_app: run the server and the CLI with a runtime login that is', current_user;
    END;
  END IF;
END
$$;
