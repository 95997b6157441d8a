import {
  type AssessmentSource,
  coverageFigures,
  endOfDayIn,
  type Finding,
  type PolicyCase,
  type Ratio,
  type SourceFigures,
  satisfiedRatings,
  taskDoneStatuses,
} from "@propgov/core";
import type { AssessmentTarget, MetricWorld } from "./metric-world.js";

/** Whether a day lies in a committee's term. */
const inTermOn = (k: { formedOn: string; termEndsOn: string }, day: string) =>
  k.formedOn <= day && day <= k.termEndsOn;

/**
 * 交叉任职: the owners' committees in term on the judging day, of compounds in the region's
 * subtree, with at least one party member among their members ÷ those in term.
 */
function crossAppointment(world: MetricWorld, regions: Set<string>): SourceFigures {
  const inScope = world.view.committees.filter(
    (k) => inTermOn(k, world.asOf) && regions.has(world.communityOf.get(k.compoundId) ?? ""),
  );
  const names = new Map(world.view.compounds.map((c) => [c.id, c.name]));
  const without = inScope.filter((k) => !k.members.some((m) => m.isPartyMember));
  const withParty = inScope.length - without.length;
  return {
    value: inScope.length === 0 ? null : withParty / inScope.length,
    numerator: withParty,
    denominator: inScope.length,
    on: world.asOf,
    withoutPartyMember: without
      .map((k) => `${names.get(k.compoundId) ?? k.compoundId}业主委员会`)
      .slice(0, 20),
  };
}

/**
 * 党组织牵头议事: the meetings held in the period (held or closed, `heldAt` within it) in the
 * region's subtree (by their region, or their compound's community) convened by a party
 * organisation ÷ the meetings held there in the period.
 */
function ledMeetings(world: MetricWorld, regions: Set<string>): SourceFigures {
  if (!world.view.meetings) return { value: null, numerator: 0, denominator: 0 };
  const held = world.view.meetings.filter((m) => {
    if (m.status === "planned" || !m.heldAt) return false;
    const t = Date.parse(m.heldAt);
    if (t < world.window.from || t >= world.window.to) return false;
    const region = m.regionId ?? (m.compoundId ? world.communityOf.get(m.compoundId) : undefined);
    return region !== undefined && regions.has(region);
  });
  const led = held.filter((m) => m.convenedBy !== null);
  return {
    value: held.length === 0 ? null : led.length / held.length,
    numerator: led.length,
    denominator: held.length,
    notPartyLed: held
      .filter((m) => m.convenedBy === null)
      .map((m) => m.title)
      .slice(0, 20),
  };
}

const rateFigures = (r: Ratio): SourceFigures => ({
  value: r.rate,
  numerator: r.numerator,
  denominator: r.denominator,
});

/**
 * The case rates of the period for a set of cases, by the case KPIs' definitions: a deadline in
 * the period counts when met or passed at the view's instant (not yet due: in neither part);
 * cancelled cases count in no rate; satisfaction = satisfied or basically satisfied ÷ rated in
 * the period.
 */
function caseRate(world: MetricWorld, cases: PolicyCase[], which: AssessmentSource["metric"]): SourceFigures {
  const within = (iso: string | null) => {
    if (!iso) return false;
    const t = Date.parse(iso);
    return t >= world.window.from && t < world.window.to;
  };
  const live = cases.filter((c) => c.status !== "cancelled");
  let met = 0;
  let counted = 0;
  if (which === "cases.satisfactionRate") {
    for (const c of live) {
      if (!c.rating || !within(c.ratedAt)) continue;
      counted += 1;
      if ((satisfiedRatings as readonly string[]).includes(c.rating)) met += 1;
    }
  } else {
    const [due, done] =
      which === "cases.responseRate"
        ? (["firstContactDueAt", "contactedAt"] as const)
        : (["resolutionDueAt", "resolvedAt"] as const);
    for (const c of live) {
      if (!within(c[due])) continue;
      const ok = c[done] !== null && Date.parse(c[done] as string) <= Date.parse(c[due]);
      if (ok) met += 1;
      if (ok || Date.parse(c[due]) < world.asAt) counted += 1;
    }
  }
  return { value: counted === 0 ? null : met / counted, numerator: met, denominator: counted };
}

/** Whether a finding is against the target (see {@link figuresFor}). */
function findingAgainst(world: MetricWorld, target: AssessmentTarget, f: Finding): boolean {
  const s = f.subject;
  if (target.type === "company") {
    if (s.type === "company") return s.id === target.id;
    if (s.type === "contract") return world.contractsOf.get(target.id)?.has(s.id) ?? false;
    if (s.type === "compound") return world.served.get(target.id)?.has(s.id) ?? false;
    return false;
  }
  const regions = world.subtree.get(target.id) ?? new Set([target.id]);
  if (f.regionId && regions.has(f.regionId)) return true;
  if (s.type === "region") return regions.has(s.id);
  if (s.type === "compound") return regions.has(world.communityOf.get(s.id) ?? "");
  return false;
}

