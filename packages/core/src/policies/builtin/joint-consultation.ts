import { z } from "zod";
import { type MeetingLevel, meetingLevelLabels, meetingLevels } from "../../governance/meetings.js";
import { dateInZone, type Label } from "../../registry/common.js";
import { definePolicy } from "../define.js";
import { participantKinds } from "../participants.js";
import { periodWindow } from "../time.js";
import type { Finding, Period, PolicyMeeting, PolicyView, Subject, SubjectType } from "../types.js";
import { viewInstant } from "./complaint-handling.js";

export const meetingPeriods = ["month", "quarter", "year"] as const;

const cadence = (count: number, per: (typeof meetingPeriods)[number]) =>
  z
    .object({
      /** Meetings each unit of the level holds per period (0: none required). */
      count: z.number().int().min(0).max(31).default(count),
      per: z.enum(meetingPeriods).default(per),
    })
    .strict()
    .prefault({});

export const jointConsultationConfigSchema = z
  .object({
    /** Meeting cadence per level unit (township/street, community, compound); a level the mechanism lacks has no units. */
    meetings: z
      .object({
        township: cadence(1, "quarter"),
        community: cadence(1, "month"),
        compound: cadence(1, "quarter"),
      })
      .strict()
      .prefault({}),
    /** Who takes part in a joint consultation. */
    requiredParticipants: z
      .array(z.enum(participantKinds))
      .max(participantKinds.length)
      .default(["communityPartyOrg", "compoundBranch", "committee", "company"]),
    /** A resolution is followed up (落实反馈) within this many days. */
    followUpDays: z.number().int().min(1).max(365).default(30),
  })
  .strict();
export type JointConsultationConfig = z.infer<typeof jointConsultationConfigSchema>;

export const jointConsultation = definePolicy({
  id: "jointConsultation",
  title: { zh: "联席会商制度", en: "Joint consultation" },
  description: {
    zh: "乡镇(街道)、社区、小区按周期召开联席会议，社区党组织牵头，小区党支部、业主委员会、物业服务企业参加，协商议事、调处矛盾，决议限期落实。",
    en: "Townships, communities and compounds hold joint meetings on a cadence, convened by the community party organisation with the compound branch, the owners' committee and the company; resolutions are followed up within a deadline.",
  },
  configSchema: jointConsultationConfigSchema,
  reads: { evaluate: ["meetings", "regions", "compounds", "committees", "companies", "departments"] },

  /**
   * `tooFewJointMeetings`: a unit of a level the mechanism has (townships and streets,
   * communities, compounds) held fewer joint consultations than `meetings.{level}.count` in a
   * cadence window (month, quarter, year) that lies inside the period and has ended by the view's
   * instant; a window coarser than the period is judged when the period that contains it is.
   * `resolutionOverdue`: a resolution of a meeting held by then, due before `asOf` (or, without a
   * due date, `followUpDays` after the meeting) and not done by then, against its owner unit.
   * Without meetings in the view (not loaded for a period) there is nothing to judge.
   */
  evaluate(period, view, config, { mechanism }) {
    const meetings = view.meetings;
    if (!meetings) return [];
    return [
      ...tooFewMeetings(
        period,
        view,
        meetings,
        config,
        mechanism.levels.map((l) => l.unit),
      ),
      ...overdueResolutions(view, meetings, config),
    ];
  },
});

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const rank: Record<Period["kind"], number> = { month: 0, quarter: 1, year: 2 };

/** The windows of a cadence inside a period: the months of a quarter, the quarters of a year, … */
export function cadenceWindows(period: Period, per: (typeof meetingPeriods)[number]): Period[] {
  if (rank[per] > rank[period.kind]) return [];
  const year = Number(period.start.slice(0, 4));
  const first = Number(period.start.slice(5, 7));
  const last = Number(period.end.slice(5, 7));
  const span = (kind: Period["kind"], label: string, from: number, to: number): Period => ({
    label,
    kind,
    start: `${year}-${pad(from)}-01`,
    end: `${year}-${pad(to)}-${pad(lastDay(year, to))}`,
  });
  const out: Period[] = [];
  if (per === "year") return [span("year", String(year), 1, 12)];
  if (per === "quarter") {
    for (let m = first; m <= last; m += 3) out.push(span("quarter", `${year}-Q${(m + 2) / 3}`, m, m + 2));
    return out;
  }
  for (let m = first; m <= last; m++) out.push(span("month", `${year}-${pad(m)}`, m, m));
  return out;
}

const perLabels: Record<(typeof meetingPeriods)[number], Label> = {
  month: { zh: "每月", en: "a month" },
  quarter: { zh: "每季度", en: "a quarter" },
  year: { zh: "每年", en: "a year" },
};

interface LevelUnitRef {
  subject: Subject;
  regionId: string | null;
}

