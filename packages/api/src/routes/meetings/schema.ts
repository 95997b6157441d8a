import { z } from "@hono/zod-openapi";
import {
  addMeetingResolutionsSchema,
  createMeetingSchema,
  holdMeetingSchema,
  idPattern,
  meetingActions,
  meetingKinds,
  meetingLevels,
  meetingStatuses,
  meetingUnitTypes,
  taskOwnerUnitTypes,
  updateMeetingSchema,
} from "@propgov/core";
import { PROBLEM_CONTENT_TYPE, problemSchema } from "../../problem.js";
import type {
  MeetingResolutionView,
  MeetingView,
  MeetingWithResolutions,
} from "../../services/meetings/view.js";
import { iso } from "../shared.js";

/** Who plans, holds and closes meetings and records resolutions: the county, and region staff in their subtree. */
export const meetingWriters = ["countyAdmin", "regionStaff"] as const;
/** Who reads meetings: writers, and company staff and committee members for their compounds' meetings. */
export const meetingReaders = ["countyAdmin", "regionStaff", "companyStaff", "committeeMember"] as const;

const label = z.object({ zh: z.string(), en: z.string() });
const ID = "01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";

const resolutionExample = {
  id: `mrs_${ID}`,
  meetingId: `mtg_${ID}`,
  text: "物业费标准维持每月每平方米0.8元，公共收益按季度公示。",
  matter: "fee",
  matterLabel: { zh: "物业收费", en: "property fees" },
  ownerUnit: { unitType: "company", unitId: `cmp_${ID}`, name: "蒙城县安居物业服务有限公司" },
  dueOn: "2026-12-31",
  doneAt: null,
  overdue: false,
  taskId: `tsk_${ID}`,
  createdAt: "2026-11-26T09:30:00.000Z",
};

export const meetingResolutionSchema = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    text: z.string(),
    matter: z
      .string()
      .openapi({ description: "fee, service, fundUse, other, or a county's own major-matter code." }),
    matterLabel: label,
    ownerUnit: z.object({ unitType: z.enum(taskOwnerUnitTypes), unitId: z.string(), name: z.string() }),
    dueOn: z.string().nullable().openapi({ format: "date" }),
    doneAt: z.string().nullable(),
    overdue: z.boolean().openapi({ description: "Not done and due before today (the county's date)." }),
    taskId: z
      .string()
      .nullable()
      .openapi({ description: "The responsibility-list task (责任清单) that follows it up." }),
    createdAt: z.string(),
  })
  .openapi("MeetingResolution", { example: resolutionExample });

const meetingExample = {
  id: `mtg_${ID}`,
  title: "阳光花园物业费调整联席会议",
  level: "compound",
  kind: "majorMatter",
  regionId: null,
  compoundId: `cpd_${ID}`,
  unitName: "阳光花园",
  convenedBy: { id: `pty_${ID}`, name: "城南社区党委" },
  scheduledAt: "2026-11-26T01:30:00.000Z",
  venueId: `ven_${ID}`,
  participants: [
    { unitType: "partyOrg", unitId: `pty_${ID}`, name: "城南社区党委", attended: true },
    { unitType: "committee", unitId: `cmt_${ID}`, name: "阳光花园业主委员会", attended: true },
  ],
  agenda: [{ topic: "物业费标准调整", matter: "fee", matterLabel: { zh: "物业收费", en: "property fees" } }],
  minutes: "会议由社区党委书记主持，小区党支部、业委会、物业公司参加……",
  attachments: ["https://files.example.cn/minutes/2026-11-26.pdf"],
  cases: [],
  status: "held",
  allowedActions: ["addResolutions", "completeResolution", "close"],
  heldAt: "2026-11-26T01:35:00.000Z",
  closedAt: null,
  createdBy: `usr_${ID}`,
  createdAt: "2026-11-20T08:00:00.000Z",
  updatedAt: "2026-11-26T02:00:00.000Z",
};

