import { z } from "@hono/zod-openapi";
import { AppError } from "@propgov/core";
import type { Router } from "../../router.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";

const route = defineRoute({
  method: "get",
  path: "/ready",
  roles: "public",
  operationId: "getReady",
  tags: ["system"],
  summary: "Readiness: the database answers",
  responses: {
    200: json(
      z
        .object({ status: z.literal("ready"), database: z.enum(["pglite", "postgres"]) })
        .openapi({ example: { status: "ready", database: "postgres" } }),
      "The database answered.",
    ),
  },
});

const TIMEOUT_MS = 2_000;

export const registerGetReady = (app: Router) =>
  app.openapi(route, async (c) => {
    const { db } = c.get("deps");
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        db.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
        }),
      ]);
    } catch {
      throw new AppError("unavailable", "The database does not answer.", { retryAfter: 5 });
    } finally {
      clearTimeout(timer);
    }
    return c.json({ status: "ready" as const, database: db.driver }, 200);
  });
