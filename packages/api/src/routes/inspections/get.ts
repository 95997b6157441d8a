import type { Router } from "../../router.js";
import { getInspection } from "../../services/inspections/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { inspectionJson, inspectionReaders, inspectionSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/inspections/{id}",
  roles: inspectionReaders,
  operationId: "getInspection",
  tags: ["contracts"],
  summary: "Get an inspection of a contract (履约检查)",
  request: { params: idParam("isp", "inspection") },
  responses: {
    200: json(inspectionSchema, "The inspection."),
  },
});

export const registerGetInspection = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(inspectionJson(await getInspection(tenantCtx(c), c.req.valid("param").id)), 200),
  );
