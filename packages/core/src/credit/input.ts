import { z } from "zod";
import { isoDateSchema } from "../registry/common.js";
import { usccSchema } from "../registry/validators.js";
import { creditKinds, creditSources } from "./config.js";

const text = (max: number) => z.string().trim().min(1, "Required.").max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

/** 行政相对人类别: a company is a legal person or other organisation; a sole trader an individual business. */
export const penaltyPartyCategories = ["legalPerson", "individualBusiness"] as const;
export type PenaltyPartyCategory = (typeof penaltyPartyCategories)[number];
/** As the national layout writes them. */
export const penaltyPartyCategoryLabels: Record<PenaltyPartyCategory, { zh: string; en: string }> = {
  legalPerson: { zh: "法人及非法人组织", en: "Legal person or other organisation" },
  individualBusiness: { zh: "个体工商户", en: "Individual business" },
};

/** The 双公示 details of an administrative penalty (行政处罚决定). */
export const penaltyDetailsSchema = z
  .object({
    /** 行政处罚决定书文号. */
    decisionNumber: text(128),
    /** 处罚机关. */
    authority: text(200),
    /** 处罚机关统一社会信用代码. */
    authorityUscc: usccSchema.nullish(),
    /** 罚款金额 (万元). */
    fine: z.number().min(0, "Cannot be negative.").max(1_000_000).nullish(),
    /** 处罚决定日期; defaults to the record's effectiveOn. */
    decidedOn: isoDateSchema.nullish(),
    /** 处罚类别, e.g. 警告, 罚款. */
    penaltyType: optionalText(100),
    /** 违法事实 / 处罚事由. */
    cause: optionalText(2000),
    /** 处罚依据. */
    basis: optionalText(2000),
    /** 处罚内容. */
    content: optionalText(4000),
    /** 法定代表人, when it differs from the company register. */
    legalRepresentative: optionalText(50),
    /** 备注. */
    note: optionalText(512),
    /** 行政相对人类别 (CF_XDR_LB): 法人及非法人组织 or 个体工商户; required for a penalty. */
    partyCategory: z.enum(penaltyPartyCategories).nullish(),
    /** 违法行为类型 (CF_WFXW); required for a penalty. */
    violationType: optionalText(200),
    /** 公示截止期 (CF_GSJZQ): the last day the penalty is published; required for a penalty. */
    publicUntil: isoDateSchema.nullish(),
  })
  .strict();
export type PenaltyDetailsInput = z.infer<typeof penaltyDetailsSchema>;

/** A credit record as a caller files it for one company. */
export const createCreditRecordSchema = z
  .object({
    kind: z.enum(creditKinds),
    category: text(100),
    points: z.number().min(0, "Cannot be negative; the kind says good or bad.").max(1000),
    source: z.enum(creditSources),
    sourceId: z.string().trim().min(1).max(64).nullish(),
    evidence: text(4000),
    effectiveOn: isoDateSchema,
    /** Defaults to `validityMonths` (12) after effectiveOn. */
    expiresOn: isoDateSchema.nullish(),
    /** Shown on the public credit board (default true). */
    public: z.boolean().optional(),
    penalty: penaltyDetailsSchema.nullish(),
  })
  .strict();
export type CreateCreditRecordInput = z.infer<typeof createCreditRecordSchema>;

export const revokeCreditRecordSchema = z.object({ reason: text(500) }).strict();
export type RevokeCreditRecordInput = z.infer<typeof revokeCreditRecordSchema>;
