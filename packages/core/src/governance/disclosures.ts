import { z } from "zod";
import { mediaUrlSchema } from "../cases/schemas.js";
import { AppError, type FieldError } from "../errors.js";
import type { Mechanism } from "../mechanism/schema.js";
import {
  type DisclosureCadence,
  type DisclosureResponsible,
  type DisclosureWindow,
  disclosureItemLabels,
  disclosurePeriodExamples,
  disclosureWindow,
  type InformationDisclosureConfig,
  informationDisclosureConfigSchema,
} from "../policies/builtin/information-disclosure.js";
import { idOf, type Label } from "../registry/common.js";

/**
 * 信息公示: what a company or an owners' committee publishes for a compound (or a company for
 * itself) — fee standard, public revenue, maintenance fund, … — for one window of the item's
 * cadence. The items, their cadence and who publishes them come from the tenant's
 * informationDisclosure policy config. Pure: the API checks access and stores.
 */

/** An item a tenant's config knows, with how often and by whom it is published. */
export interface DisclosureItemRule {
  code: string;
  label: Label;
  cadence: DisclosureCadence;
  responsible: DisclosureResponsible;
  required: boolean;
}

/** The label of an item code: the built-in items' Chinese and English, else the code itself. */
export const disclosureItemLabel = (code: string): Label =>
  (disclosureItemLabels as Record<string, Label | undefined>)[code] ?? { zh: code, en: code };

/** The informationDisclosure config of a mechanism (the defaults when it leaves the policy out or is invalid). */
export function informationDisclosureConfigOf(mechanism: Mechanism): InformationDisclosureConfig {
  const parsed = informationDisclosureConfigSchema.safeParse(
    mechanism.policies.informationDisclosure?.config ?? {},
  );
  return parsed.success ? parsed.data : informationDisclosureConfigSchema.parse({});
}

/** The items of a config, in its order. */
export function disclosureItemsOf(config: InformationDisclosureConfig): DisclosureItemRule[] {
  return Object.entries(config.items).map(([code, rule]) => ({
    code,
    label: disclosureItemLabel(code),
    cadence: rule.cadence,
    responsible: rule.responsible,
    required: rule.required,
  }));
}

export const disclosureCadenceLabels: Record<DisclosureCadence, Label> = {
  monthly: { zh: "每月", en: "monthly" },
  quarterly: { zh: "每季度", en: "quarterly" },
  yearly: { zh: "每年", en: "yearly" },
};

/** A disclosure as staff publish it; `item` and `period` are checked against the tenant's config after parsing. */
export const createDisclosureSchema = z
  .object({
    compoundId: idOf("cpd", "compound").optional(),
    companyId: idOf("cmp", "company").optional(),
    item: z.string().trim().min(1).max(50),
    period: z.string().trim().min(1).max(20),
    title: z.string().trim().min(1, "Required.").max(200),
    content: z.string().trim().min(1, "Required.").max(20_000),
    attachments: z.array(mediaUrlSchema).max(20).default([]),
  })
  .strict()
  .refine((d) => d.compoundId !== undefined || d.companyId !== undefined, {
    path: ["compoundId"],
    message: "Give compoundId (a compound's disclosure), companyId (a company's), or both.",
  });
export type CreateDisclosureInput = z.infer<typeof createDisclosureSchema>;

/** Withdrawing (撤回) a disclosure: it leaves the public board and stops counting; the record stays. */
export const withdrawDisclosureSchema = z
  .object({ reason: z.string().trim().min(1, "Say why it is withdrawn.").max(500) })
  .strict();
export type WithdrawDisclosureInput = z.infer<typeof withdrawDisclosureSchema>;

/**
 * The item's rule and the window the period names, for a disclosure under the tenant's config.
 * An item the config does not have → 422 naming `body.item` and the allowed codes; a period
 * that does not fit the item's cadence (`2026-10` monthly, `2026-Q4` quarterly, `2026` yearly)
 * → 422 naming `body.period`.
 */
export function checkDisclosureItem(
  config: InformationDisclosureConfig,
  item: string,
  period: string,
): { rule: DisclosureItemRule; window: DisclosureWindow } {
  const rules = disclosureItemsOf(config);
  const rule = rules.find((r) => r.code === item);
  if (!rule) {
    const allowed = rules.map((r) => r.code).join(", ");
    const message = `Not a disclosure item of this county. Allowed: ${allowed}.`;
    throw new AppError("unprocessable", `'${item}' is not a disclosure item here. Allowed: ${allowed}.`, {
      errors: [{ path: "body.item", message }],
    });
  }
  const window = disclosureWindow(rule.cadence, period);
  if (!window) {
    const example = disclosurePeriodExamples[rule.cadence];
    const errors: FieldError[] = [
      {
        path: "body.period",
        message: `${rule.code} is disclosed ${rule.cadence} (${disclosureCadenceLabels[rule.cadence].zh}): give a period like ${example}.`,
      },
    ];
    throw new AppError(
      "unprocessable",
      `'${period}' is not a ${rule.cadence} period; ${rule.code} needs one like ${example}.`,
      { errors },
    );
  }
  return { rule, window };
}
