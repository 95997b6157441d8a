import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseSchema, whistleBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/whistle",
  roles: caseActorRoles,
  operationId: "whistleCase",
  tags: ["cases"],
  summary: "Whistle departments to a case (吹哨)",
  description:
    "Summons departments of the roster: those named in `departmentIds`, else the category's default departments. Each must check in (报到) by its deadline.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: whistleBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case, with the summoned departments."),
    ...caseConflict,
  },
});

export const registerWhistleCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      caseJson(
        await actOnCase(tenantCtx(c), id, {
          type: "whistle",
          departmentIds: body.departmentIds,
          note: body.note,
        }),
      ),
      200,
    );
  });
