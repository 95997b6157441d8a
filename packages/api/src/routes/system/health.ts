import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";

const route = defineRoute({
  method: "get",
  path: "/health",
  roles: "public",
  operationId: "getHealth",
  tags: ["system"],
  summary: "Liveness: the process answers",
  responses: {
    200: json(
      z.object({ status: z.literal("ok") }).openapi({ example: { status: "ok" } }),
      "The process is alive.",
    ),
  },
});

export const registerGetHealth = (app: Router) =>
  app.openapi(route, (c) => c.json({ status: "ok" as const }, 200));
