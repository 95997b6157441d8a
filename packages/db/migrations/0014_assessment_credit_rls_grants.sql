-- Assessment and credit: row-level security FORCED (it holds for the owner too), the application
-- role's grants, and the triggers that keep history and published results as they were.
ALTER TABLE assessment_templates FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessment_scorecards FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE credit_records FORCE ROW LEVEL SECURITY;--> statement-breakpoint

GRANT SELECT, INSERT ON assessment_templates TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON assessments TO propgov_app;--> statement-breakpoint
-- A draft is recomputed by replacing its scorecards; a published one is frozen by the trigger below.
GRANT SELECT, INSERT, UPDATE, DELETE ON assessment_scorecards TO propgov_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON credit_records TO propgov_app;--> statement-breakpoint

-- Template versions are history (function from 0002).
CREATE TRIGGER assessment_templates_append_only
  BEFORE UPDATE OR DELETE ON assessment_templates
  FOR EACH ROW EXECUTE FUNCTION propgov_refuse_change();--> statement-breakpoint

-- A published assessment is an immutable snapshot: its only change is to become superseded by a
-- revision; a superseded one does not change at all.
CREATE FUNCTION propgov_freeze_published_assessment() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'assessments: a published assessment is kept as it was' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'superseded' THEN
    RAISE EXCEPTION 'assessments: a superseded assessment is kept as it was' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'published' AND (
    NEW.status <> 'superseded' OR NEW.kind <> OLD.kind OR NEW.period <> OLD.period
    OR NEW.revision <> OLD.revision OR NEW.templates <> OLD.templates
    OR NEW.published_at IS DISTINCT FROM OLD.published_at
    OR NEW.results IS DISTINCT FROM OLD.results
  ) THEN
    RAISE EXCEPTION 'assessments: a published assessment changes only by a revision' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER assessments_freeze_published
  BEFORE UPDATE OR DELETE ON assessments
  FOR EACH ROW EXECUTE FUNCTION propgov_freeze_published_assessment();--> statement-breakpoint

-- Scorecards change only while their assessment is a draft.
CREATE FUNCTION propgov_freeze_published_scorecard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  current_status text;
BEGIN
  SELECT status INTO current_status FROM assessments
    WHERE tenant_id = OLD.tenant_id AND id = OLD.assessment_id;
  IF current_status IS DISTINCT FROM 'draft' THEN
    RAISE EXCEPTION 'assessment_scorecards: the scorecards of a published assessment are kept as they were'
      USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER assessment_scorecards_freeze_published
  BEFORE UPDATE OR DELETE ON assessment_scorecards
  FOR EACH ROW EXECUTE FUNCTION propgov_freeze_published_scorecard();
