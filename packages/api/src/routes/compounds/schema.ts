import { z } from "@hono/zod-openapi";
import { createCompoundSchema, serviceModes, updateCompoundSchema } from "@propgov/core";
import type { CompoundView } from "../../services/compounds/view.js";
import { iso } from "../shared.js";

const example = {
  id: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  name: "阳光花园",
  address: "蒙城县城关街道漆园路88号",
  communityId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
  communityName: "东关社区",
  buildings: 12,
  households: 860,
  location: { lat: 33.2651, lng: 116.5646 },
  serviceMode: "professional",
  serviceModeLabel: { zh: "专业化物业服务", en: "Professional property service" },
  selfManagedSince: null,
  residentPartyMembers: 23,
  grids: [
    {
      id: "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      name: "1号网格",
      guarantor: { userId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "张伟", phone: null },
    },
    {
      id: "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
      name: "2号网格",
      guarantor: { userId: null, name: "李娜", phone: "13812345678" },
    },
  ],
  guarantor: { userId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1", name: "王强", phone: null },
  hasCommittee: true,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

const guarantorJson = z
  .object({
    userId: z.string().nullable(),
    name: z.string(),
    phone: z.string().nullable(),
  })
  .openapi("Guarantor", {
    description:
      "包保责任人: a user of the county (`userId`, shown by display name, no phone) or a named person with a phone (`userId` null).",
    example: { userId: null, name: "李娜", phone: "13812345678" },
  });

export const compoundSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string(),
    communityId: z.string(),
    communityName: z.string(),
    buildings: z.number().int(),
    households: z.number().int(),
    location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
    serviceMode: z.enum(serviceModes),
    serviceModeLabel: z.object({ zh: z.string(), en: z.string() }),
    selfManagedSince: z.string().nullable().openapi({
      description:
        "When the self-management arrangement (自管) started; service coverage counts a self-managed compound from this day on, and not without it.",
      example: null,
    }),
    residentPartyMembers: z.number().int(),
    grids: z.array(z.object({ id: z.string(), name: z.string(), guarantor: guarantorJson.nullable() })),
    /** 包保责任人 of the whole compound; set with PUT …/compounds/{id}/guarantor. */
    guarantor: guarantorJson.nullable(),
    hasCommittee: z.boolean().openapi({ description: "An owners' committee is in term today." }),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Compound", { example });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createCompoundBody = createCompoundSchema.meta({
  id: "CreateCompoundRequest",
  example: {
    name: "阳光花园",
    address: "蒙城县城关街道漆园路88号",
    communityId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
    buildings: 12,
    households: 860,
    location: { lat: 33.2651, lng: 116.5646 },
    serviceMode: "professional",
    residentPartyMembers: 23,
    grids: [
      { name: "1号网格", guarantor: { userId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" } },
      { name: "2号网格", guarantor: { name: "李娜", phone: "13812345678" } },
    ],
  },
});

export const updateCompoundBody = updateCompoundSchema.meta({
  id: "UpdateCompoundRequest",
  description:
    "Only the fields sent change. `grids` replaces the whole set: a grid with the `id` of an existing grid is updated in place, one without `id` is added, and existing grids left out are deleted.",
  example: {
    serviceMode: "selfManaged",
    selfManagedSince: "2026-03-01",
    grids: [
      {
        id: "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
        name: "1号网格",
        guarantor: { name: "王芳", phone: "13912345678" },
      },
      { name: "3号网格", guarantor: null },
    ],
  },
});

export const compoundJson = (c: CompoundView) => ({
  ...c,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  archivedAt: iso(c.archivedAt),
});

/** Who changes compounds: county administrators anywhere, region staff in their own subtree. */
export const compoundWriters = ["countyAdmin", "regionStaff"] as const;
