import { ATTACHMENT_MAX_BYTES, PUBLIC_PHOTO_MAX_BYTES } from "@propgov/core";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.js";
import { problemResponse } from "../problem.js";

/** The largest body of a request: JSON and forms, and a CSV file to import. */
export const MAX_JSON_BYTES = 1024 * 1024;
export const MAX_CSV_BYTES = 10 * 1024 * 1024;
/** An attachment upload: the largest file and room for the form around it. */
export const MAX_UPLOAD_BYTES = ATTACHMENT_MAX_BYTES + 64 * 1024;
/** A resident's photo on the public route: the photo limit and room for the form. */
export const MAX_PUBLIC_PHOTO_BYTES = PUBLIC_PHOTO_MAX_BYTES + 64 * 1024;

const CSV_TYPES = new Set(["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"]);

const tooLarge = (max: number) => (c: Context<AppEnv>) =>
  problemResponse(c, "payload_too_large", `The body is larger than ${max / 1024 / 1024} MiB.`, {
    errors: [{ path: "body", message: `At most ${max} bytes.` }],
  });

const jsonLimit = bodyLimit({ maxSize: MAX_JSON_BYTES, onError: tooLarge(MAX_JSON_BYTES) });
const csvLimit = bodyLimit({ maxSize: MAX_CSV_BYTES, onError: tooLarge(MAX_CSV_BYTES) });
const uploadLimit = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: tooLarge(MAX_UPLOAD_BYTES) });
const photoLimit = bodyLimit({ maxSize: MAX_PUBLIC_PHOTO_BYTES, onError: tooLarge(MAX_PUBLIC_PHOTO_BYTES) });

/**
 * Every request body is bounded before anything reads it: 1 MiB, or 10 MiB for a CSV file sent
 * to an import, or 20 MiB and a little for a multipart attachment upload. Over it, 413 problem+json, by `Content-Length` when it is given, else by counting
 * the streamed bytes.
 */
export const bodySizeLimit = createMiddleware<AppEnv>(async (c, next) => {
  const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  const csvImport = c.req.path.includes("/imports/") && (type === "" || CSV_TYPES.has(type));
  const multipart = type === "multipart/form-data" && c.req.method === "POST";
  const upload = multipart && c.req.path.endsWith("/attachments");
  const photo = multipart && /\/public\/cases\/[^/]+\/photos$/.test(c.req.path);
  const limit = csvImport ? csvLimit : upload ? uploadLimit : photo ? photoLimit : jsonLimit;
  const answer = await limit(c, next);
  if (answer instanceof Response) c.res = answer;
});
