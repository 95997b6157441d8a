import { z } from "zod";
import { AppError } from "../errors.js";
import { type IdPrefix, idPattern } from "../ids.js";
import { defineLifecycle, transitionProblem } from "../lifecycle.js";
import { type ParticipantKind, participantKinds, participantLabels } from "../policies/participants.js";
import { idOf, isoDateSchema, type Label } from "../registry/common.js";

/**
 * 全过程参与: a key step in a compound's life (选聘, 续聘, 换届, 交接, 大修) that the community
 * and the party organisation take part in, step by step, with a recorded sign-off each. The steps
 * of an event are fixed from the wholeProcessParticipation policy's config when it starts:
 *
 * open ──complete──▶ completed   (refused while a required sign-off is missing, when the kind is `required`)
 *   └───cancel────▶ cancelled
 *
 * Pure: the API stores the event and its append-only sign-offs.
 */
export const lifecycleKinds = [
  "companySelection",
  "contractRenewal",
  "committeeElection",
  "committeeChange",
  "handover",
  "majorRepair",
] as const;
export type LifecycleKind = (typeof lifecycleKinds)[number];

export const lifecycleKindLabels: Record<LifecycleKind, Label> = {
  companySelection: { zh: "物业服务企业选聘(招投标)", en: "Selecting a company (tender)" },
  contractRenewal: { zh: "物业服务合同续签", en: "Renewing the contract" },
  committeeElection: { zh: "业主委员会选举(换届)", en: "Electing the owners' committee" },
  committeeChange: { zh: "业主委员会成员变更", en: "Changing the owners' committee" },
  handover: { zh: "物业退出交接", en: "Handover between companies" },
  majorRepair: { zh: "重大维修(维修资金使用)", en: "Major repair (maintenance fund)" },
};

export const lifecycleStatuses = ["open", "completed", "cancelled"] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

export const lifecycleStatusLabels: Record<LifecycleStatus, Label> = {
  open: { zh: "进行中", en: "Open" },
  completed: { zh: "已办结", en: "Completed" },
  cancelled: { zh: "已取消", en: "Cancelled" },
};

/** A step of a lifecycle event and who signs it off (as configured, and as stored on the event). */
export interface LifecycleStepDefinition {
  /** Stable code within the kind, e.g. `announcement`. */
  code: string;
  name: Label;
  participants: readonly ParticipantKind[];
}

/** A step as an event stores it (participants as recorded: plain strings). */
export interface StoredLifecycleStep {
  code: string;
  name: Label;
  participants: readonly string[];
}

/** A sign-off that is missing: which step, which participant, and how to say it. */
export interface MissingSignOff {
  step: string;
  participant: string;
  label: Label;
}

/** `评标：社区党组织` / `Evaluation of bids: the community party organisation`. */
export function signOffLabel(step: { code: string; name?: Label | undefined }, participant: string): Label {
  const who = participantLabels[participant as ParticipantKind] ?? { zh: participant, en: participant };
  const name = step.name ?? { zh: step.code, en: step.code };
  return { zh: `${name.zh}：${who.zh}`, en: `${name.en}: ${who.en}` };
}

/**
 * The sign-offs the steps ask for and the recorded ones lack, in step order, then in the step's
 * order of participants.
 */
export function missingSignOffs(
  steps: readonly { code: string; name?: Label | undefined; participants: readonly string[] }[],
  signOffs: readonly { step: string; participant: string }[],
): MissingSignOff[] {
  const done = new Set(signOffs.map((s) => `${s.step}\u0000${s.participant}`));
  return steps.flatMap((step) =>
    step.participants
      .filter((p) => !done.has(`${step.code}\u0000${p}`))
      .map((participant) => ({ step: step.code, participant, label: signOffLabel(step, participant) })),
  );
}

// ---------------------------------------------------------------------------------------------
// Input schemas

/** A lifecycle event as it starts; its steps come from the policy config, not from the caller. */
export const createLifecycleEventSchema = z
  .object({
    compoundId: idOf("cpd", "compound"),
    kind: z.enum(lifecycleKinds),
    title: z.string().trim().min(1, "Required.").max(200),
    /** The day the process started (e.g. the tender was announced). */
    startedOn: isoDateSchema,
    /**
     * The company concerned; for a companySelection, the selected company, whose bidding
     * eligibility (招投标资格, from its credit grade) is checked when the event starts and completes.
     */
    companyId: idOf("cmp", "company").optional(),
  })
  .strict();
export type CreateLifecycleEventInput = z.infer<typeof createLifecycleEventSchema>;

/** The id prefixes a signing unit may carry, by participant. */
export const signOffUnitPrefix: Record<ParticipantKind, IdPrefix> = {
  townshipStreet: "reg",
  community: "reg",
  communityPartyOrg: "pty",
  compoundBranch: "pty",
  committee: "cmt",
  company: "cmp",
};

