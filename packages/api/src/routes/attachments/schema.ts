import { z } from "@hono/zod-openapi";
import {
  AppError,
  ATTACHMENT_MAX_BYTES,
  attachmentMaxBytes,
  attachmentOwnerKinds,
  attachmentPurposes,
  attachmentTypes,
} from "@propgov/core";
import type { Context } from "hono";
import type { AttachmentContent } from "../../services/attachments/read.js";
import type { AttachmentView } from "../../services/attachments/view.js";
import { bodyBytes, idParam } from "../shared.js";

const MiB = 1024 * 1024;

export const attachmentIdParam = idParam("att", "attachment");

export const attachmentSchema = z
  .object({
    id: z.string(),
    owner: z.object({ kind: z.enum(attachmentOwnerKinds), id: z.string() }),
    purpose: z.enum(attachmentPurposes).openapi({
      description:
        "`intake` or `evidence` (影像证明) on a case, `minutes` on a meeting, `document` on a disclosure.",
    }),
    contentType: z
      .enum(attachmentTypes)
      .openapi({ description: "Sniffed from the file's bytes, not its name." }),
    size: z.number().int().openapi({ description: "Bytes as stored (images without their metadata)." }),
    sha256: z.string().openapi({ description: "Hex SHA-256 of the stored bytes." }),
    filename: z.string().nullable().openapi({ description: "The name the uploader gave (shown only)." }),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    hasThumbnail: z.boolean(),
    public: z.boolean().openapi({
      description:
        "Shown to the public: on case tracking and as Open311 `media_url` (case photos), on the disclosure board.",
    }),
    uploadedBy: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
    createdAt: z.string(),
  })
  .openapi("Attachment", {
    example: {
      id: "att_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      owner: { kind: "case", id: "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" },
      purpose: "evidence",
      contentType: "image/jpeg",
      size: 184_320,
      sha256: "9f2c6f0c1b0e4a3b8f2d5e6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c",
      filename: "电梯修复后.jpg",
      width: 1600,
      height: 1200,
      hasThumbnail: true,
      public: true,
      uploadedBy: { id: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "社区网格员" },
      createdAt: "2026-11-27T03:00:00.000Z",
    },
  });

export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) }).openapi("AttachmentList");

export const attachmentJson = (v: AttachmentView) => ({ ...v, createdAt: v.createdAt.toISOString() });

const limits = `JPEG, PNG and WebP up to ${attachmentMaxBytes["image/jpeg"] / MiB} MiB, PDF up to ${attachmentMaxBytes["application/pdf"] / MiB} MiB (413 naming \`body.file\`; the whole body at most ${ATTACHMENT_MAX_BYTES / MiB} MiB and a little more)`;

export const uploadDescription = `\`multipart/form-data\` with the file in the field \`file\`. The type is read from the file's first bytes: JPEG, PNG, WebP or PDF, whatever its name or the part's media type say (anything else: 422 naming \`body.file\`). ${limits}. Images are stored without their metadata (EXIF with its GPS position, XMP, IPTC, comments), upright, with a thumbnail.`;

/** The multipart form of an upload. */
export const uploadForm = z
  .object({
    file: z.any().openapi({ type: "string", format: "binary", description: "The file." }),
    purpose: z
      .enum(attachmentPurposes)
      .optional()
      .openapi({ description: "Default: the owner's first purpose." }),
    public: z.enum(["true", "false"]).optional().openapi({
      description: "`true`: shown publicly (a case's photos, a disclosure's files). Default `false`.",
    }),
  })
  .openapi("AttachmentUpload");

export const uploadBody = {
  content: { "multipart/form-data": { schema: uploadForm } },
  required: true,
  description: "The file and how it is meant.",
};

/** The file part of a parsed form, or 422 naming `body.file`. */
export async function fileOf(form: { file?: unknown }): Promise<{ bytes: Uint8Array; name: string | null }> {
  const file = Array.isArray(form.file) ? form.file[form.file.length - 1] : form.file;
  if (!(file instanceof Blob)) {
    throw new AppError("unprocessable", "Send the file in the multipart field `file`.", {
      errors: [{ path: "body.file", message: "Required: a file." }],
    });
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file instanceof File ? file.name : null };
}

const binary = z.string().openapi({ type: "string", format: "binary" });

/** A 200 answer with the bytes of one of the attachment types. */
export const binaryResponse = (description: string) => ({
  description,
  content: Object.fromEntries(attachmentTypes.map((t) => [t, { schema: binary }])),
});

/** RFC 6266 / 8187: an ASCII fallback and the UTF-8 name. */
const disposition = (kind: "inline" | "attachment", filename: string) => {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
};

/**
 * The bytes as a response: images inline, PDFs as downloads; never sniffed by the browser, and
 * sandboxed so that nothing in a file can run against this origin.
 */
export function sendContent(c: Context, content: AttachmentContent, cache: "private" | "public") {
  const image = content.contentType.startsWith("image/");
  return c.body(bodyBytes(content.bytes), 200, {
    "content-type": content.contentType,
    "content-length": String(content.bytes.byteLength),
    "content-disposition": disposition(image ? "inline" : "attachment", content.filename),
    "content-security-policy": "default-src 'none'; sandbox",
    "x-content-type-options": "nosniff",
    "cache-control": cache === "public" ? "public, max-age=300" : "private, max-age=0, must-revalidate",
  });
}
