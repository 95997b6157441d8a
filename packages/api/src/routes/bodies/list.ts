import type { Router } from "../../router.js";
import { listBodies } from "../../services/units/bodies.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf } from "../shared.js";
import { codeQuery, unitListQuery } from "../unit-query.js";
import { bodyJson, bodyReaders, bodySchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/bodies",
  roles: bodyReaders,
  operationId: "listBodies",
  tags: ["bodies"],
  summary: "List property-management bodies (物业管理机构)",
  description: "`q` searches names. Region staff see the bodies of their subtree.",
  request: {
    query: unitListQuery.extend({ level: codeQuery("level", "Bodies of this level.", "community") }),
  },
  responses: {
    200: json(pageOf(bodySchema, "BodyPage"), "A page of bodies, oldest first."),
  },
});

export const registerListBodies = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listBodies(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(bodyJson), nextCursor: page.nextCursor }, 200);
  });
