import { z } from "@hono/zod-openapi";
import {
  cancelLifecycleEventSchema,
  createLifecycleEventSchema,
  idPattern,
  lifecycleActions,
  lifecycleKinds,
  lifecycleSignOffSchema,
  lifecycleStatuses,
} from "@propgov/core";
import { PROBLEM_CONTENT_TYPE, problemSchema } from "../../problem.js";
import type { LifecycleEventView, LifecycleSignOffView } from "../../services/lifecycle-events/view.js";
import { iso } from "../shared.js";

/** Who starts events and records sign-offs: the county, and region staff within their subtree. */
export const lifecycleWriterRoles = ["countyAdmin", "regionStaff"] as const;

const label = z.object({ zh: z.string(), en: z.string() });
const instant = z.string().nullable().openapi({ description: "ISO 8601, UTC.", example: null });
const ID = "01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";

const signOffExample = {
  id: `sgn_${ID}`,
  step: "announcement",
  participant: "communityPartyOrg",
  participantLabel: { zh: "社区党组织", en: "the community party organisation" },
  unitId: `pty_${ID}`,
  note: "已审核选聘公告。",
  at: "2026-11-27T02:00:00.000Z",
  actor: { type: "user", id: `usr_${ID}`, name: "城南社区书记" },
};

const eventExample = {
  id: `lce_${ID}`,
  compoundId: `cpd_${ID}`,
  compoundName: "阳光花园",
  communityId: `reg_${ID}`,
  kind: "companySelection",
  kindLabel: { zh: "物业服务企业选聘(招投标)", en: "Selecting a company (tender)" },
  title: "阳光花园物业服务企业选聘",
  startedOn: "2026-11-20",
  companyId: `cmp_${ID}`,
  status: "open",
  statusLabel: { zh: "进行中", en: "Open" },
  required: true,
  steps: [
    {
      code: "announcement",
      name: { zh: "选聘公告", en: "Announcement" },
      participants: [
        { participant: "community", label: { zh: "社区居委会", en: "the community (residents' committee)" } },
        {
          participant: "communityPartyOrg",
          label: { zh: "社区党组织", en: "the community party organisation" },
        },
      ],
      signOffs: [signOffExample],
      missing: ["community"],
    },
  ],
  missing: [
    {
      step: "announcement",
      participant: "community",
      label: { zh: "选聘公告：社区居委会", en: "Announcement: the community (residents' committee)" },
    },
  ],
  allowedActions: ["signOff", "complete", "cancel"],
  completedAt: null,
  cancelledAt: null,
  cancelReason: null,
  createdBy: `usr_${ID}`,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-27T02:00:00.000Z",
};

const missingSchema = z
  .object({
    step: z.string(),
    participant: z.string(),
    label: label.openapi({ description: "`step: participant`, in Chinese and English." }),
  })
  .openapi("LifecycleMissingSignOff");

const signOffSchema = z
  .object({
    id: z.string(),
    step: z.string(),
    participant: z.string(),
    participantLabel: label,
    unitId: z.string().nullable().openapi({ description: "The signing unit (reg_, pty_, cmt_ or cmp_)." }),
    note: z.string().nullable(),
    at: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
  })
  .openapi("LifecycleSignOff", { example: signOffExample });

