import type { Router } from "../../router.js";
import { createCase } from "../../services/cases/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { caseJson, caseSchema, createCaseBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases",
  roles: ["countyAdmin", "dispatcher", "regionStaff"],
  operationId: "createCase",
  tags: ["cases"],
  summary: "File a case for a resident (hotline, inspection, walk-in)",
  description:
    "Files a case in a compound: it goes to the compound's community and the grid's guarantor (else the compound's), gets a number such as `MC-2026-000123` and deadlines from its category. Region staff file only for compounds in their subtree.",
  request: {
    body: { content: { "application/json": { schema: createCaseBody } }, required: true },
  },
  responses: {
    201: json(caseSchema, "Filed."),
  },
});

export const registerCreateCase = (app: Router) =>
  app.openapi(route, async (c) => c.json(caseJson(await createCase(tenantCtx(c), c.req.valid("json"))), 201));
