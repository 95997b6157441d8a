import { z } from "@hono/zod-openapi";
import { caseRatings, caseStatuses, publicCaseSchema, rateSchema, trackingCodeSchema } from "@propgov/core";
import { publicAttachmentPath } from "../../services/attachments/view.js";
import type { PublicCaseView, PublicReceipt } from "../../services/cases/public.js";
import { IDEMPOTENCY_KEY_PATTERN } from "../../services/idempotency.js";
import { tenantParam } from "../shared.js";

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const publicCaseBody = publicCaseSchema.meta({
  id: "PublicCaseRequest",
  description:
    "A resident's report. `website` is a honeypot: leave it out or empty (a widget hides it from people).",
  example: {
    category: "serviceQuality",
    compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    description: "3号楼电梯坏了三天，物业没人来修。",
    location: { text: "3号楼2单元" },
    photos: [],
    reporter: { name: "张三", phone: "13812345678" },
  },
});

export const publicRatingBody = rateSchema.meta({
  id: "PublicRatingRequest",
  example: { rating: "satisfied", comment: "处理及时，谢谢。" },
});

export const idempotencyHeaders = z.object({
  "idempotency-key": z
    .string()
    .regex(IDEMPOTENCY_KEY_PATTERN, "1 to 200 printable ASCII characters.")
    .optional()
    .openapi({
      param: { name: "idempotency-key", in: "header" },
      description:
        "Any unique string per report (e.g. a UUID): a retry with the same key and body gets the first answer and files no second case. Remembered for 24 hours.",
      example: "2f1c5a0e-6d0b-4c39-9f4e-1b7d2a9c8e11",
    }),
});

export const trackingParams = tenantParam.extend({
  trackingCode: trackingCodeSchema.meta({
    param: { name: "trackingCode", in: "path", description: "The tracking code (any letter case)." },
    example: "K7QH-3M9T-XR2P",
  }),
});

const label = z.object({ zh: z.string(), en: z.string() });

export const publicReceiptSchema = z
  .object({ number: z.string(), trackingCode: z.string() })
  .openapi("PublicCaseReceipt", { example: { number: "MC-2026-000123", trackingCode: "K7QH-3M9T-XR2P" } });

export const publicCaseViewSchema = z
  .object({
    number: z.string(),
    category: z.object({ code: z.string(), name: label }),
    status: z.enum(caseStatuses),
    statusLabel: label,
    receivedAt: z.string(),
    resolvedAt: z.string().nullable(),
    rating: z.enum(caseRatings).nullable(),
    timeline: z.array(z.object({ type: z.string(), at: z.string(), label })),
    photos: z
      .array(
        z.object({
          id: z.string(),
          url: z.string().openapi({ description: "The photo, a path on this API's origin." }),
          thumbnailUrl: z.string().nullable(),
          width: z.number().int().nullable(),
          height: z.number().int().nullable(),
        }),
      )
      .openapi({ description: "The case's photos marked public (no metadata, no GPS), oldest first." }),
  })
  .openapi("PublicCase", {
    example: {
      number: "MC-2026-000123",
      category: { code: "serviceQuality", name: { zh: "物业服务质量", en: "Service quality" } },
      status: "resolved",
      statusLabel: { zh: "已解决", en: "Resolved" },
      receivedAt: "2026-11-26T08:00:00.000Z",
      resolvedAt: "2026-11-27T03:00:00.000Z",
      rating: null,
      timeline: [
        {
          type: "received",
          at: "2026-11-26T08:00:00.000Z",
          label: { zh: "诉求已受理", en: "Report received" },
        },
        {
          type: "contacted",
          at: "2026-11-26T09:00:00.000Z",
          label: { zh: "社区已与您联系", en: "The community contacted you" },
        },
        { type: "resolved", at: "2026-11-27T03:00:00.000Z", label: { zh: "已解决", en: "Resolved" } },
      ],
      photos: [
        {
          id: "att_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
          url: "/v1/tenants/mengcheng/public/attachments/att_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
          thumbnailUrl: "/v1/tenants/mengcheng/public/attachments/att_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0/thumbnail",
          width: 1600,
          height: 1200,
        },
      ],
    },
  });

export const receiptJson = (r: PublicReceipt) => ({ number: r.number, trackingCode: r.trackingCode });

export const publicCaseJson = (v: PublicCaseView, tenantSlug: string) => ({
  number: v.number,
  category: v.category,
  status: v.status,
  statusLabel: v.statusLabel,
  receivedAt: v.receivedAt.toISOString(),
  resolvedAt: v.resolvedAt ? v.resolvedAt.toISOString() : null,
  rating: v.rating,
  timeline: v.timeline.map((e) => ({ type: e.type, at: e.at.toISOString(), label: e.label })),
  photos: v.photos.map((p) => ({
    id: p.id,
    url: publicAttachmentPath(tenantSlug, p.id),
    thumbnailUrl: p.hasThumbnail ? `${publicAttachmentPath(tenantSlug, p.id)}/thumbnail` : null,
    width: p.width,
    height: p.height,
  })),
});
