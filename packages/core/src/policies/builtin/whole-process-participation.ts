import { z } from "zod";
import {
  type LifecycleKind,
  type LifecycleStepDefinition,
  lifecycleKindLabels,
  lifecycleKinds,
  missingSignOffs,
} from "../../governance/lifecycle.js";
import type { Mechanism } from "../../mechanism/schema.js";
import { type Label, labelSchema } from "../../registry/common.js";
import { definePolicy } from "../define.js";
import { joinLabels, type ParticipantKind, participantKinds } from "../participants.js";
import { periodWindow } from "../time.js";
import type { Finding, PolicyLifecycleEvent, PolicyView } from "../types.js";
import { viewInstant } from "./complaint-handling.js";

/** @deprecated The lifecycle kinds: use `lifecycleKinds` (the name predates steps within a kind). */
export const lifecycleSteps = lifecycleKinds;
/** @deprecated Use `LifecycleKind`. */
export type LifecycleStep = LifecycleKind;
/** @deprecated Use `lifecycleKindLabels`. */
export const lifecycleStepLabels: Record<LifecycleKind, Label> = lifecycleKindLabels;

const DAY_MS = 86_400_000;

const participantList = z
  .array(z.enum(participantKinds))
  .max(participantKinds.length)
  // Each participant once (documents written before steps existed may repeat one: kept valid).
  .transform((list) => [...new Set(list)]);

const stepSchema = z
  .object({
    code: z
      .string()
      .regex(
        /^[a-z][a-zA-Z0-9]{0,39}$/,
        "A step code: letters and digits, starting lower-case (e.g. result).",
      ),
    name: labelSchema,
    /** Who signs this step off. */
    participants: participantList,
  })
  .strict();

/** The one step a kind configured the old way (only `participants`) has. */
const resultStepName: Label = { zh: "结果", en: "Result" };

const s = (
  code: string,
  zh: string,
  en: string,
  participants: ParticipantKind[],
): LifecycleStepDefinition => ({
  code,
  name: { zh, en },
  participants,
});
const communityAndParty: ParticipantKind[] = ["community", "communityPartyOrg"];
const streetCommunityAndParty: ParticipantKind[] = ["townshipStreet", "community", "communityPartyOrg"];

/** The seed's key steps (全过程参与) with the community and its party organisation signing each. */
export const defaultLifecycleSteps: Record<LifecycleKind, readonly LifecycleStepDefinition[]> = {
  companySelection: [
    s("announcement", "选聘公告", "Announcement", communityAndParty),
    s("evaluation", "评标", "Evaluation of bids", communityAndParty),
    s("result", "结果公示", "Publication of the result", communityAndParty),
  ],
  contractRenewal: [
    s("consultation", "征求业主意见", "Consulting the owners", communityAndParty),
    s("decision", "业主共同决定", "Owners' decision", communityAndParty),
    s("result", "续签结果公示", "Publication of the renewal", communityAndParty),
  ],
  committeeElection: [
    s("nomination", "候选人提名", "Nomination of candidates", streetCommunityAndParty),
    s("election", "选举", "Election", streetCommunityAndParty),
    s("filing", "备案", "Filing", streetCommunityAndParty),
  ],
  committeeChange: [
    s("proposal", "变更提议", "Proposal", communityAndParty),
    s("vote", "业主大会表决", "Owners' assembly vote", communityAndParty),
    s("filing", "备案", "Filing", ["townshipStreet", "community"]),
  ],
  handover: [
    s("exitNotice", "退出告知", "Notice of exit", communityAndParty),
    s("inspection", "承接查验", "Joint inspection", communityAndParty),
    s("transfer", "资料与共用设施移交", "Transfer of records and common facilities", communityAndParty),
  ],
  majorRepair: [
    s("plan", "维修方案公示", "Publication of the repair plan", communityAndParty),
    s("vote", "业主表决", "Owners' vote", communityAndParty),
    s("acceptance", "竣工验收", "Acceptance of the works", communityAndParty),
  ],
};

/** Participants of any step, first seen first. */
const participantsOf = (steps: readonly LifecycleStepDefinition[]): ParticipantKind[] => [
  ...new Set(steps.flatMap((step) => step.participants)),
];

/**
 * One kind's config. `required`: completion is refused while a sign-off is missing. `steps`: the
 * ordered steps with who signs each. `participants` alone (the form before steps existed) means
 * one step `result` signed by them; with `steps` it must name the same participants. Parsed, it
 * always has `steps`, and `participants` lists everyone who signs any step.
 */
const kindSchema = (kind: LifecycleKind) =>
  z
    .object({
      required: z.boolean().default(true),
      participants: participantList.optional(),
      steps: z.array(stepSchema).min(1).max(20).optional(),
    })
    .strict()
    .superRefine((k, ctx) => {
      const seen = new Set<string>();
      k.steps?.forEach((step, i) => {
        if (seen.has(step.code)) {
          ctx.addIssue({ code: "custom", path: ["steps", i, "code"], message: "Each step code once." });
        }
        seen.add(step.code);
      });
      if (k.steps && k.participants) {
        const fromSteps = new Set(participantsOf(k.steps));
        if (fromSteps.size !== k.participants.length || !k.participants.every((p) => fromSteps.has(p))) {
          ctx.addIssue({
            code: "custom",
            path: ["participants"],
            message:
              "With steps given, participants must name exactly those who sign a step (or leave it out).",
          });
        }
      }
    })
    .transform((k) => {
      const steps: LifecycleStepDefinition[] = k.steps
        ? k.steps
        : k.participants
          ? [{ code: "result", name: resultStepName, participants: k.participants }]
          : defaultLifecycleSteps[kind].map((step) => ({ ...step, participants: [...step.participants] }));
      return { required: k.required, participants: participantsOf(steps), steps };
    })
    .prefault({});

