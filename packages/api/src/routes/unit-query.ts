import { z } from "@hono/zod-openapi";
import { registryListQuery } from "./shared.js";

const idQuery = (name: string, description: string, example: string) =>
  z
    .string()
    .max(64)
    .optional()
    .openapi({ param: { name, in: "query" }, description, example });

/** The list query of bodies, staff and venues: the registry's, plus where the unit lies. */
export const unitListQuery = registryListQuery.extend({
  regionId: idQuery(
    "regionId",
    "At this region or at any unit under it (compounds through their community).",
    "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  ),
  compoundId: idQuery("compoundId", "At this compound.", "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"),
});

/** A mechanism code in a query (a level or a team). */
export const codeQuery = (name: string, description: string, example: string) =>
  z
    .string()
    .trim()
    .max(40)
    .optional()
    .openapi({ param: { name, in: "query" }, description, example });
