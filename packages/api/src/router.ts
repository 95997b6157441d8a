import { OpenAPIHono } from "@hono/zod-openapi";
import { AppError } from "@propgov/core";
import type { AppEnv } from "./context.js";
import { rejectUnstorable } from "./input-guard.js";
import { fieldErrors } from "./problem.js";

/**
 * An OpenAPIHono whose validation failures become problem+json naming each failing field:
 * 422 for a body that parsed but does not fit the schema, 400 for bad path or query values.
 * Before any schema, every validated part is checked for text the database cannot store (a NUL
 * character, a lone surrogate), whether the schema passes or not and whatever hook a route has.
 */
export function createRouter() {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      rejectUnstorable(inputOf(result), result.target);
      if (result.success) return;
      const errors = fieldErrors(result.error, result.target);
      const bodyProblem = result.target === "json" || result.target === "form";
      throw new AppError(
        bodyProblem ? "unprocessable" : "bad_request",
        errors.map((e) => `${e.path}: ${e.message}`).join("; "),
        { errors },
      );
    },
  });
  // A route's own hook replaces the default one: the text check runs before it all the same.
  const openapi = app.openapi.bind(app);
  app.openapi = ((route, handler, hook) =>
    openapi(
      route,
      handler,
      hook &&
        ((result, c) => {
          rejectUnstorable(inputOf(result), result.target);
          return hook(result, c);
        }),
    )) as typeof app.openapi;
  return app;
}

/**
 * What the validator checked: the parsed value when the schema passed (what the handler will use),
 * else the raw input, which the validator hands to the hook as `data` too.
 */
const inputOf = (result: object) => (result as { data?: unknown }).data;

export type Router = ReturnType<typeof createRouter>;
