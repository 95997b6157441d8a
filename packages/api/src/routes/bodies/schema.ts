import { z } from "@hono/zod-openapi";
import { createBodySchema, updateBodySchema } from "@propgov/core";
import type { BodyView } from "../../services/units/bodies.js";
import { iso } from "../shared.js";

const example = {
  id: "bdy_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  level: "community",
  regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
  compoundId: null,
  unitName: "东关社区",
  name: "东关社区物业管理服务站",
  establishedOn: "2024-03-01",
  contact: { name: "李强", phone: "0558-7123456" },
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const bodySchema = z
  .object({
    id: z.string(),
    level: z.string().openapi({ description: "A level code of the tenant's mechanism." }),
    regionId: z.string().nullable(),
    compoundId: z.string().nullable(),
    unitName: z.string().openapi({ description: "The name of the region or compound." }),
    name: z.string(),
    establishedOn: z.string().nullable(),
    contact: z.object({ name: z.string(), phone: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Body", {
    description: "物业管理机构: a property-management body of a mechanism level, at a region or a compound.",
    example,
  });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createBodyBody = createBodySchema.meta({
  id: "CreateBodyRequest",
  description: "The unit is a region (`regionId`) or a compound (`compoundId`): exactly one of them.",
  example: {
    level: "community",
    regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
    name: "东关社区物业管理服务站",
    establishedOn: "2024-03-01",
    contact: { name: "李强", phone: "0558-7123456" },
  },
});

export const updateBodyBody = updateBodySchema.meta({
  id: "UpdateBodyRequest",
  description:
    "Only the fields sent change. `regionId` or `compoundId` (one of them) moves the body to that unit.",
  example: { name: "东关社区物业管理办公室", contact: { name: "王芳", phone: "13812345678" } },
});

export const bodyJson = (b: BodyView) => ({
  ...b,
  createdAt: b.createdAt.toISOString(),
  updatedAt: b.updatedAt.toISOString(),
  archivedAt: iso(b.archivedAt),
});

/** Staff roles read the mechanism's units; company and committee people do not. */
export const bodyReaders = ["countyAdmin", "regionStaff", "departmentOfficer"] as const;
/** County administrators change any; region staff those in their own subtree. */
export const bodyWriters = ["countyAdmin", "regionStaff"] as const;