/** One participant's sign-off on one step. */
export const lifecycleSignOffSchema = z
  .object({
    /** A step code of the event, e.g. `evaluation`. */
    step: z.string().trim().min(1, "Required.").max(40),
    participant: z.enum(participantKinds),
    /**
     * The signing unit: a region (reg_) for the township/street or the community, a party
     * organisation (pty_), the committee (cmt_) or the company (cmp_).
     */
    unitId: z.string().min(1).max(64).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.unitId === undefined) return;
    const prefix = signOffUnitPrefix[input.participant];
    if (!idPattern(prefix).test(input.unitId)) {
      ctx.addIssue({
        code: "custom",
        path: ["unitId"],
        message: `${participantLabels[input.participant].en} signs as a ${prefix}_… id.`,
      });
    }
  });
export type LifecycleSignOffInput = z.infer<typeof lifecycleSignOffSchema>;

/** Cancelling an open event needs a reason. */
export const cancelLifecycleEventSchema = z
  .object({ reason: z.string().trim().min(1, "Say why the process is cancelled.").max(2000) })
  .strict();
export type CancelLifecycleEventInput = z.infer<typeof cancelLifecycleEventSchema>;

// ---------------------------------------------------------------------------------------------
// Guards

export const lifecycleActions = ["signOff", "complete", "cancel"] as const;
export type LifecycleActionName = (typeof lifecycleActions)[number];

/** A lifecycle event (全过程参与): everything while open, nothing after. */
export const lifecycleEventLifecycle = defineLifecycle<LifecycleStatus, LifecycleActionName>({
  noun: "lifecycle event",
  statuses: lifecycleStatuses,
  actions: lifecycleActions,
  next: {
    open: { signOff: null, complete: "completed", cancel: "cancelled" },
    completed: {},
    cancelled: {},
  },
  reasons: {
    signOff: "lifecycle_event_not_open",
    complete: "lifecycle_event_not_open",
    cancel: "lifecycle_event_not_open",
  },
});

/** What an event in this status accepts: everything while open, nothing after. */
export const lifecycleAllowedActions = (status: LifecycleStatus): LifecycleActionName[] =>
  lifecycleEventLifecycle.allowedActions(status);

/** 409 for an event that is no longer open, naming `currentStatus`. */
export function refuseLifecycle(status: LifecycleStatus, action: LifecycleActionName): never {
  return lifecycleEventLifecycle.refuse(status, action, {
    detail: `A lifecycle event that is ${status} does not accept '${action}'; only an open one does.`,
  });
}

/**
 * Checks a sign-off against the event: it must be open (else 409), the step one of its steps
 * (422 naming `body.step`), the participant one the step asks for (422 naming
 * `body.participant`), and not signed already (409). Returns the step.
 */
export function checkSignOff(
  event: { status: LifecycleStatus; steps: readonly StoredLifecycleStep[] },
  signOffs: readonly { step: string; participant: string }[],
  input: { step: string; participant: string },
): StoredLifecycleStep {
  if (event.status !== "open") refuseLifecycle(event.status, "signOff");
  const step = event.steps.find((s) => s.code === input.step);
  if (!step) {
    const codes = event.steps.map((s) => s.code).join(", ");
    throw new AppError("unprocessable", `'${input.step}' is not a step of this event (${codes}).`, {
      errors: [{ path: "body.step", message: `Not a step of this event. Its steps: ${codes}.` }],
    });
  }
  if (!step.participants.includes(input.participant)) {
    const who = step.participants.length ? step.participants.join(", ") : "nobody";
    throw new AppError(
      "unprocessable",
      `Step '${step.code}' does not ask '${input.participant}' to sign off (it asks: ${who}).`,
      {
        errors: [
          {
            path: "body.participant",
            message: `Not asked to sign off step '${step.code}'. Who signs it: ${who}.`,
          },
        ],
      },
    );
  }
  if (signOffs.some((s) => s.step === step.code && s.participant === input.participant)) {
    const label = signOffLabel(step, input.participant);
    throw new AppError("conflict", `Already signed off: ${label.en} (${label.zh}).`, {
      extensions: {
        ...transitionProblem(
          event.status,
          lifecycleAllowedActions(event.status),
          "lifecycle_sign_off_exists",
        ),
        step: step.code,
        participant: input.participant,
      },
    });
  }
  return step;
}

/**
 * Checks that an event may complete: it must be open (409), and when `required` every sign-off
 * its steps ask for must be there, else 409 with `missing` (step, participant, label) and a
 * `reason` in Chinese and English.
 */
export function checkCompletion(
  event: { status: LifecycleStatus; steps: readonly StoredLifecycleStep[] },
  signOffs: readonly { step: string; participant: string }[],
  required: boolean,
): void {
  if (event.status !== "open") refuseLifecycle(event.status, "complete");
  if (!required) return;
  const missing = missingSignOffs(event.steps, signOffs);
  if (missing.length === 0) return;
  const reason: Label = {
    zh: `全过程参与制度：尚缺以下签字确认，不能办结：${missing.map((m) => m.label.zh).join("；")}。`,
    en: `Whole-process participation: the event cannot complete without these sign-offs: ${missing.map((m) => m.label.en).join("; ")}.`,
  };
  throw new AppError("conflict", `${reason.en} (${reason.zh})`, {
    extensions: {
      ...transitionProblem(
        event.status,
        lifecycleAllowedActions(event.status),
        "lifecycle_sign_offs_missing",
      ),
      policy: "wholeProcessParticipation",
      explanation: reason,
      missing,
    },
  });
}
