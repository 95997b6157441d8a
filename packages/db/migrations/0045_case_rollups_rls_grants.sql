-- Case KPI rollups (issue 19): row-level security FORCED, written only by the trigger below (and
-- `propgov rollups rebuild`), in the same transaction as the case change. Self-contained: the
-- functions name every column they read.
ALTER TABLE case_rollups FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON case_rollups TO propgov_app;--> statement-breakpoint

-- What one case adds to the rollups, one row per day it touches (in the time zone `tz`). The
-- definitions are those of `GET kpis/cases`: cancelled, merged (重复件) and awaiting-dispatch cases
-- count in no rate; a deadline is met when the step was done by it; a rating counts with its
-- latest value.
CREATE FUNCTION propgov_case_rollup_parts(c cases, tz text)
RETURNS TABLE (day date, received int, cancelled int, fc_due int, fc_met int, res_due int, res_met int, rated int, satisfied int)
LANGUAGE sql STABLE AS $$
  SELECT (c.received_at AT TIME ZONE tz)::date, 1, (c.status = 'cancelled')::int, 0, 0, 0, 0, 0, 0
  UNION ALL
  SELECT (c.first_contact_due_at AT TIME ZONE tz)::date, 0, 0, 1,
         coalesce(c.contacted_at <= c.first_contact_due_at, false)::int, 0, 0, 0, 0
   WHERE c.status NOT IN ('cancelled', 'merged', 'awaitingDispatch')
  UNION ALL
  SELECT (c.resolution_due_at AT TIME ZONE tz)::date, 0, 0, 0, 0, 1,
         coalesce(c.resolved_at <= c.resolution_due_at, false)::int, 0, 0
   WHERE c.status NOT IN ('cancelled', 'merged', 'awaitingDispatch')
  UNION ALL
  SELECT (c.rated_at AT TIME ZONE tz)::date, 0, 0, 0, 0, 0, 0, 1,
         (c.rating IN ('satisfied', 'basicallySatisfied'))::int
   WHERE c.status NOT IN ('cancelled', 'merged', 'awaitingDispatch')
     AND c.rated_at IS NOT NULL AND c.rating IS NOT NULL
$$;--> statement-breakpoint

-- After each insert, update or delete of a case: subtract what the old row added, add what the
-- new row adds, in one upsert. Updates that change nothing the rollups count return at once (most
-- case steps: dispatch, check-in, supervision…). Runs as the caller, so under the tenant's RLS.
CREATE FUNCTION propgov_case_rollups_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tz text;
BEGIN
  IF TG_OP = 'UPDATE' AND
     (OLD.tenant_id, OLD.community_id, OLD.category, OLD.kind, OLD.status = 'cancelled',
      OLD.status IN ('cancelled', 'merged', 'awaitingDispatch'), OLD.received_at, OLD.first_contact_due_at,
      OLD.contacted_at, OLD.resolution_due_at, OLD.resolved_at, OLD.rated_at, OLD.rating)
     IS NOT DISTINCT FROM
     (NEW.tenant_id, NEW.community_id, NEW.category, NEW.kind, NEW.status = 'cancelled',
      NEW.status IN ('cancelled', 'merged', 'awaitingDispatch'), NEW.received_at, NEW.first_contact_due_at,
      NEW.contacted_at, NEW.resolution_due_at, NEW.resolved_at, NEW.rated_at, NEW.rating) THEN
    RETURN NULL;
  END IF;
  SELECT t.timezone INTO tz FROM tenants t
   WHERE t.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
  IF tz IS NULL THEN
    RETURN NULL; -- the county itself is being deleted
  END IF;
  INSERT INTO case_rollups AS r
         (tenant_id, community_id, day, category, kind, received, cancelled, fc_due, fc_met, res_due, res_met, rated, satisfied)
  SELECT d.tenant_id, d.community_id, d.day, d.category, d.kind,
         sum(d.sign * d.received), sum(d.sign * d.cancelled), sum(d.sign * d.fc_due), sum(d.sign * d.fc_met),
         sum(d.sign * d.res_due), sum(d.sign * d.res_met), sum(d.sign * d.rated), sum(d.sign * d.satisfied)
    FROM (SELECT OLD.tenant_id AS tenant_id, OLD.community_id AS community_id, OLD.category AS category,
                 OLD.kind AS kind, -1 AS sign, p.*
            FROM propgov_case_rollup_parts(OLD, tz) p WHERE TG_OP <> 'INSERT'
          UNION ALL
          SELECT NEW.tenant_id, NEW.community_id, NEW.category, NEW.kind, 1, p.*
            FROM propgov_case_rollup_parts(NEW, tz) p WHERE TG_OP <> 'DELETE') d
   GROUP BY d.tenant_id, d.community_id, d.day, d.category, d.kind
  HAVING sum(d.sign * d.received) <> 0 OR sum(d.sign * d.cancelled) <> 0 OR sum(d.sign * d.fc_due) <> 0
      OR sum(d.sign * d.fc_met) <> 0 OR sum(d.sign * d.res_due) <> 0 OR sum(d.sign * d.res_met) <> 0
      OR sum(d.sign * d.rated) <> 0 OR sum(d.sign * d.satisfied) <> 0
  ON CONFLICT ON CONSTRAINT case_rollups_pkey DO UPDATE SET
         received = r.received + excluded.received, cancelled = r.cancelled + excluded.cancelled,
         fc_due = r.fc_due + excluded.fc_due, fc_met = r.fc_met + excluded.fc_met,
         res_due = r.res_due + excluded.res_due, res_met = r.res_met + excluded.res_met,
         rated = r.rated + excluded.rated, satisfied = r.satisfied + excluded.satisfied;
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE TRIGGER cases_rollups_sync
  AFTER INSERT OR UPDATE OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION propgov_case_rollups_sync();--> statement-breakpoint

