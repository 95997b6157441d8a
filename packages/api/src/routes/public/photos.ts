import { z } from "@hono/zod-openapi";
import {
  PUBLIC_PHOTO_MAX_BYTES,
  PUBLIC_PHOTO_MAX_SIDE,
  PUBLIC_PHOTO_WINDOW_MS,
  PUBLIC_PHOTOS_PER_CASE,
} from "@propgov/core";
import type { Router } from "../../router.js";
import { uploadPublicPhoto } from "../../services/attachments/public-upload.js";
import { fileOf } from "../attachments/schema.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { publicRateLimit } from "./limits.js";
import { idempotencyHeaders, trackingParams } from "./schema.js";

const photoForm = z
  .object({
    file: z
      .any()
      .openapi({ type: "string", format: "binary", description: "The photo (JPEG, PNG or WebP)." }),
  })
  .openapi("PublicPhotoUpload");

export const publicPhotoReceiptSchema = z
  .object({
    id: z.string(),
    contentType: z.string().openapi({ description: "Sniffed from the bytes." }),
    size: z.number().int().openapi({ description: "Bytes as stored (without metadata)." }),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
  })
  .openapi("PublicPhotoReceipt", {
    example: {
      id: "att_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      contentType: "image/jpeg",
      size: 245_760,
      width: 1600,
      height: 1200,
    },
  });

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/public/cases/{trackingCode}/photos",
  roles: "public",
  use: [publicRateLimit("publicPhoto")],
  errors: [409, 429, 503],
  operationId: "addPublicCasePhoto",
  tags: ["public"],
  summary: "The resident adds a photo to the case just filed (no login)",
  description: `For the complaint widget, right after \`POST /public/cases\`; no credentials, the tracking code is the key (unknown: 404). \`multipart/form-data\` with one photo in the field \`file\`: JPEG, PNG or WebP judged by its bytes (anything else: 422 naming \`body.file\`, code \`file_type\`), at most ${PUBLIC_PHOTO_MAX_BYTES / 1024 / 1024} MiB (413, \`file_too_large\`). Scale photos to ${PUBLIC_PHOTO_MAX_SIDE} px on the long side first (the widget does); the server keeps the pixels it gets. At most ${PUBLIC_PHOTOS_PER_CASE} photos per case (422 \`body.file\`, code \`too_many_photos\`), within ${PUBLIC_PHOTO_WINDOW_MS / 60_000} minutes of filing and while the case is not resolved, closed or cancelled (409 with \`reason: photo_window_closed\`, \`currentStatus\` and \`closesAt\`). Stored like staff uploads (EXIF and GPS removed, a thumbnail), with purpose \`intake\` and not public: staff see it among the case's attachments and decide whether the public sees it. A retry never stores a photo twice: the same file (or the same \`Idempotency-Key\`) for the same case gets the first answer with \`Idempotent-Replayed: true\`; the same key with another file is 422. Rate-limited like filing (the county's \`publicIntake.perMinute\`).`,
  request: {
    params: trackingParams,
    headers: idempotencyHeaders,
    body: {
      content: { "multipart/form-data": { schema: photoForm } },
      required: true,
      description: "The photo.",
    },
  },
  responses: {
    201: json(publicPhotoReceiptSchema, "Stored (or the replayed answer of the first upload of this file)."),
  },
});

export const registerAddPublicCasePhoto = (app: Router) =>
  app.openapi(route, async (c) => {
    const result = await uploadPublicPhoto(
      tenantCtx(c),
      c.req.valid("param").trackingCode,
      await fileOf(c.req.valid("form")),
      { idempotencyKey: c.req.valid("header")["idempotency-key"] },
    );
    if (result.replayed) c.header("idempotent-replayed", "true");
    return c.json(result.body, 201);
  });
