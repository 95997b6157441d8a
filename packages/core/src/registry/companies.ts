import { z } from "zod";
import { countSchema, type Label, nameSchema } from "./common.js";
import { phoneSchema, usccSchema } from "./validators.js";

/**
 * 物业服务企业资质等级: the (former) national qualification grades a company may still cite;
 * `grade1` = 一级资质. Together with a brand ranking it tells brand companies (品牌企业) apart,
 * by the mechanism's `cultivateExcellence.config.localEnterprises` setting.
 */
export const companyQualifications = ["grade1", "grade2", "grade3"] as const;
export type CompanyQualification = (typeof companyQualifications)[number];
export const companyQualificationLabels: Record<CompanyQualification, Label> = {
  grade1: { zh: "一级资质", en: "Grade 1 qualification" },
  grade2: { zh: "二级资质", en: "Grade 2 qualification" },
  grade3: { zh: "三级资质", en: "Grade 3 qualification" },
};

/** The labels of a company's attributes (招大引强、培育本地企业), Chinese and English. */
export const companyAttributeLabels = {
  local: { zh: "本地企业", en: "Local company" },
  registeredCapital: { zh: "注册资本（万元）", en: "Registered capital (10,000 CNY)" },
  qualification: { zh: "资质等级", en: "Qualification grade" },
  brandRank: { zh: "品牌排名（全国物业服务企业综合实力排名）", en: "Brand ranking (national top list)" },
  projectsManaged: { zh: "在管项目数", en: "Projects managed" },
  enteredCountyYear: { zh: "进入本县市场年份", en: "Year it entered the county market" },
} as const satisfies Record<string, Label>;

/** The earliest year a company can have entered a county's market (the register's floor). */
export const earliestEntryYear = 1949;

/** The attributes (招大引强、培育本地企业), each optional and nullable (null: not known). */
const attributes = {
  /** 注册资本 in 10,000 CNY (万元); not negative. */
  registeredCapital: z
    .number()
    .min(0, "Cannot be negative.")
    .max(100_000_000, "At most 100,000,000 (万元).")
    .nullable(),
  qualification: z.enum(companyQualifications).nullable(),
  /** Rank in the national top list of property companies (e.g. 中国物业服务企业综合实力 500 强); 1 is first. */
  brandRank: z.number().int("A whole number.").min(1, "Ranks start at 1.").max(10_000).nullable(),
  /** Projects (compounds) the company manages, anywhere. */
  projectsManaged: countSchema.nullable(),
  /**
   * The year it entered the county's market; not before 1949, and not after the current year in
   * the county's zone (checked against the clock by the API: {@link entryYearProblem}).
   */
  enteredCountyYear: z
    .number()
    .int("A whole number.")
    .min(earliestEntryYear, `Not before ${earliestEntryYear}.`)
    .max(9999)
    .nullable(),
};

export const createCompanySchema = z
  .object({
    name: nameSchema,
    uscc: usccSchema,
    legalRepresentative: z.string().trim().min(1).max(50),
    phone: phoneSchema,
    local: z.boolean().default(true),
    partyMembers: countSchema.default(0),
    registeredCapital: attributes.registeredCapital.default(null),
    qualification: attributes.qualification.default(null),
    brandRank: attributes.brandRank.default(null),
    projectsManaged: attributes.projectsManaged.default(null),
    enteredCountyYear: attributes.enteredCountyYear.default(null),
  })
  .strict();
export type CreateCompanyInput = z.infer<typeof createCompanySchema>;

export const updateCompanySchema = z
  .object({
    name: nameSchema.optional(),
    uscc: usccSchema.optional(),
    legalRepresentative: z.string().trim().min(1).max(50).optional(),
    phone: phoneSchema.optional(),
    local: z.boolean().optional(),
    partyMembers: countSchema.optional(),
    registeredCapital: attributes.registeredCapital.optional(),
    qualification: attributes.qualification.optional(),
    brandRank: attributes.brandRank.optional(),
    projectsManaged: attributes.projectsManaged.optional(),
    enteredCountyYear: attributes.enteredCountyYear.optional(),
  })
  .strict();
export type UpdateCompanyInput = z.infer<typeof updateCompanySchema>;

/**
 * Why an entry year cannot be (a message), or null: a year after `currentYear` (the county's
 * current year by the injected clock) lies in the future.
 */
export function entryYearProblem(year: number | null | undefined, currentYear: number): string | null {
  if (year === null || year === undefined) return null;
  return year > currentYear ? `Not after the current year (${currentYear}).` : null;
}

/** What tells a brand company (品牌企业): the mechanism's `localEnterprises` setting. */
export interface BrandRule {
  brandMaxRank: number | null;
  brandQualifications: readonly CompanyQualification[];
}

/**
 * A brand company (品牌企业): ranked within `brandMaxRank` of the national list, or holding one
 * of `brandQualifications`. A company with neither attribute recorded is not a brand company.
 */
export function isBrandCompany(
  company: { brandRank: number | null; qualification: CompanyQualification | null },
  rule: BrandRule,
): boolean {
  if (rule.brandMaxRank !== null && company.brandRank !== null && company.brandRank <= rule.brandMaxRank)
    return true;
  return company.qualification !== null && rule.brandQualifications.includes(company.qualification);
}