export const lifecycleEventSchema = z
  .object({
    id: z.string(),
    compoundId: z.string(),
    compoundName: z.string(),
    communityId: z.string(),
    kind: z.enum(lifecycleKinds),
    kindLabel: label,
    title: z.string(),
    startedOn: z.string().openapi({ format: "date" }),
    companyId: z.string().nullable().openapi({
      description:
        "The company concerned; for a companySelection, the selected company (its bidding eligibility is checked).",
    }),
    status: z.enum(lifecycleStatuses),
    statusLabel: label,
    required: z.boolean().openapi({
      description:
        "Whether completing needs every sign-off under the current mechanism (the wholeProcessParticipation policy is enabled and the kind is `required`).",
    }),
    steps: z
      .array(
        z
          .object({
            code: z.string(),
            name: label,
            participants: z.array(z.object({ participant: z.string(), label })),
            signOffs: z.array(signOffSchema),
            missing: z.array(z.string()).openapi({ description: "Participants of the step not signed yet." }),
          })
          .openapi("LifecycleStep"),
      )
      .openapi({ description: "The steps, fixed from the policy config when the event started." }),
    missing: z.array(missingSchema),
    allowedActions: z.array(z.enum(lifecycleActions)),
    completedAt: instant,
    cancelledAt: instant,
    cancelReason: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("LifecycleEvent", { example: eventExample });

const signOffJson = (s: LifecycleSignOffView) => ({ ...s, at: s.at.toISOString() });

export const lifecycleEventJson = (e: LifecycleEventView) => ({
  ...e,
  steps: e.steps.map((step) => ({ ...step, signOffs: step.signOffs.map(signOffJson) })),
  completedAt: iso(e.completedAt),
  cancelledAt: iso(e.cancelledAt),
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createLifecycleEventBody = createLifecycleEventSchema.meta({
  id: "CreateLifecycleEventRequest",
  example: {
    compoundId: `cpd_${ID}`,
    kind: "companySelection",
    title: "阳光花园物业服务企业选聘",
    startedOn: "2026-11-20",
    companyId: `cmp_${ID}`,
  },
});

export const lifecycleSignOffBody = lifecycleSignOffSchema.meta({
  id: "LifecycleSignOffRequest",
  example: {
    step: "announcement",
    participant: "communityPartyOrg",
    unitId: `pty_${ID}`,
    note: "已审核选聘公告。",
  },
});

export const cancelLifecycleEventBody = cancelLifecycleEventSchema.meta({
  id: "CancelLifecycleEventRequest",
  example: { reason: "业主大会决定暂缓选聘。" },
});

/** `{tenant}/lifecycle-events/{id}` path parameter. */
export const lifecycleEventIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("lce"), "Not a lifecycle event id.")
    .openapi({ param: { name: "id", in: "path" }, example: `lce_${ID}` }),
});

export const lifecycleConflictSchema = problemSchema
  .extend({
    currentStatus: z.enum(lifecycleStatuses).optional(),
    allowedActions: z.array(z.enum(lifecycleActions)).optional(),
    policy: z.string().optional(),
    reason: label.optional().openapi({ description: "Why completion is refused, in Chinese and English." }),
    missing: z.array(missingSchema).optional().openapi({ description: "The sign-offs that are missing." }),
    step: z.string().optional(),
    participant: z.string().optional(),
  })
  .openapi("LifecycleConflictProblem", {
    example: {
      type: "urn:propgov:problem:conflict",
      title: "Conflict",
      status: 409,
      detail:
        "Whole-process participation: the event cannot complete without these sign-offs: Announcement: the community (residents' committee). (全过程参与制度：尚缺以下签字确认，不能办结：选聘公告：社区居委会。)",
      code: "conflict",
      requestId: `req_${ID}`,
      currentStatus: "open",
      policy: "wholeProcessParticipation",
      reason: {
        zh: "全过程参与制度：尚缺以下签字确认，不能办结：选聘公告：社区居委会。",
        en: "Whole-process participation: the event cannot complete without these sign-offs: Announcement: the community (residents' committee).",
      },
      missing: eventExample.missing,
    },
  });

/** 409 of the lifecycle routes: not open any more, a duplicate sign-off, or missing sign-offs. */
export const lifecycleConflict = {
  409: {
    description:
      "The event is not open (`currentStatus`), the sign-off exists already (`step`, `participant`), or completion lacks sign-offs (`missing`, `reason`).",
    content: { [PROBLEM_CONTENT_TYPE]: { schema: lifecycleConflictSchema } },
  },
} as const;
