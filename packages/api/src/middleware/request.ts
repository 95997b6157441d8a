import { newId } from "@propgov/core";
import { createMiddleware } from "hono/factory";
import type { AppEnv, ResolvedDeps } from "../context.js";
import { actorIdOf } from "../services/audit.js";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * First middleware of every request: a request id (the caller's `x-request-id` when it is
 * sane, else a new one) echoed on the response, the dependencies, and one log line at the end.
 */
export function requestContext(deps: ResolvedDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const given = c.req.header("x-request-id");
    const requestId = given && REQUEST_ID.test(given) ? given : newId("request");
    c.set("requestId", requestId);
    c.set("deps", deps);
    c.set("principal", null);
    c.header("x-request-id", requestId);
    await next();
    if (c.res.headers.get("x-request-id") !== requestId) {
      // A response built outside the context (e.g. by the not-found path) gets the header too.
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set("x-request-id", requestId);
    }
    const status = c.res.status;
    deps.logger.request?.({
      level: status >= 500 ? "error" : status >= 400 ? "warn" : "info",
      msg: "request",
      requestId,
      tenant: c.get("tenant")?.slug ?? null,
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      actor: actorLabel(c.get("principal")),
    });
  });
}

function actorLabel(principal: AppEnv["Variables"]["principal"]): string | null {
  return actorIdOf(principal);
}