-- The rollups of one county recomputed from its cases, written independently of the trigger's
-- parts (set-based, one pass per measure) so that `propgov rollups verify` checks the trigger
-- against the definitions. Reads under the caller's RLS.
CREATE FUNCTION propgov_case_rollups_recomputed(target text)
RETURNS TABLE (community_id text, day date, category text, kind text, received int, cancelled int,
               fc_due int, fc_met int, res_due int, res_met int, rated int, satisfied int)
LANGUAGE sql STABLE AS $$
  WITH tz AS (SELECT t.timezone AS zone FROM tenants t WHERE t.id = target),
  live AS (SELECT c.* FROM cases c WHERE c.tenant_id = target
             AND c.status NOT IN ('cancelled', 'merged', 'awaitingDispatch')),
  parts AS (
    SELECT c.community_id, (c.received_at AT TIME ZONE tz.zone)::date AS day, c.category, c.kind,
           count(*)::int AS received, count(*) FILTER (WHERE c.status = 'cancelled')::int AS cancelled,
           0 AS fc_due, 0 AS fc_met, 0 AS res_due, 0 AS res_met, 0 AS rated, 0 AS satisfied
      FROM cases c, tz WHERE c.tenant_id = target GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT c.community_id, (c.first_contact_due_at AT TIME ZONE tz.zone)::date, c.category, c.kind, 0, 0,
           count(*)::int, count(*) FILTER (WHERE c.contacted_at <= c.first_contact_due_at)::int, 0, 0, 0, 0
      FROM live c, tz GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT c.community_id, (c.resolution_due_at AT TIME ZONE tz.zone)::date, c.category, c.kind, 0, 0, 0, 0,
           count(*)::int, count(*) FILTER (WHERE c.resolved_at <= c.resolution_due_at)::int, 0, 0
      FROM live c, tz GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT c.community_id, (c.rated_at AT TIME ZONE tz.zone)::date, c.category, c.kind, 0, 0, 0, 0, 0, 0,
           count(*)::int, count(*) FILTER (WHERE c.rating IN ('satisfied', 'basicallySatisfied'))::int
      FROM live c, tz WHERE c.rated_at IS NOT NULL AND c.rating IS NOT NULL GROUP BY 1, 2, 3, 4)
  SELECT p.community_id, p.day, p.category, p.kind, sum(p.received)::int, sum(p.cancelled)::int,
         sum(p.fc_due)::int, sum(p.fc_met)::int, sum(p.res_due)::int, sum(p.res_met)::int,
         sum(p.rated)::int, sum(p.satisfied)::int
    FROM parts p GROUP BY 1, 2, 3, 4
$$;--> statement-breakpoint

-- Where the stored rollups of one county differ from a recompute (rows of zeros count as absent).
CREATE FUNCTION propgov_case_rollups_diff(target text)
RETURNS TABLE (community_id text, day date, category text, kind text, stored int[], expected int[])
LANGUAGE sql STABLE AS $$
  WITH stored AS (
    SELECT r.community_id, r.day, r.category, r.kind,
           ARRAY[r.received, r.cancelled, r.fc_due, r.fc_met, r.res_due, r.res_met, r.rated, r.satisfied] AS v
      FROM case_rollups r WHERE r.tenant_id = target),
  expected AS (
    SELECT e.community_id, e.day, e.category, e.kind,
           ARRAY[e.received, e.cancelled, e.fc_due, e.fc_met, e.res_due, e.res_met, e.rated, e.satisfied] AS v
      FROM propgov_case_rollups_recomputed(target) e)
  SELECT coalesce(s.community_id, e.community_id), coalesce(s.day, e.day), coalesce(s.category, e.category),
         coalesce(s.kind, e.kind), s.v, e.v
    FROM stored s FULL JOIN expected e
      ON e.community_id = s.community_id AND e.day = s.day AND e.category = s.category AND e.kind = s.kind
   WHERE coalesce(s.v, ARRAY[0, 0, 0, 0, 0, 0, 0, 0]) <> coalesce(e.v, ARRAY[0, 0, 0, 0, 0, 0, 0, 0])
   ORDER BY 2, 1, 3, 4
$$;--> statement-breakpoint

-- Replaces the stored rollups of one county by a recompute; returns the rows written.
CREATE FUNCTION propgov_case_rollups_rebuild(target text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  written int;
BEGIN
  DELETE FROM case_rollups WHERE tenant_id = target;
  INSERT INTO case_rollups
         (tenant_id, community_id, day, category, kind, received, cancelled, fc_due, fc_met, res_due, res_met, rated, satisfied)
  SELECT target, e.community_id, e.day, e.category, e.kind, e.received, e.cancelled, e.fc_due, e.fc_met,
         e.res_due, e.res_met, e.rated, e.satisfied
    FROM propgov_case_rollups_recomputed(target) e;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;
--> statement-breakpoint

-- The rollups of the cases already there (as the schema owner: FORCE lifted for this statement's
-- tables and restored at once, in the migration's transaction).
ALTER TABLE tenants NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE cases NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE case_rollups NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
SELECT propgov_case_rollups_rebuild(t.id) FROM tenants t;--> statement-breakpoint
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE cases FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE case_rollups FORCE ROW LEVEL SECURITY;