function unitsOf(view: PolicyView, level: MeetingLevel): LevelUnitRef[] {
  if (level === "compound") {
    return view.compounds.map((c) => ({
      subject: { type: "compound", id: c.id, name: c.name },
      regionId: c.communityId,
    }));
  }
  const kinds = level === "township" ? ["township", "street"] : ["community"];
  return view.regions
    .filter((r) => kinds.includes(r.kind))
    .map((r) => ({ subject: { type: "region", id: r.id, name: r.name }, regionId: r.id }));
}

function tooFewMeetings(
  period: Period,
  view: PolicyView,
  meetings: readonly PolicyMeeting[],
  config: JointConsultationConfig,
  levels: readonly string[],
): Finding[] {
  const at = viewInstant(view);
  const findings: Finding[] = [];
  for (const level of meetingLevels) {
    const { count, per } = config.meetings[level];
    if (count === 0 || !levels.includes(level)) continue;
    const windows = cadenceWindows(period, per)
      .map((w) => ({ period: w, ...periodWindow(w, view.tenant.timezone) }))
      .filter((w) => w.to <= at);
    if (windows.length === 0) continue;
    const held = meetings.filter(
      (m) => m.kind === "jointConsultation" && m.level === level && m.status !== "planned" && m.heldAt,
    );
    const levelLabel = meetingLevelLabels[level];
    for (const unit of unitsOf(view, level)) {
      const own = held.filter((m) => (level === "compound" ? m.compoundId : m.regionId) === unit.subject.id);
      for (const w of windows) {
        const inWindow = own.filter((m) => {
          const t = Date.parse(m.heldAt as string);
          return t >= w.from && t < w.to && t <= at;
        });
        if (inWindow.length >= count) continue;
        findings.push({
          subject: unit.subject,
          policy: "jointConsultation",
          rule: "tooFewJointMeetings",
          severity: inWindow.length === 0 ? "major" : "minor",
          message: {
            zh: `${levelLabel.zh}“${unit.subject.name}”${w.period.label}召开联席会议${inWindow.length}次，少于规定的${perLabels[per].zh}${count}次。`,
            en: `${levelLabel.en} "${unit.subject.name}" held ${inWindow.length} joint meeting(s) in ${w.period.label}; ${count} ${perLabels[per].en} required.`,
          },
          evidence: {
            level,
            held: inWindow.length,
            required: count,
            per,
            window: w.period.label,
            from: w.period.start,
            to: w.period.end,
            meetingIds: inWindow.map((m) => m.id),
          },
          regionId: unit.regionId,
        });
      }
    }
  }
  return findings;
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const shorten = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The name of a resolution's owner unit, from the view; its id when the view lacks it. */
function ownerName(view: PolicyView, unitType: string, unitId: string): string {
  switch (unitType) {
    case "region":
      return view.regions.find((r) => r.id === unitId)?.name ?? unitId;
    case "department":
      return view.departments.find((d) => d.id === unitId)?.name.zh ?? unitId;
    case "company":
      return view.companies.find((c) => c.id === unitId)?.name ?? unitId;
    case "committee": {
      const committee = view.committees.find((k) => k.id === unitId);
      const compound = committee && view.compounds.find((c) => c.id === committee.compoundId);
      return compound ? `${compound.name}业主委员会` : unitId;
    }
    default:
      return unitId;
  }
}

function overdueResolutions(
  view: PolicyView,
  meetings: readonly PolicyMeeting[],
  config: JointConsultationConfig,
): Finding[] {
  const at = viewInstant(view);
  const compounds = new Map(view.compounds.map((c) => [c.id, c]));
  const findings: Finding[] = [];
  for (const m of meetings) {
    if (m.status === "planned" || !m.heldAt || Date.parse(m.heldAt) > at) continue;
    const heldOn = dateInZone(new Date(m.heldAt), view.tenant.timezone);
    const regionId = m.regionId ?? (m.compoundId ? (compounds.get(m.compoundId)?.communityId ?? null) : null);
    for (const r of m.resolutions) {
      const due = r.dueOn ?? addDays(heldOn, config.followUpDays);
      if (!(due < view.asOf)) continue;
      if (r.doneAt && Date.parse(r.doneAt) <= at) continue;
      const name = ownerName(view, r.ownerUnitType, r.ownerUnitId);
      const days = daysBetween(due, view.asOf);
      const text = shorten(r.text);
      findings.push({
        subject: { type: r.ownerUnitType as SubjectType, id: r.ownerUnitId, name },
        policy: "jointConsultation",
        rule: "resolutionOverdue",
        severity: "minor",
        message: {
          zh: `会议“${m.title}”的决议“${text}”应于${due}前落实，${name}逾期${days}天未完成。`,
          en: `The resolution "${text}" of the meeting "${m.title}" was due on ${due}; ${name} has not done it (${days} days overdue).`,
        },
        evidence: {
          meetingId: m.id,
          resolutionId: r.id,
          matter: r.matter,
          dueOn: due,
          daysOverdue: days,
          ownerUnit: { unitType: r.ownerUnitType, unitId: r.ownerUnitId },
        },
        regionId,
      });
    }
  }
  return findings;
}
