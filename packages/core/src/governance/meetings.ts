import { z } from "zod";
import { mediaUrlSchema } from "../cases/schemas.js";
import { type IdPrefix, idPattern } from "../ids.js";
import { defineLifecycle } from "../lifecycle.js";
import { type LevelUnit, levelUnitLabels } from "../mechanism/schema.js";
import { majorMatterLabels } from "../policies/builtin/party-leadership.js";
import type { ParticipantKind } from "../policies/participants.js";
import type { DomainEvent, PolicyView } from "../policies/types.js";
import { inTermOn } from "../registry/committees.js";
import { dateInZone, idOf, isoDateSchema, isoInstantSchema, type Label } from "../registry/common.js";
import { isActiveOn } from "../registry/contracts.js";
import { taskOwnerUnitSchema } from "./tasks.js";

/**
 * 联席会商 / 党组织参与决策 / 矛盾纠纷调处: a meeting at a township or street, a community or a
 * compound, convened by a party organisation, with participants, an agenda, minutes and
 * resolutions that become responsibility-list tasks.
 *
 * planned → held → closed: a planned meeting changes and is held (minutes, who attended); a
 * held meeting records resolutions and is closed; resolutions are marked done while it is held
 * or after it is closed. Pure: the API stores the result.
 */
export const meetingLevels = ["township", "community", "compound"] as const satisfies readonly LevelUnit[];
export type MeetingLevel = (typeof meetingLevels)[number];

/** Chinese and English names of the levels (the mechanism's level units). */
export const meetingLevelLabels: Record<MeetingLevel, Label> = levelUnitLabels;

