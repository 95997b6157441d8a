import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { optOutPublicCaseSms } from "../../services/cases/public.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { publicRateLimit } from "./limits.js";
import { trackingParams } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/public/cases/{trackingCode}/sms-opt-out",
  roles: "public",
  use: [publicRateLimit("publicSmsOptOut")],
  errors: [429],
  operationId: "optOutPublicCaseSms",
  tags: ["public"],
  summary: "The reporter stops text messages about this case (退订短信, no login)",
  description:
    "Where the reporter gave a phone and the county has SMS configured, status changes of the case are texted to them; this stops further texts about this case (texts not yet sent are dropped). Idempotent: the first opt-out's time is kept. The status stays on the public tracking view. Unknown tracking code (or another county's) → 404. Rate-limited per client like reports.",
  request: { params: trackingParams },
  responses: {
    200: json(
      z
        .object({ number: z.string(), smsOptedOut: z.literal(true), smsOptedOutAt: z.string() })
        .openapi("PublicSmsOptOut", {
          example: { number: "MC-2026-000123", smsOptedOut: true, smsOptedOutAt: "2026-11-26T08:00:00.000Z" },
        }),
      "Texts stopped.",
    ),
  },
});

export const registerOptOutPublicCaseSms = (app: Router) =>
  app.openapi(route, async (c) => {
    const r = await optOutPublicCaseSms(tenantCtx(c), c.req.valid("param").trackingCode);
    return c.json(
      { number: r.number, smsOptedOut: true as const, smsOptedOutAt: r.smsOptedOutAt.toISOString() },
      200,
    );
  });
