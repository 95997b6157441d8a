import type { Router } from "../../router.js";
import { listProjectManagers } from "../../services/contracts/project-managers.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { contractReaders, projectManagerEntryJson, projectManagerHistorySchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/contracts/{id}/project-managers",
  roles: contractReaders,
  operationId: "listContractProjectManagers",
  tags: ["contracts"],
  summary: "The project managers of a contract over time",
  description:
    "Append-only history, oldest first: the first entry is the manager the contract was recorded with.",
  request: { params: idParam("ctr", "contract") },
  responses: {
    200: json(projectManagerHistorySchema, "The history, oldest first."),
  },
});

export const registerListContractProjectManagers = (app: Router) =>
  app.openapi(route, async (c) => {
    const entries = await listProjectManagers(tenantCtx(c), c.req.valid("param").id);
    return c.json({ items: entries.map(projectManagerEntryJson) }, 200);
  });
