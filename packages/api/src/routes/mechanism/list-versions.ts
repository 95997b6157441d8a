import type { Router } from "../../router.js";
import { listMechanismVersions } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json, pageOf, paginationQuery } from "../shared.js";
import { mechanismVersionSummaryJson, mechanismVersionSummarySchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/mechanism/versions",
  roles: anyTenantRole,
  operationId: "listMechanismVersions",
  tags: ["mechanism"],
  summary: "List the mechanism's versions, newest first",
  description: "Without their documents: read one with `GET mechanism/versions/{n}`.",
  request: { query: paginationQuery },
  responses: {
    200: json(
      pageOf(mechanismVersionSummarySchema, "MechanismVersionPage"),
      "A page of versions, newest first.",
    ),
  },
});

export const registerListMechanismVersions = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listMechanismVersions(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(mechanismVersionSummaryJson), nextCursor: page.nextCursor }, 200);
  });
