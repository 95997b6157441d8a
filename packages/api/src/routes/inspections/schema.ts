import { z } from "@hono/zod-openapi";
import { createInspectionSchema, obligationKinds } from "@propgov/core";
import type { InspectionView } from "../../services/inspections/view.js";

/** Who reads inspections: the county, region staff in their subtree, the company inspected, the compound's committee. */
export const inspectionReaders = ["countyAdmin", "regionStaff", "companyStaff", "committeeMember"] as const;
/** Who records inspections: county administrators, and township / community staff inside their subtree. */
export const inspectionWriters = ["countyAdmin", "regionStaff"] as const;

const label = z.object({ zh: z.string(), en: z.string() });

const example = {
  id: "isp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  contractId: "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  compoundName: "阳光花园",
  companyId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  companyName: "蒙城县安居物业服务有限公司",
  inspectedAt: "2026-11-20T02:00:00.000Z",
  inspector: "王建国",
  results: [
    {
      kind: "cleaningFrequency",
      label: { zh: "公共区域保洁频次", en: "Cleaning of common areas" },
      unit: "perDay",
      unitLabel: { zh: "次/日", en: "times a day" },
      promised: 2,
      observed: 1,
      passed: false,
      note: "楼道当日仅清扫一次",
    },
  ],
  passed: false,
  note: null,
  recordedBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  createdAt: "2026-11-20T03:00:00.000Z",
};

export const inspectionSchema = z
  .object({
    id: z.string(),
    contractId: z.string(),
    compoundId: z.string(),
    compoundName: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    inspectedAt: z.string(),
    inspector: z.string(),
    results: z.array(
      z.object({
        kind: z.enum(obligationKinds),
        label,
        unit: z.enum(["perDay", "perMonth", "hours"]),
        unitLabel: label,
        promised: z.number().openapi({ description: "The contract's promise on the day inspected." }),
        observed: z.number().nullable(),
        passed: z.boolean(),
        note: z.string().nullable(),
      }),
    ),
    passed: z.boolean().openapi({ description: "Whether every obligation checked passed." }),
    note: z.string().nullable(),
    recordedBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Inspection", { example });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createInspectionBody = createInspectionSchema.meta({
  id: "CreateInspectionRequest",
  example: {
    compoundId: example.compoundId,
    inspectedAt: "2026-11-20T10:00:00+08:00",
    inspector: "王建国",
    results: [
      { kind: "cleaningFrequency", observed: 1, note: "楼道当日仅清扫一次" },
      { kind: "securityPatrols", passed: true },
    ],
  },
});

export const inspectionJson = (v: InspectionView) => ({
  ...v,
  inspectedAt: v.inspectedAt.toISOString(),
  createdAt: v.createdAt.toISOString(),
});
