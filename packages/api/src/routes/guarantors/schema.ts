import { z } from "@hono/zod-openapi";
import { guarantorSchema, idPattern } from "@propgov/core";
import { idParam, tenantParam } from "../shared.js";

// Core's schema is built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const setGuarantorBody = guarantorSchema.meta({
  id: "SetGuarantorRequest",
  description:
    "包保责任人: a user of the county (`userId`), or a named person with a phone (`name` and `phone`); not both.",
  example: { name: "李娜", phone: "13812345678" },
});

export const compoundParams = tenantParam.extend(idParam("cpd", "compound").shape);

export const gridParams = compoundParams.extend({
  gridId: z
    .string()
    .regex(idPattern("grd"), "Not a grid id.")
    .openapi({ param: { name: "gridId", in: "path" }, example: "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

/** County administrators assign any guarantor; region staff those of compounds in their subtree. */
export const guarantorWriters = ["countyAdmin", "regionStaff"] as const;
