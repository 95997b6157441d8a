import { z } from "@hono/zod-openapi";
import {
  createContractSchema,
  describeObligation,
  obligationKinds,
  updateContractSchema,
} from "@propgov/core";
import type { ContractView, ProjectManagerEntryView } from "../../services/contracts/view.js";
import { iso } from "../shared.js";

/** Who reads contracts: region staff in their subtree, company staff their company's, committee members their compound's. */
export const contractReaders = ["countyAdmin", "regionStaff", "companyStaff", "committeeMember"] as const;
/** Who records and changes contracts: county administrators, and region staff inside their subtree. */
export const contractWriters = ["countyAdmin", "regionStaff"] as const;

const projectManager = { name: "刘洋", phone: "13812345678" };

const obligationsExample = [
  { kind: "cleaningFrequency" as const, value: 2 },
  { kind: "repairResponseHours" as const, value: 24, note: "合同第五条：报修24小时内响应" },
];

/** An obligation as read back: the promise, its unit and labels. */
export const obligationSchema = z
  .object({
    kind: z.enum(obligationKinds),
    value: z.number(),
    note: z.string().nullable(),
    unit: z.enum(["perDay", "perMonth", "hours"]),
    label: z.object({ zh: z.string(), en: z.string() }),
    unitLabel: z.object({ zh: z.string(), en: z.string() }),
  })
  .openapi("ContractObligation", {
    example: {
      kind: "repairResponseHours",
      value: 24,
      note: "合同第五条：报修24小时内响应",
      unit: "hours",
      label: { zh: "报修响应时限", en: "Repair response time" },
      unitLabel: { zh: "小时", en: "hours" },
    },
  });

const example = {
  id: "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  companyId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  companyName: "蒙城县安居物业服务有限公司",
  compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  compoundName: "阳光花园",
  startsOn: "2026-01-01",
  endsOn: "2028-12-31",
  feeStandard: 0.85,
  projectManager,
  obligations: obligationsExample.map(describeObligation),
  active: true,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const contractSchema = z
  .object({
    id: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    compoundId: z.string(),
    compoundName: z.string(),
    startsOn: z.string().openapi({ format: "date" }),
    endsOn: z.string().openapi({ format: "date" }),
    feeStandard: z.number().openapi({ description: "物业费标准, yuan per m² per month." }),
    projectManager: z.object({ name: z.string(), phone: z.string() }),
    obligations: z.array(obligationSchema).openapi({
      description:
        "服务承诺: what complaints and inspections are checked against (the contractPerformance policy).",
    }),
    active: z.boolean().openapi({
      description: "Not archived, and today (in the county's time zone) lies between startsOn and endsOn.",
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Contract", { example });

export const projectManagerEntrySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phone: z.string(),
    since: z.string(),
    recordedBy: z.string().nullable(),
  })
  .openapi("ProjectManagerEntry", {
    example: {
      id: "pmh_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      ...projectManager,
      since: "2026-11-26T08:00:00.000Z",
      recordedBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    },
  });

export const projectManagerHistorySchema = z
  .object({ items: z.array(projectManagerEntrySchema) })
  .openapi("ProjectManagerHistory");

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createContractBody = createContractSchema.meta({
  id: "CreateContractRequest",
  example: {
    companyId: example.companyId,
    compoundId: example.compoundId,
    startsOn: example.startsOn,
    endsOn: example.endsOn,
    feeStandard: example.feeStandard,
    projectManager,
    obligations: obligationsExample,
  },
});

export const updateContractBody = updateContractSchema.meta({
  id: "UpdateContractRequest",
  example: { feeStandard: 0.9, projectManager: { name: "陈静", phone: "13956781234" } },
});

export const contractJson = (c: ContractView) => ({
  ...c,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  archivedAt: iso(c.archivedAt),
});

export const projectManagerEntryJson = (e: ProjectManagerEntryView) => ({
  ...e,
  since: e.since.toISOString(),
});
