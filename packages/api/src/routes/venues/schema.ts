import { z } from "@hono/zod-openapi";
import { createVenueSchema, updateVenueSchema, venuePurposes } from "@propgov/core";
import type { VenueView } from "../../services/units/venues.js";
import { iso } from "../shared.js";

const example = {
  id: "ven_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  level: "compound",
  regionId: null,
  compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  unitName: "阳光花园",
  name: "阳光花园红色议事厅",
  address: "蒙城县城关街道漆园路88号3号楼一层",
  areaM2: 60,
  purpose: ["consultation", "mediation"],
  purposeLabels: [
    { zh: "协商议事", en: "Consultation" },
    { zh: "矛盾纠纷调解", en: "Dispute mediation" },
  ],
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const venueSchema = z
  .object({
    id: z.string(),
    level: z.string().openapi({ description: "A level code of the tenant's mechanism." }),
    regionId: z.string().nullable(),
    compoundId: z.string().nullable(),
    unitName: z.string().openapi({ description: "The name of the region or compound." }),
    name: z.string(),
    address: z.string(),
    areaM2: z.number().openapi({ description: "Floor area in square metres." }),
    purpose: z.array(z.enum(venuePurposes)),
    purposeLabels: z.array(z.object({ zh: z.string(), en: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Venue", {
    description: "阵地: an office for consultation and dispute mediation at a region or a compound.",
    example,
  });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createVenueBody = createVenueSchema.meta({
  id: "CreateVenueRequest",
  description: "The unit is a region (`regionId`) or a compound (`compoundId`): exactly one of them.",
  example: {
    level: "compound",
    compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    name: "阳光花园红色议事厅",
    address: "蒙城县城关街道漆园路88号3号楼一层",
    areaM2: 60,
    purpose: ["consultation", "mediation"],
  },
});

export const updateVenueBody = updateVenueSchema.meta({
  id: "UpdateVenueRequest",
  description:
    "Only the fields sent change. `regionId` or `compoundId` (one of them) moves the venue to that unit.",
  example: { areaM2: 80, purpose: ["mediation"] },
});

export const venueJson = (v: VenueView) => ({
  ...v,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
  archivedAt: iso(v.archivedAt),
});

/** Staff roles read the mechanism's units; company and committee people do not. */
export const venueReaders = ["countyAdmin", "regionStaff", "departmentOfficer"] as const;
/** County administrators change any; region staff those in their own subtree. */
export const venueWriters = ["countyAdmin", "regionStaff"] as const;
