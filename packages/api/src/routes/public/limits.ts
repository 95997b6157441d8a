import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../context.js";
import { assertPublicRate, type PublicPurpose } from "../../services/rate-limit.js";
import { tenantCtx } from "../ctx.js";

/**
 * Route middleware: counts the request against the client's per-minute budget for `purpose`
 * (the tenant's `publicIntake.perMinute` for writes, `publicReads.perMinute` for reads) before
 * the input is even read, so malformed floods count too; over budget → 429 with Retry-After.
 */
export const publicRateLimit = (purpose: PublicPurpose) =>
  createMiddleware<AppEnv>(async (c, next) => {
    await assertPublicRate(tenantCtx(c), purpose, c.get("deps").clientAddress(c));
    await next();
  });
