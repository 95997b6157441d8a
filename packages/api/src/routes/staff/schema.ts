import { z } from "@hono/zod-openapi";
import { createStaffSchema, updateStaffSchema } from "@propgov/core";
import type { StaffView } from "../../services/units/staff.js";
import { iso } from "../shared.js";

const example = {
  id: "stf_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  name: "陈静",
  phone: "13812345678",
  team: "propertyService",
  dedicated: true,
  regionId: null,
  compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  unitName: "阳光花园",
  userId: null,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const staffSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phone: z.string().openapi({ description: "A work contact, shown in full to staff roles." }),
    team: z.string().openapi({ description: "A team code of the tenant's mechanism." }),
    dedicated: z.boolean().openapi({ description: "专职: works for the team full time." }),
    regionId: z.string().nullable(),
    compoundId: z.string().nullable(),
    unitName: z.string().openapi({ description: "The name of the region or compound served." }),
    userId: z.string().nullable().openapi({ description: "The person's account, when linked." }),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Staff", {
    description: "三支队伍的专职人员: a member of a staff team serving a region or a compound.",
    example,
  });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createStaffBody = createStaffSchema.meta({
  id: "CreateStaffRequest",
  description: "The unit is a region (`regionId`) or a compound (`compoundId`): exactly one of them.",
  example: {
    name: "陈静",
    phone: "13812345678",
    team: "propertyService",
    dedicated: true,
    compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  },
});

export const updateStaffBody = updateStaffSchema.meta({
  id: "UpdateStaffRequest",
  description:
    "Only the fields sent change. `regionId` or `compoundId` (one of them) moves the person to that unit; `userId: null` unlinks the account.",
  example: { dedicated: false, userId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" },
});

export const staffJson = (s: StaffView) => ({
  ...s,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
  archivedAt: iso(s.archivedAt),
});

/** Staff roles read the register (phones in full); company and committee people do not. */
export const staffReaders = ["countyAdmin", "regionStaff", "departmentOfficer"] as const;
/** County administrators change any; region staff those in their own subtree. */
export const staffWriters = ["countyAdmin", "regionStaff"] as const;
