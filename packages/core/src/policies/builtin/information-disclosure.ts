import { z } from "zod";
import type { Label } from "../../registry/common.js";
import { definePolicy } from "../define.js";

export const disclosureCadences = ["monthly", "quarterly", "yearly"] as const;
export type DisclosureCadence = (typeof disclosureCadences)[number];
export const disclosureResponsibles = ["company", "committee"] as const;
export type DisclosureResponsible = (typeof disclosureResponsibles)[number];

export const disclosureItems = [
  "feeStandard",
  "serviceStandard",
  "publicRevenue",
  "maintenanceFund",
  "committeeDecisions",
  "contractSummary",
] as const;
export type DisclosureItem = (typeof disclosureItems)[number];

export const disclosureItemLabels: Record<DisclosureItem, Label> = {
  feeStandard: { zh: "收费标准", en: "Fee standard" },
  serviceStandard: { zh: "服务内容与标准", en: "Service content and standard" },
  publicRevenue: { zh: "公共收益收支", en: "Public revenue and its use" },
  maintenanceFund: { zh: "专项维修资金使用", en: "Use of the maintenance fund" },
  committeeDecisions: { zh: "业主委员会决定", en: "Owners' committee decisions" },
  contractSummary: { zh: "物业服务合同主要内容", en: "Property service contract summary" },
};

const item = (cadence: DisclosureCadence, responsible: DisclosureResponsible) =>
  z
    .object({
      required: z.boolean().default(true),
      cadence: z.enum(disclosureCadences).default(cadence),
      responsible: z.enum(disclosureResponsibles).default(responsible),
    })
    .strict()
    .prefault({});

export const informationDisclosureConfigSchema = z
  .object({
    /** What each compound must publish, how often, and who publishes it. */
    items: z
      .object({
        feeStandard: item("yearly", "company"),
        serviceStandard: item("yearly", "company"),
        publicRevenue: item("quarterly", "company"),
        maintenanceFund: item("yearly", "committee"),
        committeeDecisions: item("monthly", "committee"),
        contractSummary: item("yearly", "company"),
      })
      .strict()
      .prefault({}),
    /** Days after a cadence period ends before a missing disclosure is overdue. */
    graceDays: z.number().int().min(0).max(90).default(15),
  })
  .strict();
export type InformationDisclosureConfig = z.infer<typeof informationDisclosureConfigSchema>;

export const informationDisclosure = definePolicy({
  id: "informationDisclosure",
  title: { zh: "信息公示制度", en: "Information disclosure" },
  description: {
    zh: "物业服务企业、业主委员会按规定的周期公示收费标准、服务标准、公共收益、维修资金使用、业委会决定和合同主要内容；逾期或缺失即为问题。",
    en: "Companies and owners' committees publish fee and service standards, public revenue, maintenance-fund use, committee decisions and the contract summary on their cadence; overdue or missing items are findings.",
  },
  configSchema: informationDisclosureConfigSchema,
  // Disclosures arrive in a later issue: nothing to judge yet, so no findings.
  evaluates: [],
  evaluate: () => [],
});
