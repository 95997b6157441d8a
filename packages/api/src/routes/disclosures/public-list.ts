import type { Router } from "../../router.js";
import { listPublicDisclosures } from "../../services/disclosures/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { publicRateLimit } from "../public/limits.js";
import { json, pageOf, paginationQuery } from "../shared.js";
import { disclosureQueryFilters } from "./query.js";
import { publicDisclosureJson, publicDisclosureSchema } from "./schema.js";

const query = paginationQuery
  .extend(disclosureQueryFilters)
  .refine((q) => q.compoundId !== undefined || q.companyId !== undefined, {
    path: ["compoundId"],
    message: "Give compoundId, companyId or both.",
  });

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/disclosures",
  roles: "public",
  use: [publicRateLimit("publicRead")],
  errors: [429],
  operationId: "listPublicDisclosures",
  tags: ["public"],
  summary: "The disclosure board of a compound or a company (no login)",
  description:
    "For residents and the disclosure-board widget; no credentials. Published, not withdrawn disclosures of the compound and/or the company, newest first. No personal data: not who published it. Without `compoundId` or `companyId` → 400 naming `query.compoundId`. Rate-limited per client (the county's `publicReads.perMinute`, default 120 a minute; 429 with Retry-After).",
  request: { query },
  responses: {
    200: json(pageOf(publicDisclosureSchema, "PublicDisclosurePage"), "A page of disclosures, newest first."),
  },
});

export const registerListPublicDisclosures = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listPublicDisclosures(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(publicDisclosureJson), nextCursor: page.nextCursor }, 200);
  });
