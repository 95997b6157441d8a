import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listProjectManagers } from "../../services/contracts.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { contractReaders, projectManagerEntryJson, projectManagerHistorySchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/contracts/{id}/project-managers",
  operationId: "listContractProjectManagers",
  tags: ["contracts"],
  summary: "The project managers of a contract over time",
  description:
    "Append-only history, oldest first: the first entry is the manager the contract was recorded with.",
  security,
  middleware: [requireRole(contractReaders)] as const,
  request: { params: tenantParam.extend(idParam("ctr", "contract").shape) },
  responses: {
    200: json(projectManagerHistorySchema, "The history, oldest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListContractProjectManagers = (app: Router) =>
  app.openapi(route, async (c) => {
    const entries = await listProjectManagers(tenantCtx(c), c.req.valid("param").id);
    return c.json({ items: entries.map(projectManagerEntryJson) }, 200);
  });
