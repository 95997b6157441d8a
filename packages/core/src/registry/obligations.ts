import { z } from "zod";
import { idOf, isoInstantSchema, type Label, nameSchema } from "./common.js";

/**
 * Service obligations (服务承诺) a contract can carry, each of a fixed kind with its unit: what
 * complaints and inspections are checked against (the `contractPerformance` policy).
 * - a frequency (保洁、巡逻、绿化养护): at least `value` times per day or month;
 * - a response time (报修响应): the first response within `value` hours.
 */
export const obligationKinds = [
  "cleaningFrequency",
  "securityPatrols",
  "greeningMaintenance",
  "repairResponseHours",
] as const;
export type ObligationKind = (typeof obligationKinds)[number];

export type ObligationUnit = "perDay" | "perMonth" | "hours";

export interface ObligationKindInfo {
  label: Label;
  unit: ObligationUnit;
  /** `atLeast`: an observed value below the promise fails; `atMost`: one above it fails. */
  direction: "atLeast" | "atMost";
  /** The largest value a contract may promise (anything above is surely a typo). */
  max: number;
  /** Whether the value must be a whole number (frequencies are). */
  whole: boolean;
}

export const obligationUnitLabels: Record<ObligationUnit, Label> = {
  perDay: { zh: "次/日", en: "times a day" },
  perMonth: { zh: "次/月", en: "times a month" },
  hours: { zh: "小时", en: "hours" },
};

export const obligationKindInfo: Record<ObligationKind, ObligationKindInfo> = {
  cleaningFrequency: {
    label: { zh: "公共区域保洁频次", en: "Cleaning of common areas" },
    unit: "perDay",
    direction: "atLeast",
    max: 24,
    whole: true,
  },
  securityPatrols: {
    label: { zh: "秩序维护巡逻次数", en: "Security patrols" },
    unit: "perDay",
    direction: "atLeast",
    max: 48,
    whole: true,
  },
  greeningMaintenance: {
    label: { zh: "绿化养护次数", en: "Greenery maintenance" },
    unit: "perMonth",
    direction: "atLeast",
    max: 31,
    whole: true,
  },
  repairResponseHours: {
    label: { zh: "报修响应时限", en: "Repair response time" },
    unit: "hours",
    direction: "atMost",
    max: 720,
    whole: false,
  },
};

/** An obligation as a contract carries it (the promise; `note` for its wording in the contract). */
export const contractObligationSchema = z
  .object({
    kind: z.enum(obligationKinds),
    value: z.number().positive("Must be above zero."),
    note: z.string().trim().max(200).optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const info = obligationKindInfo[o.kind];
    if (o.value > info.max) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `At most ${info.max} ${obligationUnitLabels[info.unit].en} for ${info.label.en}.`,
      });
    }
    if (info.whole && !Number.isInteger(o.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "A whole number of times." });
    } else if (!info.whole && Math.abs(Math.round(o.value * 10) - o.value * 10) > 1e-9) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "At most one decimal (e.g. 0.5 hours)." });
    }
  });
export type ContractObligationInput = z.infer<typeof contractObligationSchema>;

/** A contract's obligations: at most one of each kind. */
export const contractObligationsSchema = z
  .array(contractObligationSchema)
  .max(obligationKinds.length)
  .superRefine((list, ctx) => {
    list.forEach((o, i) => {
      if (list.findIndex((p) => p.kind === o.kind) < i) {
        ctx.addIssue({ code: "custom", path: [i, "kind"], message: `'${o.kind}' is promised twice.` });
      }
    });
  });

/** An obligation as it is read back: the promise with its unit and labels. */
export interface ContractObligation {
  kind: ObligationKind;
  value: number;
  note: string | null;
  unit: ObligationUnit;
  label: Label;
  unitLabel: Label;
}

export const describeObligation = (o: {
  kind: ObligationKind;
  value: number;
  note?: string | null | undefined;
}): ContractObligation => {
  const info = obligationKindInfo[o.kind];
  return {
    kind: o.kind,
    value: o.value,
    note: o.note ?? null,
    unit: info.unit,
    label: info.label,
    unitLabel: obligationUnitLabels[info.unit],
  };
};

/** Whether an observed value keeps the promise. */
export const obligationMet = (kind: ObligationKind, promised: number, observed: number): boolean =>
  obligationKindInfo[kind].direction === "atLeast" ? observed >= promised : observed <= promised;

/** `每日 3 次` / `24 小时`: a promise in Chinese, for evidence and messages. */
export const obligationText = (kind: ObligationKind, value: number): string => {
  const info = obligationKindInfo[kind];
  return info.unit === "hours"
    ? `${value}小时内`
    : `${info.unit === "perDay" ? "每日" : "每月"}不少于${value}次`;
};

/**
 * An inspection (履约检查) of a compound against its contract's obligations: who inspected,
 * when, and per obligation the observed value (pass or fail follows from the promise) or a
 * plain pass/fail.
 */
export const createInspectionSchema = z
  .object({
    compoundId: idOf("cpd", "compound"),
    inspectedAt: isoInstantSchema(),
    inspector: nameSchema,
    results: z
      .array(
        z
          .object({
            kind: z.enum(obligationKinds),
            observed: z.number().min(0).max(100_000).optional(),
            passed: z.boolean().optional(),
            note: z.string().trim().max(500).optional(),
          })
          .strict()
          .refine((r) => r.observed !== undefined || r.passed !== undefined, {
            message: "Give the observed value or whether it passed.",
            path: ["observed"],
          }),
      )
      .min(1, "Check at least one obligation.")
      .max(obligationKinds.length)
      .superRefine((list, ctx) => {
        list.forEach((r, i) => {
          if (list.findIndex((p) => p.kind === r.kind) < i) {
            ctx.addIssue({ code: "custom", path: [i, "kind"], message: `'${r.kind}' is checked twice.` });
          }
        });
      }),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type CreateInspectionInput = z.infer<typeof createInspectionSchema>;
