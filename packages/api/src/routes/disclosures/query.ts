import { z } from "@hono/zod-openapi";
import { idPattern } from "@propgov/core";

/** The filters the staff list and the public board share. */
export const disclosureQueryFilters = {
  compoundId: z
    .string()
    .regex(idPattern("cpd"), "Not a compound id.")
    .optional()
    .openapi({ param: { name: "compoundId", in: "query" }, example: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1" }),
  companyId: z
    .string()
    .regex(idPattern("cmp"), "Not a company id.")
    .optional()
    .openapi({ param: { name: "companyId", in: "query" }, example: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A2" }),
  item: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9]{0,49}$/, "An item code, e.g. publicRevenue.")
    .optional()
    .openapi({ param: { name: "item", in: "query" }, example: "publicRevenue" }),
};