export const wholeProcessParticipationConfigSchema = z
  .object({
    steps: z
      .object({
        companySelection: kindSchema("companySelection"),
        contractRenewal: kindSchema("contractRenewal"),
        committeeElection: kindSchema("committeeElection"),
        committeeChange: kindSchema("committeeChange"),
        handover: kindSchema("handover"),
        majorRepair: kindSchema("majorRepair"),
      })
      .strict()
      .prefault({}),
    /** An event open longer than this many days (from its start) is reported as stalled. */
    staleAfterDays: z.number().int().min(1).max(3650).default(90),
  })
  .strict();
export type WholeProcessParticipationConfig = z.infer<typeof wholeProcessParticipationConfigSchema>;

/**
 * The policy as a tenant's mechanism sets it: whether it is enabled (a disabled rule refuses
 * nothing) and its config, defaults filled in (the defaults when the mechanism leaves it out).
 */
export function wholeProcessParticipationOf(mechanism: Mechanism): {
  enabled: boolean;
  config: WholeProcessParticipationConfig;
} {
  const entry = mechanism.policies.wholeProcessParticipation;
  const parsed = wholeProcessParticipationConfigSchema.safeParse(entry?.config ?? {});
  return {
    enabled: entry?.enabled ?? false,
    config: parsed.success ? parsed.data : wholeProcessParticipationConfigSchema.parse({}),
  };
}

const compoundSubject = (view: PolicyView, e: PolicyLifecycleEvent) => {
  const compound = view.compounds.find((c) => c.id === e.compoundId);
  return {
    subject: { type: "compound" as const, id: e.compoundId, name: compound?.name ?? e.compoundId },
    regionId: compound?.communityId ?? null,
  };
};

const kindLabel = (kind: string): Label =>
  lifecycleKindLabels[kind as LifecycleKind] ?? { zh: kind, en: kind };

const daysBetween = (from: string, to: string) =>
  Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export const wholeProcessParticipation = definePolicy({
  id: "wholeProcessParticipation",
  title: { zh: "全过程参与制度", en: "Participation throughout" },
  description: {
    zh: "物业服务企业选聘(招投标)、合同续签、业主委员会选举与变更、物业退出交接、重大维修等关键环节，须有社区和党组织逐步参与并签字留痕。",
    en: "Key lifecycle steps (selecting a company, renewing its contract, electing or changing the owners' committee, handover, major repairs) need the community's and the party organisation's recorded sign-off at each step.",
  },
  configSchema: wholeProcessParticipationConfigSchema,
  reads: { evaluate: ["lifecycleEvents", "compounds"] },

  /**
   * `wentAheadWithoutSignOff` (major): an event completed in the period while a sign-off its
   * stored steps ask for was missing (the kind was not `required`, or the policy was off).
   * `stalled` (info): an event still open more than `staleAfterDays` after it started.
   */
  evaluate(period, view, config) {
    const events = view.lifecycleEvents ?? [];
    if (events.length === 0) return [];
    const window = periodWindow(period, view.tenant.timezone);
    const at = viewInstant(view);
    const findings: Finding[] = [];
    for (const e of events) {
      const kind = kindLabel(e.kind);
      if (e.status === "completed" && e.completedAt) {
        const completed = Date.parse(e.completedAt);
        if (completed < window.from || completed >= window.to || completed > at) continue;
        const missing = missingSignOffs(
          e.steps,
          e.signOffs.filter((x) => Date.parse(x.at) <= completed),
        );
        if (missing.length === 0) continue;
        const { subject, regionId } = compoundSubject(view, e);
        const what = joinLabels(missing.map((m) => m.label));
        findings.push({
          subject,
          policy: "wholeProcessParticipation",
          rule: "wentAheadWithoutSignOff",
          severity: "major",
          message: {
            zh: `小区“${subject.name}”的${kind.zh}“${e.title}”未经全过程参与即办结，缺少签字确认：${what.zh}。`,
            en: `${kind.en} "${e.title}" at compound "${subject.name}" was completed without these sign-offs: ${what.en}.`,
          },
          evidence: {
            eventId: e.id,
            kind: e.kind,
            startedOn: e.startedOn,
            completedAt: e.completedAt,
            missing: missing.map(({ step, participant }) => ({ step, participant })),
          },
          regionId,
        });
      } else if (e.status === "open") {
        const daysOpen = daysBetween(e.startedOn, view.asOf);
        if (daysOpen <= config.staleAfterDays) continue;
        const { subject, regionId } = compoundSubject(view, e);
        const missing = missingSignOffs(e.steps, e.signOffs);
        findings.push({
          subject,
          policy: "wholeProcessParticipation",
          rule: "stalled",
          severity: "info",
          message: {
            zh: `小区“${subject.name}”的${kind.zh}“${e.title}”自${e.startedOn}开始已${daysOpen}天未办结（超过${config.staleAfterDays}天）。`,
            en: `${kind.en} "${e.title}" at compound "${subject.name}" has been open for ${daysOpen} days since ${e.startedOn} (more than ${config.staleAfterDays}).`,
          },
          evidence: {
            eventId: e.id,
            kind: e.kind,
            startedOn: e.startedOn,
            daysOpen,
            staleAfterDays: config.staleAfterDays,
            missing: missing.map(({ step, participant }) => ({ step, participant })),
          },
          regionId,
        });
      }
    }
    return findings;
  },
});
