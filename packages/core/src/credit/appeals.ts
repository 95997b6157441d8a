import { z } from "zod";
import { isWorkingDate, type WorkingCalendar } from "../calendar/index.js";
import { idPattern } from "../ids.js";
import { defineLifecycle } from "../lifecycle.js";
import type { Label } from "../registry/common.js";
import { type CreditConfig, defaultExpiresOn } from "./config.js";

/**
 * 异议 and 信用修复: a company's appeals against one of its credit records.
 *
 * objection: pending ──uphold──▶ upheld    (the record is withdrawn from the score)
 *                   └──reject──▶ rejected  (the record counts again)
 * repair:    pending ──approve─▶ approved  (the record stops counting; it stays in the history)
 *                   └──reject──▶ rejected
 *
 * While an objection is pending the record is suspended from the score (see `recordStandingOn`).
 */
export const creditAppealKinds = ["objection", "repair"] as const;
export type CreditAppealKind = (typeof creditAppealKinds)[number];
export const creditAppealStatuses = ["pending", "upheld", "rejected", "approved"] as const;
export type CreditAppealStatus = (typeof creditAppealStatuses)[number];

export const creditAppealKindLabels: Record<CreditAppealKind, Label> = {
  objection: { zh: "信用异议", en: "Objection" },
  repair: { zh: "信用修复", en: "Credit repair" },
};
export const creditAppealStatusLabels: Record<CreditAppealStatus, Label> = {
  pending: { zh: "待处理", en: "Pending" },
  upheld: { zh: "异议成立", en: "Upheld" },
  rejected: { zh: "不予支持", en: "Rejected" },
  approved: { zh: "准予修复", en: "Approved" },
};

export const objectionLifecycle = defineLifecycle({
  noun: "objection",
  statuses: ["pending", "upheld", "rejected"],
  actions: ["uphold", "reject"],
  next: { pending: { uphold: "upheld", reject: "rejected" }, upheld: {}, rejected: {} },
  reasons: { uphold: "objection_not_pending", reject: "objection_not_pending" },
});

export const repairLifecycle = defineLifecycle({
  noun: "credit repair",
  statuses: ["pending", "approved", "rejected"],
  actions: ["approve", "reject"],
  next: { pending: { approve: "approved", reject: "rejected" }, approved: {}, rejected: {} },
  reasons: { approve: "repair_not_pending", reject: "repair_not_pending" },
});

export type CreditAppealAction = "uphold" | "approve" | "reject";

/** The actions an appeal of this kind and status accepts. */
export function appealAllowedActions(
  kind: CreditAppealKind,
  status: CreditAppealStatus,
): CreditAppealAction[] {
  if (kind === "objection") {
    return status === "pending" || status === "upheld" || status === "rejected"
      ? objectionLifecycle.allowedActions(status)
      : [];
  }
  return status === "pending" || status === "approved" || status === "rejected"
    ? repairLifecycle.allowedActions(status)
    : [];
}

/** The status after `action`; 409 with currentStatus/allowedActions when the appeal does not accept it. */
export function nextAppealStatus(
  kind: CreditAppealKind,
  status: CreditAppealStatus,
  action: CreditAppealAction,
): CreditAppealStatus {
  if (kind === "objection") {
    const lc = objectionLifecycle;
    if (action === "approve" || (status !== "pending" && status !== "upheld" && status !== "rejected"))
      lc.refuse(status as "pending", action as "uphold", { reason: "objection_action_unknown" });
    return lc.next(status as "pending", action as "uphold");
  }
  const lc = repairLifecycle;
  if (action === "uphold" || (status !== "pending" && status !== "approved" && status !== "rejected"))
    lc.refuse(status as "pending", action as "approve", { reason: "repair_action_unknown" });
  return lc.next(status as "pending", action as "approve");
}

/** The `n`-th working day after `date` (`YYYY-MM-DD`) under the calendar: 0 is `date` itself. */
export function addWorkingDates(date: string, n: number, calendar: WorkingCalendar): string {
  let t = Date.parse(`${date}T00:00:00Z`);
  let left = n;
  let day = date;
  while (left > 0) {
    t += 86_400_000;
    day = new Date(t).toISOString().slice(0, 10);
    if (isWorkingDate(day, calendar)) left--;
  }
  return day;
}

/** An objection's decision deadline: `objection.deadlineWorkingDays` working days after its filing day. */
export const objectionDueOn = (filedOn: string, config: CreditConfig, calendar: WorkingCalendar): string =>
  addWorkingDates(filedOn, config.objection.deadlineWorkingDays, calendar);

/** A penalty's 双公示 deadline: `publicationWorkingDays` (7) working days after its decision day. */
export const publicationDueOn = (
  decidedOn: string,
  config: CreditConfig,
  calendar: WorkingCalendar,
): string => addWorkingDates(decidedOn, config.publicationWorkingDays, calendar);

export interface PublicationStatus {
  dueOn: string;
  /** The tenant-zone day the export first included it, or null. */
  exportedOn: string | null;
  /** Exported after its deadline, or not exported and the deadline has passed (on `today`). */
  late: boolean;
}

