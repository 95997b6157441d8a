import { fieldErrors } from "../../problem.js";
import type { Router } from "../../router.js";
import { rejectMechanism, updateMechanism } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { mechanismDocumentSchema, mechanismVersionJson, mechanismVersionSchema } from "./schema.js";

const route = defineRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/mechanism",
  roles: ["countyAdmin"],
  operationId: "updateMechanism",
  tags: ["mechanism"],
  summary: "Replace the mechanism with a new version",
  description:
    "Validates the whole document: its schema, categories' departments within the roster, every roster code an active department of the registry, every policy known to this deployment and each policy's config against its schema. Every error is named at once (`body.<path>`). The previous versions stay; the change is audited.",
  request: {
    body: { content: { "application/json": { schema: mechanismDocumentSchema } }, required: true },
  },
  responses: {
    200: json(mechanismVersionSchema, "The new version."),
  },
});

export const registerUpdateMechanism = (app: Router) =>
  app.openapi(
    route,
    async (c) => c.json(mechanismVersionJson(await updateMechanism(tenantCtx(c), c.req.valid("json"))), 200),
    // A body the schema refuses is validated whole by core too, so the answer names every error
    // (roster, categories, policy configs), not only the schema's.
    // The validator hands the raw body to the hook as `data`.
    (result, c) => {
      if (result.success || result.target !== "json") return undefined;
      const raw = (result as { data?: unknown }).data;
      return rejectMechanism(tenantCtx(c), raw, fieldErrors(result.error, result.target));
    },
  );