const meetingFields = {
  id: z.string(),
  title: z.string(),
  level: z.enum(meetingLevels),
  kind: z.enum(meetingKinds),
  regionId: z
    .string()
    .nullable()
    .openapi({ description: "The township, street or community (township and community levels)." }),
  compoundId: z.string().nullable().openapi({ description: "The compound (compound level)." }),
  unitName: z.string().openapi({ description: "The name of the region or compound." }),
  convenedBy: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .openapi({ description: "The party organisation that convened it." }),
  scheduledAt: z.string(),
  venueId: z.string().nullable(),
  participants: z.array(
    z.object({
      unitType: z.enum(meetingUnitTypes),
      unitId: z.string(),
      name: z.string(),
      attended: z.boolean(),
    }),
  ),
  agenda: z.array(z.object({ topic: z.string(), matter: z.string(), matterLabel: label })),
  minutes: z.string().nullable().openapi({ description: "会议纪要, recorded when the meeting is held." }),
  attachments: z.array(z.string()),
  cases: z.array(z.object({ id: z.string(), number: z.string() })).openapi({
    description:
      "A dispute-mediation meeting (矛盾纠纷调处): the cases it settles. Their timelines show `mediationScheduled` and, once held, `mediationHeld`.",
  }),
  status: z.enum(meetingStatuses),
  allowedActions: z.array(z.enum(meetingActions)).openapi({
    description:
      "What the status accepts now: planned → update, hold; held → addResolutions, completeResolution, close; closed → completeResolution.",
  }),
  heldAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const meetingSchema = z.object(meetingFields).openapi("Meeting", {
  description:
    "联席会商 / 党组织参与决策 / 矛盾纠纷调处: a meeting at a township or street, a community or a compound.",
  example: meetingExample,
});

export const meetingWithResolutionsSchema = z
  .object({ ...meetingFields, resolutions: z.array(meetingResolutionSchema) })
  .openapi("MeetingWithResolutions", { example: { ...meetingExample, resolutions: [resolutionExample] } });

export const meetingJson = (m: MeetingView) => ({
  ...m,
  scheduledAt: m.scheduledAt.toISOString(),
  heldAt: iso(m.heldAt),
  closedAt: iso(m.closedAt),
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
});

export const resolutionJson = (r: MeetingResolutionView) => ({
  ...r,
  doneAt: iso(r.doneAt),
  createdAt: r.createdAt.toISOString(),
});

export const meetingWithResolutionsJson = (m: MeetingWithResolutions) => ({
  ...meetingJson(m),
  resolutions: m.resolutions.map(resolutionJson),
});

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createMeetingBody = createMeetingSchema.meta({
  id: "CreateMeetingRequest",
  description:
    "Township and community meetings name `regionId` (a township or street, a community); compound meetings `compoundId`: exactly the one the level needs.",
  example: {
    title: "阳光花园物业费调整联席会议",
    level: "compound",
    compoundId: `cpd_${ID}`,
    kind: "majorMatter",
    convenedBy: `pty_${ID}`,
    scheduledAt: "2026-11-26T09:30:00+08:00",
    venueId: `ven_${ID}`,
    participants: [
      { unitType: "partyOrg", unitId: `pty_${ID}` },
      { unitType: "committee", unitId: `cmt_${ID}` },
      { unitType: "company", unitId: `cmp_${ID}` },
    ],
    agenda: [{ topic: "物业费标准调整", matter: "fee" }],
  },
});

export const updateMeetingBody = updateMeetingSchema.meta({
  id: "UpdateMeetingRequest",
  description: "Only while planned; only the fields sent change. A new level comes with the unit it needs.",
  example: { scheduledAt: "2026-11-27T15:00:00+08:00", venueId: null },
});

export const holdMeetingBody = holdMeetingSchema.meta({
  id: "HoldMeetingRequest",
  description: "The minutes and who attended (replaces the planned list). `heldAt` defaults to now.",
  example: {
    minutes: "会议由社区党委书记主持，小区党支部、业委会、物业公司参加……",
    participants: [
      { unitType: "partyOrg", unitId: `pty_${ID}`, attended: true },
      { unitType: "committee", unitId: `cmt_${ID}`, attended: true },
      { unitType: "company", unitId: `cmp_${ID}`, attended: false },
    ],
    heldAt: "2026-11-26T09:35:00+08:00",
  },
});

export const addMeetingResolutionsBody = addMeetingResolutionsSchema.meta({
  id: "AddMeetingResolutionsRequest",
  example: {
    resolutions: [
      {
        text: "物业费标准维持每月每平方米0.8元，公共收益按季度公示。",
        matter: "fee",
        ownerUnit: { unitType: "company", unitId: `cmp_${ID}` },
        dueOn: "2026-12-31",
      },
    ],
  },
});

export const meetingIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("mtg"), "Not a meeting id.")
    .openapi({ param: { name: "id", in: "path" }, example: `mtg_${ID}` }),
});

export const resolutionIdParam = meetingIdParam.extend({
  rid: z
    .string()
    .regex(idPattern("mrs"), "Not a meeting resolution id.")
    .openapi({ param: { name: "rid", in: "path" }, example: `mrs_${ID}` }),
});

export const meetingConflictSchema = problemSchema
  .extend({
    currentStatus: z.enum(meetingStatuses).optional(),
    allowedActions: z.array(z.enum(meetingActions)).optional(),
  })
  .openapi("MeetingConflictProblem", {
    example: {
      type: "urn:propgov:problem:conflict",
      title: "Conflict",
      status: 409,
      detail: "A meeting that is closed does not accept 'hold'. Allowed now: completeResolution.",
      code: "conflict",
      requestId: "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      currentStatus: "closed",
      allowedActions: ["completeResolution"],
    },
  });

/** 409 of the meeting routes: the status does not accept the action. */
export const meetingConflict = {
  409: {
    description:
      "The meeting's status does not accept this: `currentStatus` and `allowedActions` say what it does accept.",
    content: { [PROBLEM_CONTENT_TYPE]: { schema: meetingConflictSchema } },
  },
} as const;

export const policyRefusalSchema = problemSchema
  .extend({
    policy: z.string().optional().openapi({ description: "The policy that refused, e.g. partyLeadership." }),
    reason: label.optional().openapi({ description: "The policy's reason, in Chinese and English." }),
    resolution: z.number().int().optional().openapi({ description: "The index of the refused resolution." }),
  })
  .openapi("PolicyRefusalProblem", {
    example: {
      type: "urn:propgov:problem:unprocessable",
      title: "Unprocessable content",
      status: 422,
      detail:
        "A major matter (property fees) is decided only in a meeting the party organisation leads: absent: the owners' committee. (重大事项（物业收费）须由党组织牵头协商决定：业主委员会未参加。)",
      code: "unprocessable",
      requestId: "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      errors: [
        { path: "body.resolutions.0.matter", message: "A major matter (property fees) is decided only …" },
      ],
      policy: "partyLeadership",
      reason: {
        zh: "重大事项（物业收费）须由党组织牵头协商决定：业主委员会未参加。",
        en: "A major matter (property fees) is decided only in a meeting the party organisation leads: absent: the owners' committee.",
      },
      resolution: 0,
    },
  });

/** 422 of recording resolutions: invalid fields, or a policy's guard with its reason. */
export const policyRefusal = {
  422: {
    description:
      "A field does not fit (`errors` names it), or a policy refuses the resolution: `policy` and `reason` ({zh, en}) say which and why.",
    content: { [PROBLEM_CONTENT_TYPE]: { schema: policyRefusalSchema } },
  },
} as const;