/** What a meeting is for: joint consultation (联席会商), a major matter (重大事项), dispute mediation (矛盾纠纷调处). */
export const meetingKinds = ["jointConsultation", "majorMatter", "disputeMediation"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** Chinese and English names of the kinds. */
export const meetingKindLabels: Record<MeetingKind, Label> = {
  jointConsultation: { zh: "联席会商", en: "Joint consultation" },
  majorMatter: { zh: "重大事项议事", en: "Major-matter meeting" },
  disputeMediation: { zh: "矛盾纠纷调处", en: "Dispute mediation" },
};

/** planned → held → closed. */
export const meetingStatuses = ["planned", "held", "closed"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** Chinese and English names of the statuses. */
export const meetingStatusLabels: Record<MeetingStatus, Label> = {
  planned: { zh: "已计划", en: "Planned" },
  held: { zh: "已召开", en: "Held" },
  closed: { zh: "已结束", en: "Closed" },
};

/** The matters the seed names; a county's partyLeadership config may add its own major-matter codes. */
export const meetingMatters = ["fee", "service", "fundUse", "other"] as const;
export type MeetingMatter = (typeof meetingMatters)[number];

/** Chinese and English names of the seed's matters. */
export const meetingMatterLabels: Record<MeetingMatter, Label> = {
  fee: majorMatterLabels.fee as Label,
  service: majorMatterLabels.service as Label,
  fundUse: majorMatterLabels.fundUse as Label,
  other: { zh: "其他事项", en: "other matters" },
};

/** The label of a matter code: the seed's, else the code itself (a county's own code). */
export const matterLabel = (code: string): Label =>
  meetingMatterLabels[code as MeetingMatter] ?? majorMatterLabels[code] ?? { zh: code, en: code };

/** Units that take part in a meeting. */
export const meetingUnitTypes = ["partyOrg", "committee", "company", "department", "body", "region"] as const;
export type MeetingUnitType = (typeof meetingUnitTypes)[number];

/** Chinese and English names of the participant unit types. */
export const meetingUnitTypeLabels: Record<MeetingUnitType, Label> = {
  partyOrg: { zh: "党组织", en: "Party organisation" },
  committee: { zh: "业主委员会", en: "Owners' committee" },
  company: { zh: "物业服务企业", en: "Property company" },
  department: { zh: "职能部门", en: "Department" },
  body: { zh: "物业管理机构", en: "Property-management body" },
  region: { zh: "乡镇(街道)/社区", en: "Township / street / community" },
};

/** The id prefix of each participant unit type. */
export const meetingUnitIdPrefix: Record<MeetingUnitType, IdPrefix> = {
  partyOrg: "pty",
  committee: "cmt",
  company: "cmp",
  department: "dep",
  body: "bdy",
  region: "reg",
};

// ---------------------------------------------------------------------------------------------
// The state machine

/** What is done to a meeting; each status accepts some (`meetingAllowedActions`). */
export const meetingActions = ["update", "hold", "addResolutions", "completeResolution", "close"] as const;
export type MeetingAction = (typeof meetingActions)[number];

/** Chinese and English names of the actions. */
export const meetingActionLabels: Record<MeetingAction, Label> = {
  update: { zh: "修改", en: "Change" },
  hold: { zh: "召开", en: "Hold" },
  addResolutions: { zh: "记录决议", en: "Record resolutions" },
  completeResolution: { zh: "决议落实", en: "Mark a resolution done" },
  close: { zh: "结束", en: "Close" },
};

/** A meeting: planned, held, closed; follow-up of its resolutions outlives it. */
export const meetingLifecycle = defineLifecycle<MeetingStatus, MeetingAction>({
  noun: "meeting",
  statuses: meetingStatuses,
  actions: meetingActions,
  next: {
    planned: { update: null, hold: "held" },
    held: { addResolutions: null, completeResolution: null, close: "closed" },
    // Follow-up outlives the meeting: resolutions are still marked done once it is closed.
    closed: { completeResolution: null },
  },
  reasons: {
    update: "meeting_not_editable",
    hold: "meeting_not_holdable",
    addResolutions: "meeting_not_held",
    completeResolution: "meeting_resolution_not_completable",
    close: "meeting_not_closable",
  },
});

/** The actions a meeting in this status accepts. */
export const meetingAllowedActions = (status: MeetingStatus): MeetingAction[] =>
  meetingLifecycle.allowedActions(status);

/** The status after `hold` or `close`; other actions keep the status. */
export const meetingStatusAfter = (status: MeetingStatus, action: MeetingAction): MeetingStatus =>
  meetingLifecycle.next(status, action);

/**
 * Refuses an action the status does not accept: 409 (`conflict`) with `currentStatus`,
 * `allowedActions` and the reason code, as cases and tasks do.
 */
export function assertMeetingAction(status: MeetingStatus, action: MeetingAction): void {
  if (meetingLifecycle.accepts(status, action)) return;
  const allowed = meetingAllowedActions(status);
  const detail =
    action === "addResolutions" && status === "planned"
      ? "Resolutions are recorded once the meeting has been held."
      : `A meeting that is ${status} does not accept '${action}'.`;
  meetingLifecycle.refuse(status, action, {
    detail: `${detail} Allowed now: ${allowed.length ? allowed.join(", ") : "none"}.`,
  });
}

// ---------------------------------------------------------------------------------------------
// Input schemas

const matterCode = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(
    /^[a-z][a-zA-Z0-9-]*$/,
    "A matter code: fee, service, fundUse, other, or a major matter of the county's partyLeadership config.",
  );

/** A unit taking part; `unitId` carries its type's prefix. `attended` is recorded when the meeting is held. */
export const meetingParticipantSchema = z
  .object({
    unitType: z.enum(meetingUnitTypes),
    unitId: z.string().min(1).max(64),
    attended: z.boolean().default(false),
  })
  .strict()
  .superRefine((unit, ctx) => {
    const prefix = meetingUnitIdPrefix[unit.unitType];
    if (!idPattern(prefix).test(unit.unitId)) {
      ctx.addIssue({ code: "custom", path: ["unitId"], message: `Not a ${unit.unitType} id (${prefix}_…).` });
    }
  });
export type MeetingParticipantInput = z.infer<typeof meetingParticipantSchema>;

/** At most this many participants a meeting. */
export const MAX_MEETING_PARTICIPANTS = 50;

const participants = z
  .array(meetingParticipantSchema)
  .max(MAX_MEETING_PARTICIPANTS)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      const key = `${p.unitType}:${p.unitId}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", path: [i, "unitId"], message: "This unit is listed twice." });
      }
      seen.add(key);
    });
  });

/** One agenda item: a topic and the matter it concerns (default `other`). */
export const agendaItemSchema = z
  .object({ topic: z.string().trim().min(1, "Required.").max(300), matter: matterCode.default("other") })
  .strict();
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

const title = z.string().trim().min(1, "Required.").max(200);
const instant = isoInstantSchema();

/**
 * Which unit field a level needs and which it must not have: township and community meetings
 * take `regionId`, compound meetings `compoundId`. Each problem names its field.
 */
export function meetingUnitProblems(input: {
  level: MeetingLevel;
  regionId?: string | null | undefined;
  compoundId?: string | null | undefined;
}): { path: "regionId" | "compoundId"; message: string }[] {
  const wants = input.level === "compound" ? "compoundId" : "regionId";
  const other = wants === "compoundId" ? "regionId" : "compoundId";
  const problems: { path: "regionId" | "compoundId"; message: string }[] = [];
  const levelName = meetingLevelLabels[input.level].en.toLowerCase();
  if (input[wants] === undefined || input[wants] === null) {
    problems.push({
      path: wants,
      message: `Required: a ${levelName} meeting names its ${wants === "regionId" ? "region" : "compound"}.`,
    });
  }
  if (input[other] !== undefined && input[other] !== null) {
    problems.push({ path: other, message: `A ${levelName} meeting takes ${wants}, not ${other}.` });
  }
  return problems;
}

const meetingFields = {
  title,
  level: z.enum(meetingLevels),
  kind: z.enum(meetingKinds),
  regionId: idOf("reg", "region").optional(),
  compoundId: idOf("cpd", "compound").optional(),
  convenedBy: idOf("pty", "party organisation"),
  scheduledAt: instant,
  venueId: idOf("ven", "venue").optional(),
  participants: participants.default([]),
  agenda: z.array(agendaItemSchema).max(30).default([]),
  attachments: z.array(mediaUrlSchema).max(20).default([]),
  /** A dispute-mediation meeting: the cases it settles (their timelines show the meeting). */
  caseIds: z.array(idOf("cas", "case")).max(50).default([]),
};

/** A meeting as it is planned. */
export const createMeetingSchema = z
  .object(meetingFields)
  .strict()
  .superRefine((m, ctx) => {
    for (const p of meetingUnitProblems(m))
      ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  });
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

/**
 * A change while the meeting is planned; only the fields sent change. `null` clears the venue;
 * a new level comes with the unit it needs (`regionId` or `compoundId`), checked on the result.
 */
export const updateMeetingSchema = z
  .object({
    title: title.optional(),
    level: meetingFields.level.optional(),
    kind: meetingFields.kind.optional(),
    regionId: meetingFields.regionId,
    compoundId: meetingFields.compoundId,
    convenedBy: meetingFields.convenedBy.optional(),
    scheduledAt: instant.optional(),
    venueId: idOf("ven", "venue").nullable().optional(),
    participants: participants.optional(),
    agenda: z.array(agendaItemSchema).max(30).optional(),
    attachments: z.array(mediaUrlSchema).max(20).optional(),
    caseIds: z.array(idOf("cas", "case")).max(50).optional(),
  })
  .strict()
  .refine((u) => Object.values(u).some((v) => v !== undefined), { message: "Nothing to change." });
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;

/**
 * Holding the meeting: the minutes and who attended. `participants` replaces the list (a unit
 * not invited may be added); `heldAt` defaults to now and is not in the future.
 */
export const holdMeetingSchema = z
  .object({
    minutes: z.string().trim().min(1, "Required: the minutes (会议纪要).").max(20_000),
    participants,
    heldAt: instant.optional(),
    attachments: z.array(mediaUrlSchema).max(20).optional(),
  })
  .strict();
export type HoldMeetingInput = z.infer<typeof holdMeetingSchema>;

/** One resolution (决议): what was decided, on which matter, who follows it up by when. */
export const meetingResolutionSchema = z
  .object({
    text: z.string().trim().min(1, "Required.").max(2000),
    matter: matterCode,
    ownerUnit: taskOwnerUnitSchema,
    dueOn: isoDateSchema,
  })
  .strict();
export type MeetingResolutionInput = z.infer<typeof meetingResolutionSchema>;

/** At most this many resolutions recorded in one request. */
export const MAX_RESOLUTIONS_AT_ONCE = 20;

/** Resolutions recorded at once: each is checked by the policies and all are kept, or none. */
export const addMeetingResolutionsSchema = z
  .object({ resolutions: z.array(meetingResolutionSchema).min(1).max(MAX_RESOLUTIONS_AT_ONCE) })
  .strict();
export type AddMeetingResolutionsInput = z.infer<typeof addMeetingResolutionsSchema>;

// ---------------------------------------------------------------------------------------------
// Participants as the policies name them

/** What a meeting is, as far as participant kinds depend on it. */
export interface MeetingPlace {
  level: MeetingLevel;
  regionId: string | null;
  compoundId: string | null;
}

/**
 * The units around a meeting's place: its compounds, communities and township or street. A
 * compound meeting: that compound, its community and the community's township; a community
 * meeting: the community, its compounds and its township; a township meeting: the township, its
 * communities and their compounds.
 */
export function meetingSurroundings(place: MeetingPlace, view: PolicyView) {
  const compounds = new Set<string>();
  const communities = new Set<string>();
  const townships = new Set<string>();
  const parentOf = (id: string) => view.regions.find((r) => r.id === id)?.parentId ?? null;
  if (place.level === "compound" && place.compoundId) {
    compounds.add(place.compoundId);
    const community = view.compounds.find((c) => c.id === place.compoundId)?.communityId;
    if (community) communities.add(community);
  } else if (place.level === "community" && place.regionId) {
    communities.add(place.regionId);
  } else if (place.level === "township" && place.regionId) {
    townships.add(place.regionId);
    for (const r of view.regions) if (r.parentId === place.regionId) communities.add(r.id);
  }
  if (place.level !== "township") {
    for (const c of communities) {
      const parent = parentOf(c);
      if (parent) townships.add(parent);
    }
  }
  if (place.level !== "compound") {
    for (const c of view.compounds) if (communities.has(c.communityId)) compounds.add(c.id);
  }
  return { compounds, communities, townships };
}

/**
 * The participant kind (as the policies name them) of one unit at a meeting on `day`, or null
 * when it is none of them here: a community party organisation of the meeting's community (or,
 * at a township meeting, of one of its communities); the party branch of the meeting's compound
 * (of a compound of its community or township); that compound's owners' committee in term; a
 * company under a contract active that day at such a compound; the community itself; the
 * township or street above it. Departments and bodies have no kind of their own.
 */
export function participantKindOf(
  unit: { unitType: string; unitId: string },
  place: MeetingPlace,
  view: PolicyView,
  day: string,
): ParticipantKind | null {
  const around = meetingSurroundings(place, view);
  switch (unit.unitType) {
    case "partyOrg": {
      const org = view.partyOrgs.find((o) => o.id === unit.unitId);
      if (!org) return null;
      if (org.kind === "communityCommittee" && org.regionId && around.communities.has(org.regionId)) {
        return "communityPartyOrg";
      }
      if (org.kind === "compoundBranch" && org.compoundId && around.compounds.has(org.compoundId)) {
        return "compoundBranch";
      }
      return null;
    }
    case "committee":
      return view.committees.some(
        (k) => k.id === unit.unitId && around.compounds.has(k.compoundId) && inTermOn(k, day),
      )
        ? "committee"
        : null;
    case "company":
      return view.contracts.some(
        (k) => k.companyId === unit.unitId && around.compounds.has(k.compoundId) && isActiveOn(k, day),
      )
        ? "company"
        : null;
    case "region": {
      const region = view.regions.find((r) => r.id === unit.unitId);
      if (!region) return null;
      if (region.kind === "community") return around.communities.has(region.id) ? "community" : null;
      return around.townships.has(region.id) ? "townshipStreet" : null;
    }
    default:
      return null;
  }
}

/** A meeting as the `meeting.resolution.adopt` event needs it. */
export interface AdoptingMeeting extends MeetingPlace {
  id: string;
  title: string;
  kind: MeetingKind;
  convenedBy: string | null;
  participants: readonly { unitType: string; unitId: string; attended: boolean }[];
}

/**
 * The `meeting.resolution.adopt` event policies judge (partyLeadership's guard reads it): the
 * matter, the participant kinds that attended (the convening organisation among them: it chairs
 * the meeting), the kind of the convening organisation, and the
 * compound of a compound meeting (else null: every required participant is then required).
 */
export function resolutionAdoptEvent(
  meeting: AdoptingMeeting,
  resolution: { matter: string },
  view: PolicyView,
  at: string,
): DomainEvent {
  const day = dateInZone(new Date(at), view.tenant.timezone);
  const kinds = new Set<ParticipantKind>();
  for (const p of meeting.participants) {
    if (!p.attended) continue;
    const kind = participantKindOf(p, meeting, view, day);
    if (kind) kinds.add(kind);
  }
  const convenedBy = meeting.convenedBy
    ? participantKindOf({ unitType: "partyOrg", unitId: meeting.convenedBy }, meeting, view, day)
    : null;
  // The convening organisation chairs the meeting: it attends whether or not it is also listed.
  if (convenedBy) kinds.add(convenedBy);
  return {
    type: "meeting.resolution.adopt",
    at,
    subject: { type: "meeting", id: meeting.id, name: meeting.title },
    payload: {
      matter: resolution.matter,
      participants: [...kinds],
      convenedBy,
      compoundId: meeting.level === "compound" ? meeting.compoundId : null,
      level: meeting.level,
      kind: meeting.kind,
    },
  };
}
