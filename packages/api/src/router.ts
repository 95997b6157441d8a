import { OpenAPIHono } from "@hono/zod-openapi";
import { AppError } from "@propgov/core";
import type { AppEnv } from "./context.js";
import { fieldErrors } from "./problem.js";

/**
 * An OpenAPIHono whose validation failures become problem+json naming each failing field:
 * 422 for a body that parsed but does not fit the schema, 400 for bad path or query values.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
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
}

export type Router = ReturnType<typeof createRouter>;