function findingFigures(
  world: MetricWorld,
  target: AssessmentTarget,
  policy: string,
  match: (f: Finding) => boolean = () => true,
) {
  const hits = (world.findingsByPolicy.get(policy) ?? []).filter(
    (f) => match(f) && findingAgainst(world, target, f),
  );
  const byRule: Record<string, number> = {};
  for (const f of hits) byRule[`${f.policy}.${f.rule}`] = (byRule[`${f.policy}.${f.rule}`] ?? 0) + 1;
  return {
    value: hits.length,
    byRule,
    subjects: [...new Set(hits.map((f) => `${f.subject.type}:${f.subject.name}`))].slice(0, 20),
  };
}

/**
 * The figures one source gives for one target in the world. Scopes: a company's cases are those
 * of the compounds it serves under a contract running in the period; a region's those of the
 * communities in its subtree. A finding is against a company when its subject is the company,
 * one of its contracts or a compound it serves; against a region when its region (or subject
 * region, or subject compound's community) lies in the subtree. Coverage is measured on the
 * period's judging day (asOf); tasks are those owned by the company, or by a region in the
 * subtree, due in the period (on time: verified or closed and submitted by the end of the due
 * day; open and not yet due on asOf: in neither part). `disclosures.compliance` and
 * `meetings.compliance` count the findings of informationDisclosure and jointConsultation.
 */
export function figuresFor(
  world: MetricWorld,
  target: AssessmentTarget,
  source: AssessmentSource,
): SourceFigures {
  const regions = world.subtree.get(target.id) ?? new Set([target.id]);
  switch (source.metric) {
    case "cases.responseRate":
    case "cases.resolutionRate":
    case "cases.satisfactionRate": {
      const units = target.type === "company" ? (world.served.get(target.id) ?? new Set<string>()) : regions;
      const byUnit = target.type === "company" ? world.casesByCompound : world.casesByCommunity;
      const cases = [...units].flatMap((id) => byUnit.get(id) ?? []);
      return caseRate(world, cases, source.metric);
    }
    case "coverage.service":
    case "coverage.committee":
    case "coverage.partyOrg": {
      const f = coverageFigures(world.coverage, target.id, world.partyEligibility);
      const r =
        source.metric === "coverage.service"
          ? f.serviceCoverage
          : source.metric === "coverage.committee"
            ? f.committeeFormation
            : f.partyOrgFormation;
      return { ...rateFigures(r), on: world.asOf };
    }
    case "party.crossAppointment":
      return crossAppointment(world, regions);
    case "party.ledMeetings":
      return ledMeetings(world, regions);
    case "tasks.onTime": {
      const tz = world.view.tenant.timezone;
      const own = world.tasks.filter((t) =>
        target.type === "company"
          ? t.ownerUnitType === "company" && t.ownerUnitId === target.id
          : t.ownerUnitType === "region" && regions.has(t.ownerUnitId),
      );
      let onTime = 0;
      let late = 0;
      let overdue = 0;
      let notDue = 0;
      for (const t of own) {
        if ((taskDoneStatuses as readonly string[]).includes(t.status)) {
          if (t.submittedAt && t.submittedAt.getTime() < endOfDayIn(t.dueOn, tz)) onTime += 1;
          else late += 1;
        } else if (t.dueOn < world.asOf) overdue += 1;
        else notDue += 1;
      }
      const decided = onTime + late + overdue;
      return {
        value: decided === 0 ? null : onTime / decided,
        due: own.length,
        completedOnTime: onTime,
        completedLate: late,
        openOverdue: overdue,
        openNotDue: notDue,
      };
    }
    case "disclosures.compliance":
      return findingFigures(world, target, "informationDisclosure");
    case "meetings.compliance":
      return findingFigures(world, target, "jointConsultation");
    case "findings":
      return findingFigures(
        world,
        target,
        source.policy ?? "",
        (f) =>
          (source.rule === undefined || f.rule === source.rule) &&
          (source.severity === undefined || f.severity === source.severity),
      );
    case "credit.bad": {
      const records = world.badCredit
        .filter((r) => r.companyId === target.id && (!source.category || r.category === source.category))
        .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.id.localeCompare(b.id));
      return {
        value: records.length,
        on: world.asOf,
        records: records.map((r) => ({ id: r.id, category: r.category, effectiveOn: r.effectiveOn })),
      };
    }
    case "manual":
      return { value: null };
  }
}
