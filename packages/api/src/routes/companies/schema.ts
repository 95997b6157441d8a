import { z } from "@hono/zod-openapi";
import { companyQualifications, createCompanySchema, updateCompanySchema } from "@propgov/core";
import type { CompanyView } from "../../services/companies/view.js";
import { iso } from "../shared.js";

/** Who reads the register: company staff their own company only; committee members not at all. */
export const companyReaders = ["countyAdmin", "regionStaff", "departmentOfficer", "companyStaff"] as const;

const example = {
  id: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  name: "蒙城县安居物业服务有限公司",
  uscc: "91341622MA2N00001T",
  legalRepresentative: "张伟",
  phone: "0558-7123456",
  local: true,
  partyMembers: 4,
  registeredCapital: 500,
  qualification: "grade2",
  brandRank: null,
  projectsManaged: 12,
  enteredCountyYear: 2015,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const companySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    uscc: z.string().openapi({ description: "统一社会信用代码 (GB 32100-2015), upper case." }),
    legalRepresentative: z.string(),
    phone: z.string(),
    local: z.boolean().openapi({ description: "Registered in this county." }),
    partyMembers: z.number().int().openapi({ description: "Full party members among the staff." }),
    registeredCapital: z
      .number()
      .nullable()
      .openapi({ description: "注册资本 in 10,000 CNY (万元); null: not recorded." }),
    qualification: z.enum(companyQualifications).nullable().openapi({
      description: "资质等级: grade1 一级, grade2 二级, grade3 三级; null: none recorded.",
    }),
    brandRank: z.number().int().nullable().openapi({
      description:
        "品牌排名: rank in the national top list of property companies (1 first); null: not ranked. With the qualification it tells brand companies (cultivateExcellence.config.localEnterprises).",
    }),
    projectsManaged: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "在管项目数: projects the company manages, anywhere." }),
    enteredCountyYear: z.number().int().nullable().openapi({
      description: "进入本县市场年份: the year it entered the county's market; not after the current year.",
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Company", { example });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createCompanyBody = createCompanySchema.meta({
  id: "CreateCompanyRequest",
  example: {
    name: example.name,
    uscc: example.uscc,
    legalRepresentative: example.legalRepresentative,
    phone: example.phone,
    local: true,
    partyMembers: 4,
    registeredCapital: 500,
    qualification: "grade2",
    projectsManaged: 12,
    enteredCountyYear: 2015,
  },
});

export const updateCompanyBody = updateCompanySchema.meta({
  id: "UpdateCompanyRequest",
  example: { phone: "13812345678", partyMembers: 5 },
});

export const companyJson = (c: CompanyView) => ({
  ...c,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  archivedAt: iso(c.archivedAt),
});
