import type { z } from "zod";
import type { AssessmentTargetKind } from "../assessment/template.js";
import type { CaseRating, CaseStatus } from "../cases/lifecycle.js";
import type { CaseKind, Mechanism } from "../mechanism/schema.js";
import type { Label } from "../registry/common.js";
import type {
  CommitteeMember,
  DepartmentKind,
  PartyOrgKind,
  RegionKind,
  ServiceMode,
} from "../registry/index.js";
import type { ObligationKind } from "../registry/obligations.js";

/**
 * The policy contract. A policy is one institutional rule (制度) as a pure module: it reads a
 * read-only view of the county and answers effects (for events) or findings (for a period).
 * No I/O: the API layer builds the view, stores findings and applies effects.
 */
export interface Policy<Config = unknown> {
  /** Stable id, e.g. `partyLeadership`; plugins use their own prefix, e.g. `guoyang.greenSpace`. */
  id: string;
  title: Label;
  description: Label;
  /** Validates a tenant's config; `configSchema.parse({})` gives the defaults. */
  configSchema: z.ZodType<Config>;
  /**
   * Config fields the policy once had and no longer reads (dot paths inside its config, e.g.
   * `quarterly.weights`). Stored documents may still hold them: they are dropped before the
   * config is parsed, so an old document stays valid and loses them at its next save.
   */
  retired?: readonly string[];
  /**
   * What the policy reads of the county, by slice of the view. The API loads only what the
   * enabled policies declare: for `evaluate`, those slices county-wide; for `on`, those slices
   * narrowed to the event's subject (its compound, the departments it names), never the whole
   * county. A slice not declared is empty in the view the policy gets. An empty `evaluate` list
   * means the policy judges nothing yet, and `GET policies` says so.
   */
  reads: PolicyReads;
  /**
   * The event types the `on` hook answers, e.g. `case.received`: it is called for no other, and
   * its `reads.on` slices are loaded only for these. Every event when left out.
   */
  events?: readonly string[];
  on?(event: DomainEvent, view: PolicyView, config: Config, context: PolicyContext): Effect[];
  evaluate?(period: Period, view: PolicyView, config: Config, context: PolicyContext): Finding[];
}

/**
 * What a hook may know of the tenant besides its own config: the whole (validated) mechanism,
 * e.g. its levels, categories and thresholds. Read-only, like the view.
 */
export interface PolicyContext {
  mechanism: Mechanism;
}

/** Policies of any config, as a registry holds them. */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds policies of every config type
export type AnyPolicy = Policy<any>;

export const severities = ["info", "minor", "major", "critical"] as const;
export type Severity = (typeof severities)[number];

export type SubjectType =
  | "tenant"
  | "region"
  | "compound"
  | "grid"
  | "company"
  | "contract"
  | "committee"
  | "partyOrg"
  | "department"
  | "body"
  | "venue"
  | "staff"
  | "case"
  | "meeting";

export interface Subject {
  type: SubjectType;
  id: string;
  name: string;
}

/** A policy's verdict that something falls short. */
export interface Finding {
  subject: Subject;
  policy: string;
  /** A short stable code of what is wrong, e.g. `noPartyOrg`, for grouping and tests. */
  rule: string;
  severity: Severity;
  message: Label;
  /** Facts that justify the finding (counts, ids, dates): never personal data. */
  evidence: Record<string, unknown>;
  /** The region the finding belongs to (for filtering by region), when there is one. */
  regionId?: string | null;
  /**
   * Tells apart findings of one rule about one subject in a period (e.g. the disclosure item or
   * the meeting matter). With the policy, rule, subject and period it identifies the finding
   * across re-runs of an evaluation (see {@link findingKey}).
   */
  key?: string;
}

/**
 * A finding's stable key within its period: `policy/rule/subjectType/subjectId[/key]`. Re-running
 * a period's evaluation updates the finding with the same key (its id, and the tasks made from
 * it, stay) instead of replacing it.
 */
export const findingKey = (f: Pick<Finding, "policy" | "rule" | "subject" | "key">): string =>
  [f.policy, f.rule, f.subject.type, f.subject.id, ...(f.key ? [f.key] : [])].join("/");

/** What a policy asks of the system in response to an event. */
export type Effect =
  | { type: "obligation"; subject: Subject; what: Label; dueAt: string }
  | { type: "guard"; allow: false; reason: Label }
  | { type: "notification"; to: Subject; message: Label };

/** Something that happened, as policies see it (later issues add cases, meetings, disclosures). */
export interface DomainEvent {
  type: string;
  at: string;
  subject: Subject;
  payload: Record<string, unknown>;
}

/** A month (`2024-05`), a quarter (`2024-Q2`) or a year (`2024`); `start`/`end` inclusive dates. */
export interface Period {
  label: string;
  kind: "month" | "quarter" | "year";
  start: string;
  end: string;
}

/**
 * A case as policies see it (the current round's facts; instants ISO 8601 UTC). Never the
 * reporter's name or phone.
 */
