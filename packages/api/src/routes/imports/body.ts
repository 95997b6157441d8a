import { AppError } from "@propgov/core";
import type { Context } from "hono";
import type { AppEnv } from "../../context.js";
import { NUL_MESSAGE, truncateEcho } from "../../input-guard.js";
import { IMPORT_MAX_BYTES } from "../../services/imports/report.js";

/** Media types a CSV file arrives as (browsers on Windows send Excel's for `.csv`). */
const CSV_TYPES = new Set(["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"]);

const tooLarge = () =>
  new AppError(
    "payload_too_large",
    `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MiB: split it into smaller files.`,
    { errors: [{ path: "body", message: `At most ${IMPORT_MAX_BYTES} bytes.` }] },
  );

const notUtf8 = () =>
  new AppError(
    "unprocessable",
    'The file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (逗号分隔)(*.csv)".',
    { errors: [{ path: "body", message: "Not UTF-8." }] },
  );

/**
 * The request body as text: a CSV media type (or none), at most IMPORT_MAX_BYTES (read as a
 * stream and cut off there, whatever Content-Length claims), valid UTF-8 (a BOM is dropped).
 */
export async function readCsvBody(c: Context<AppEnv>): Promise<string> {
  const type = c.req.header("content-type");
  if (type) {
    const [essence = "", ...params] = type.split(";").map((p) => p.trim().toLowerCase());
    if (!CSV_TYPES.has(essence)) {
      throw new AppError(
        "bad_request",
        "Send the CSV file itself as the body, with Content-Type: text/csv.",
        {
          errors: [{ path: "body", message: `Not a CSV media type: ${truncateEcho(essence)}.` }],
        },
      );
    }
    const charset = params
      .find((p) => p.startsWith("charset="))
      ?.slice("charset=".length)
      .replaceAll('"', "");
    if (charset && charset !== "utf-8" && charset !== "utf8") throw notUtf8();
  }
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > IMPORT_MAX_BYTES) throw tooLarge();
  const stream = c.req.raw.body;
  if (!stream) return "";
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > IMPORT_MAX_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8();
  }
  rejectNul(text);
  return text;
}

/** A NUL character is not text (and the database cannot store it): the file is refused by its row. */
function rejectNul(text: string) {
  const at = text.indexOf("\u0000");
  if (at < 0) return;
  const row = text.slice(0, at).split("\n").length;
  throw new AppError("unprocessable", `Row ${row} of the file contains a NUL character: it is not text.`, {
    errors: [{ path: "body", message: `Row ${row}: ${NUL_MESSAGE}` }],
  });
}
