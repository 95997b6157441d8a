import { z } from "@hono/zod-openapi";
import { createDisclosureSchema, withdrawDisclosureSchema } from "@propgov/core";
import type { DisclosureView, PublicDisclosureView } from "../../services/disclosures/view.js";
import { iso } from "../shared.js";

const label = z.object({ zh: z.string(), en: z.string() });
const unit = z.object({ id: z.string(), name: z.string() });

/** Who may publish and withdraw disclosures (each within their part; see the service). */
export const publisherRoles = ["countyAdmin", "regionStaff", "companyStaff", "committeeMember"] as const;

const publicExample = {
  id: "dsc_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  compound: { id: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1", name: "阳光花园" },
  company: { id: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A2", name: "蒙城县安居物业服务有限公司" },
  item: { code: "publicRevenue", label: { zh: "公共收益收支", en: "Public revenue and its use" } },
  period: "2026-Q3",
  title: "2026年第三季度公共收益收支公示",
  content: "电梯广告收入12,000元；停车场收入8,500元；支出：公共设施维修6,200元。",
  attachments: ["https://files.example.gov.cn/mengcheng/2026q3-revenue.pdf"],
  publishedAt: "2026-10-08T02:00:00.000Z",
};

export const disclosureSchema = z
  .object({
    id: z.string(),
    compound: unit.nullable(),
    company: unit.nullable(),
    item: z.object({ code: z.string(), label }),
    period: z
      .string()
      .openapi({ description: "`2026-10` (monthly), `2026-Q4` (quarterly) or `2026` (yearly)." }),
    title: z.string(),
    content: z.string(),
    attachments: z.array(z.string()),
    publishedAt: z.string(),
    publishedBy: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
    withdrawnAt: z.string().nullable(),
    withdrawnBy: z.string().nullable().openapi({ description: "The user or API key that withdrew it." }),
    withdrawalReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Disclosure", {
    example: {
      ...publicExample,
      publishedBy: { id: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A3", name: "王经理" },
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
      createdAt: "2026-10-08T02:00:00.000Z",
      updatedAt: "2026-10-08T02:00:00.000Z",
    },
  });

export const publicDisclosureSchema = z
  .object({
    id: z.string(),
    compound: unit.nullable(),
    company: unit.nullable(),
    item: z.object({ code: z.string(), label }),
    period: z.string(),
    title: z.string(),
    content: z.string(),
    attachments: z.array(z.string()),
    publishedAt: z.string(),
  })
  .openapi("PublicDisclosure", { example: publicExample });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createDisclosureBody = createDisclosureSchema.meta({
  id: "CreateDisclosureRequest",
  description:
    "`item`: a code of the county's informationDisclosure policy (feeStandard, serviceStandard, publicRevenue, maintenanceFund, committeeDecisions, contractSummary). `period` on that item's cadence: `2026-10` monthly, `2026-Q4` quarterly, `2026` yearly. At least one of `compoundId` and `companyId`; a company's disclosure for a compound names both.",
  example: {
    compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
    companyId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A2",
    item: "publicRevenue",
    period: "2026-Q3",
    title: "2026年第三季度公共收益收支公示",
    content: "电梯广告收入12,000元；停车场收入8,500元；支出：公共设施维修6,200元。",
    attachments: ["https://files.example.gov.cn/mengcheng/2026q3-revenue.pdf"],
  },
});

export const withdrawDisclosureBody = withdrawDisclosureSchema.meta({
  id: "WithdrawDisclosureRequest",
  example: { reason: "金额有误，更正后重新公示。" },
});

export const disclosureJson = (d: DisclosureView) => ({
  ...d,
  publishedAt: d.publishedAt.toISOString(),
  withdrawnAt: iso(d.withdrawnAt),
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
});

/** Only the public fields, whatever the view carries. */
export const publicDisclosureJson = (d: PublicDisclosureView) => ({
  id: d.id,
  compound: d.compound,
  company: d.company,
  item: d.item,
  period: d.period,
  title: d.title,
  content: d.content,
  attachments: d.attachments,
  publishedAt: d.publishedAt.toISOString(),
});