export interface PolicyCase {
  id: string;
  /** `MC-2026-000123`. */
  number: string;
  category: string;
  kind: CaseKind;
  compoundId: string;
  gridId: string | null;
  /** The community that answers first (the compound's when the case was filed). */
  communityId: string;
  /** The grid's (else the compound's) guarantor when the case was filed. */
  guarantorUserId: string | null;
  /** The guarantor's name (a named person, or the guarantor user's display name). */
  guarantorName: string | null;
  status: CaseStatus;
  receivedAt: string;
  firstContactDueAt: string;
  contactedAt: string | null;
  resolutionDueAt: string;
  resolvedAt: string | null;
  rating: CaseRating | null;
  ratedAt: string | null;
  /** Departments whistled in the current round, with their check-in (报到). */
  departments: readonly {
    departmentId: string;
    round: number;
    notifiedAt: string;
    checkInDueAt: string;
    checkedInAt: string | null;
    completedAt: string | null;
  }[];
  /**
   * Whether the guarantor acted on the case by the view's instant: a guarantor who is a user
   * acted when the case has an event by that user; a guarantor who is only a named person (no
   * account, so no events of their own) acted when the case was contacted, by anyone. False when
   * the case has no guarantor.
   */
  guarantorActed: boolean;
}

/** One community's counts behind the three rates (三率) of a period, see `caseRates`. */
export interface PolicyCaseTally {
  communityId: string;
  /** First-contact deadlines in the period decided by `asAt`, and of them met. */
  responseMet: number;
  responseCounted: number;
  /** Resolution deadlines in the period decided by `asAt`, and of them met. */
  resolutionMet: number;
  resolutionCounted: number;
  /** Cases rated in the period by `asAt`, and of them satisfied or basically satisfied. */
  satisfactionMet: number;
  satisfactionCounted: number;
}

/** A meeting (联席会商, major matter, mediation) as policies see it, with its resolutions. */
export interface PolicyMeeting {
  id: string;
  title: string;
  level: "township" | "community" | "compound";
  kind: "jointConsultation" | "majorMatter" | "disputeMediation";
  regionId: string | null;
  compoundId: string | null;
  /** The party organisation that convened it. */
  convenedBy: string | null;
  scheduledAt: string;
  status: "planned" | "held" | "closed";
  heldAt: string | null;
  participants: readonly { unitType: string; unitId: string; attended: boolean }[];
  resolutions: readonly {
    id: string;
    text: string;
    matter: string;
    ownerUnitType: string;
    ownerUnitId: string;
    dueOn: string | null;
    doneAt: string | null;
  }[];
}

/** A published disclosure (信息公示): which item, for which period, when. */
export interface PolicyDisclosure {
  id: string;
  compoundId: string | null;
  companyId: string | null;
  item: string;
  /** `2026-10`, `2026-Q4` or `2026`. */
  period: string;
  publishedAt: string;
}

/** A lifecycle event (全过程参与) with its steps and the sign-offs recorded. */
export interface PolicyLifecycleEvent {
  id: string;
  compoundId: string;
  kind: string;
  title: string;
  startedOn: string;
  status: "open" | "completed" | "cancelled";
  completedAt: string | null;
  /** The steps fixed when the event started; `name` for messages. */
  steps: readonly { code: string; name?: Label; participants: readonly string[] }[];
  signOffs: readonly { step: string; participant: string; at: string }[];
}

/**
 * A scorecard of the latest published assessment (考核) whose period is the judged period: its
 * target, total and the template's pass line, for the assessment policy.
 */
export interface PolicyAssessmentCard {
  assessmentId: string;
  kind: string;
  period: string;
  templateCode: string;
  targetType: AssessmentTargetKind;
  targetId: string;
  targetName: string;
  regionId: string | null;
  total: number;
  passLine: number;
  passed: boolean;
  vetoed: boolean;
  grade: string | null;
  rank: number | null;
}

/**
 * An inspection (履约检查) of a compound against its contract's obligations: per obligation
 * checked, the promise at the time, what was observed and whether it passed.
 */
export interface PolicyInspection {
  id: string;
  contractId: string;
  compoundId: string;
  companyId: string;
  inspectedAt: string;
  inspector: string;
  results: readonly {
    kind: ObligationKind;
    promised: number;
    observed: number | null;
    passed: boolean;
  }[];
}

/** A monthly bulletin (月通报) as the assessment policy judges its timeliness. */
export interface PolicyBulletin {
  /** The month it reports on, `YYYY-MM`. */
  period: string;
  /** When it was first published (ISO 8601); null while unpublished. */
  publishedAt: string | null;
}