export const publicationStatus = (
  dueOn: string,
  exportedOn: string | null,
  today: string,
): PublicationStatus => ({
  dueOn,
  exportedOn,
  late: exportedOn === null ? today > dueOn : exportedOn > dueOn,
});

// ---------------------------------------------------------------------------------------------
// Repair

export const repairConditions = ["rectified", "commitment", "finePaid"] as const;
export type RepairCondition = (typeof repairConditions)[number];
export const repairConditionLabels: Record<RepairCondition, Label> = {
  rectified: { zh: "已完成整改", en: "The breach has been rectified" },
  commitment: { zh: "已作出信用承诺", en: "A credit commitment has been signed" },
  finePaid: { zh: "罚款已缴纳", en: "The fine has been paid" },
};

export interface RepairableRecord {
  kind: "good" | "bad";
  category: string;
  points: number;
  effectiveOn: string;
  penalty?: { fine?: number | null } | null;
}

export interface RepairRules {
  severity: "minor" | "serious";
  /** The first day a repair may be applied for: effectiveOn + the severity's minimum months. */
  earliestOn: string;
  /** The conditions the application must state as met. */
  conditions: RepairCondition[];
}

/** The severity, earliest day and conditions of repairing a bad record under the credit config. */
export function repairRules(record: RepairableRecord, config: CreditConfig): RepairRules {
  const rules = config.repair;
  const serious =
    record.points >= rules.seriousPoints ||
    config.eligibility.bidding.blacklistCategories.includes(record.category);
  const months = serious ? rules.minMonths.serious : rules.minMonths.minor;
  const earliestOn =
    months === 0 ? record.effectiveOn : defaultExpiresOn(record.effectiveOn, { validityMonths: months });
  const conditions: RepairCondition[] = [...rules.conditions];
  if ((record.penalty?.fine ?? 0) > 0 && !conditions.includes("finePaid")) conditions.push("finePaid");
  return { severity: serious ? "serious" : "minor", earliestOn, conditions };
}

export interface RepairRefusal extends Label {
  code: "repairDisabled" | "notBad" | "categoryExcluded" | "tooEarly" | "conditionUnmet";
  path: string;
}

/**
 * Why a repair application may not be filed on `on` (empty: it may): repairs enabled, a bad
 * record, not of an excluded category, its minimum period served, every condition stated as met.
 */
export function repairRefusals(
  record: RepairableRecord,
  on: string,
  stated: Partial<Record<RepairCondition, boolean>>,
  config: CreditConfig,
): RepairRefusal[] {
  const out: RepairRefusal[] = [];
  if (!config.repair.enabled) {
    out.push({
      code: "repairDisabled",
      path: "path.id",
      zh: "本县未启用信用修复。",
      en: "Credit repair is not enabled.",
    });
    return out;
  }
  if (record.kind !== "bad") {
    out.push({
      code: "notBad",
      path: "path.id",
      zh: "只有失信记录可以修复。",
      en: "Only bad records are repaired.",
    });
    return out;
  }
  if (config.repair.excludedCategories.includes(record.category)) {
    out.push({
      code: "categoryExcluded",
      path: "path.id",
      zh: `“${record.category}”类记录不适用信用修复。`,
      en: `Records of category '${record.category}' are not repaired.`,
    });
    return out;
  }
  const rules = repairRules(record, config);
  if (on < rules.earliestOn) {
    out.push({
      code: "tooEarly",
      path: "path.id",
      zh: `${rules.severity === "serious" ? "严重" : "一般"}失信记录须满最短公示期，${rules.earliestOn} 起方可申请修复。`,
      en: `A ${rules.severity} record may be repaired from ${rules.earliestOn} (its minimum period).`,
    });
  }
  for (const c of rules.conditions) {
    if (stated[c] !== true) {
      out.push({
        code: "conditionUnmet",
        path: `body.conditions.${c}`,
        zh: `修复条件未满足：${repairConditionLabels[c].zh}。`,
        en: `Repair condition not met: ${repairConditionLabels[c].en}.`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Input

const evidenceItem = z
  .string()
  .trim()
  .refine(
    (v) => idPattern("att").test(v) || /^https:\/\/[^\s]{1,2000}$/.test(v),
    "An attachment id (att_…) or an https URL.",
  );

export const fileObjectionSchema = z
  .object({
    reason: z.string().trim().min(1, "Required.").max(2000),
    /** Attachment ids (att_…) or https URLs; at least one. */
    evidence: z.array(evidenceItem).min(1, "At least one attachment id or URL.").max(20),
  })
  .strict();
export type FileObjectionInput = z.infer<typeof fileObjectionSchema>;

export const applyRepairSchema = z
  .object({
    reason: z.string().trim().min(1, "Required.").max(2000),
    evidence: z.array(evidenceItem).min(1, "At least one attachment id or URL.").max(20),
    /** The conditions the company states it meets. */
    conditions: z
      .object({
        rectified: z.boolean().optional(),
        commitment: z.boolean().optional(),
        finePaid: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();
export type ApplyRepairInput = z.infer<typeof applyRepairSchema>;

export const decideAppealSchema = z
  .object({
    action: z.enum(["uphold", "approve", "reject"]),
    note: z.string().trim().min(1, "Required.").max(2000),
  })
  .strict();
export type DecideAppealInput = z.infer<typeof decideAppealSchema>;
