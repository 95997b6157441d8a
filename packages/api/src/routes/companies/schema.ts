import { z } from "@hono/zod-openapi";
import { createCompanySchema, updateCompanySchema } from "@propgov/core";
import type { CompanyView } from "../../services/companies.js";
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