/** The read-only county a policy judges, as of `asOf` (the period's last day, or today). */
export interface PolicyView {
  tenant: { id: string; slug: string; name: string; timezone: string };
  asOf: string;
  /**
   * The instant the view stands for (ISO 8601): the end of `asOf` in the tenant's zone for a past
   * day, or the moment it was read when `asOf` is today. Deadlines are judged against it. Absent
   * in views built before cases existed: policies then take the end of `asOf`.
   */
  asAt?: string;
  /**
   * The cases relevant to the period judged: received in it, still open at `asAt`, or with a
   * deadline or a rating in it. Absent when the view was not loaded for a period (event hooks).
   * With `caseTallies`, only those of them that can yield a finding of their own.
   */
  cases?: readonly PolicyCase[];
  /**
   * The period's case tallies per community, counted by the loader (in SQL) over the same cases
   * `cases` would hold in full, in the order of each community's first case there (received
   * first, then by id). When present, `cases` holds only the cases that can yield a finding of
   * their own (open at `asAt` with a deadline passed, a first-contact deadline of the period
   * missed, received in the period at a compound under a contract with obligations), and rates
   * are read from here. Absent when the loader sent every relevant case (policies count them).
   */
  caseTallies?: readonly PolicyCaseTally[];
  /** Meetings relevant to the period (held or scheduled in it, or with resolutions due by `asOf`); absent outside evaluations. */
  meetings?: readonly PolicyMeeting[];
  /** Disclosures published up to `asOf` for the periods the judged period needs; absent outside evaluations. */
  disclosures?: readonly PolicyDisclosure[];
  /** Lifecycle events started or completed in the period, or still open; absent outside evaluations. */
  lifecycleEvents?: readonly PolicyLifecycleEvent[];
  /** Scorecards of the published assessments of the judged period; absent outside evaluations. */
  assessmentCards?: readonly PolicyAssessmentCard[];
  /**
   * The monthly bulletins due within the judged period (those of the months before each of its
   * months), published or not; absent outside evaluations.
   */
  bulletins?: readonly PolicyBulletin[];
  /** Inspections of contracts (履约检查) made in the judged period, up to `asAt`; absent outside evaluations. */
  inspections?: readonly PolicyInspection[];
  regions: readonly { id: string; kind: RegionKind; parentId: string | null; name: string; path: string }[];
  compounds: readonly {
    id: string;
    name: string;
    communityId: string;
    serviceMode: ServiceMode;
    /** When a self-managed compound's arrangement (自管) started; null when none is recorded. */
    selfManagedSince: string | null;
    households: number;
    residentPartyMembers: number;
    guarantor: { userId: string | null; name: string | null } | null;
  }[];
  grids: readonly {
    id: string;
    compoundId: string;
    name: string;
    guarantor: { userId: string | null; name: string | null } | null;
  }[];
  companies: readonly { id: string; name: string; partyMembers: number; local: boolean }[];
  contracts: readonly {
    id: string;
    companyId: string;
    compoundId: string;
    startsOn: string;
    endsOn: string;
    projectManagerChanges: number;
    /**
     * The days (`YYYY-MM-DD`, tenant's zone) of those changes, oldest first: one per history entry
     * after the first. Absent in views built without the history.
     */
    projectManagerChangedOn?: readonly string[];
    /** The contract's service obligations (服务承诺); absent in views built without them. */
    obligations?: readonly { kind: ObligationKind; value: number }[];
  }[];
  committees: readonly {
    id: string;
    compoundId: string;
    formedOn: string;
    termEndsOn: string;
    members: readonly CommitteeMember[];
  }[];
  partyOrgs: readonly {
    id: string;
    kind: PartyOrgKind;
    name: string | null;
    regionId: string | null;
    compoundId: string | null;
    companyId: string | null;
    committeeId: string | null;
    memberCount: number;
  }[];
  departments: readonly { id: string; code: string; name: Label; kind: DepartmentKind }[];
  /** Property-management bodies (物业管理机构) at a level: a region or a compound. */
  bodies: readonly {
    id: string;
    level: string;
    regionId: string | null;
    compoundId: string | null;
    name: string;
  }[];
  /** Staff of the teams (三支队伍), dedicated (专职) or not. */
  staff: readonly {
    id: string;
    name: string;
    team: string;
    dedicated: boolean;
    regionId: string | null;
    compoundId: string | null;
  }[];
  /** Venues (三级阵地) for consultation and mediation. */
  venues: readonly {
    id: string;
    level: string;
    regionId: string | null;
    compoundId: string | null;
    name: string;
  }[];
}

/** The parts of a {@link PolicyView} a policy may declare that it reads. */
export const viewSlices = [
  "regions",
  "compounds",
  "grids",
  "companies",
  "contracts",
  "committees",
  "partyOrgs",
  "departments",
  "bodies",
  "staff",
  "venues",
  "cases",
  "meetings",
  "disclosures",
  "lifecycleEvents",
  "assessmentCards",
  "bulletins",
  "inspections",
] as const satisfies readonly (keyof PolicyView)[];
export type ViewSlice = (typeof viewSlices)[number];

/** What a policy reads: for its evaluation (county-wide) and for its event hook (the event's subject). */
export interface PolicyReads {
  evaluate: readonly ViewSlice[];
  on?: readonly ViewSlice[];
}

/** Finds policies by id: the built-ins plus any plugins the deployment registered. */
export interface PolicyLookup {
  get(id: string): AnyPolicy | undefined;
  list(): readonly AnyPolicy[];
}
