import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listBodies } from "../../services/bodies.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, pageOf, security, tenantParam } from "../shared.js";
import { codeQuery, unitListQuery } from "../unit-query.js";
import { bodyJson, bodyReaders, bodySchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/bodies",
  operationId: "listBodies",
  tags: ["bodies"],
  summary: "List property-management bodies (物业管理机构)",
  description: "`q` searches names. Region staff see the bodies of their subtree.",
  security,
  middleware: [requireRole(bodyReaders)] as const,
  request: {
    params: tenantParam,
    query: unitListQuery.extend({ level: codeQuery("level", "Bodies of this level.", "community") }),
  },
  responses: {
    200: json(pageOf(bodySchema, "BodyPage"), "A page of bodies, oldest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListBodies = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listBodies(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(bodyJson), nextCursor: page.nextCursor }, 200);
  });
