import { z } from "@hono/zod-openapi";
import {
  AppError,
  type ErrorCode,
  errorCodes,
  errorStatus,
  errorTitle,
  type FieldError,
} from "@propgov/core";
import { isDatabaseUnavailable } from "@propgov/db";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import type { AppEnv } from "./context.js";
import { truncateEcho, truncateQuoted } from "./input-guard.js";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** RFC 9457 problem details, as every error of this API is answered. */
export const problemSchema = z
  .object({
    type: z.string().openapi({ example: "urn:propgov:problem:unprocessable" }),
    title: z.string().openapi({ example: "Unprocessable content" }),
    status: z.number().int().openapi({ example: 422 }),
    detail: z.string().openapi({ example: "body.username: Use letters, digits and . _ @ - only." }),
    code: z.enum(errorCodes).openapi({ example: "unprocessable" }),
    requestId: z.string().openapi({ example: "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string().openapi({ description: "What is wrong, in English." }),
          code: z.string().optional().openapi({
            description:
              "A stable code for what is wrong, to say it in the client's language: `required`, `too_short`, `too_long`, `too_small`, `too_big`, `invalid_type`, `invalid_format`, `invalid_value`, `unrecognized_keys`, `invalid_phone`, `invalid`, and for files `file_empty`, `file_type`, `file_too_large`, `file_unreadable`, `too_many_photos`.",
            example: "invalid_phone",
          }),
        }),
      )
      .optional()
      .openapi({
        example: [
          { path: "body.username", message: "Use letters, digits and . _ @ - only.", code: "invalid_format" },
        ],
      }),
    reason: z.string().optional().openapi({
      description:
        "A machine-readable reason, e.g. `case_not_whistleable` for a refused transition (409) or `policy_guard` when a rule refuses an action (422): switch on it rather than on `detail`.",
      example: "case_not_whistleable",
    }),
    currentStatus: z.string().optional().openapi({
      description: "A refused transition (409): the status the resource is in.",
      example: "closed",
    }),
    allowedActions: z
      .array(z.string())
      .optional()
      .openapi({
        description: "A refused transition (409): what the resource accepts now.",
        example: ["reopen"],
      }),
    explanation: z
      .object({ zh: z.string(), en: z.string() })
      .optional()
      .openapi({ description: "Why a rule (policy) refused, in Chinese and English." }),
  })
  .openapi("Problem");

/** The problem document; the values its texts quote are cut short ({@link truncateQuoted}). */
export function problemBody(code: ErrorCode, detail: string, requestId: string, errors?: FieldError[]) {
  return {
    type: `urn:propgov:problem:${code}`,
    title: errorTitle[code],
    status: errorStatus[code],
    detail: truncateQuoted(detail),
    code,
    requestId,
    ...(errors && errors.length > 0
      ? {
          errors: errors.map((e) => ({
            path: truncateEcho(e.path),
            message: truncateQuoted(e.message),
            ...(e.code ? { code: e.code } : {}),
          })),
        }
      : {}),
  };
}

export function problemResponse(
  c: Context<AppEnv>,
  code: ErrorCode,
  detail: string,
  options: { errors?: FieldError[]; retryAfter?: number; extensions?: Record<string, unknown> } = {},
): Response {
  // Extensions come first: a member they share with the problem (`status`, `type`, …) never
  // replaces the problem's own, so `status` is always the HTTP status.
  const body = {
    ...options.extensions,
    ...problemBody(code, detail, c.get("requestId") ?? "unknown", options.errors),
  };
  const headers: Record<string, string> = { "content-type": PROBLEM_CONTENT_TYPE };
  if (options.retryAfter !== undefined) headers["retry-after"] = String(Math.ceil(options.retryAfter));
  return c.body(JSON.stringify(body), errorStatus[code] as ContentfulStatusCode, headers);
}

type Issue = ZodError["issues"][number];

/**
 * The stable code of a zod issue: a refinement's own `params.code` (e.g. `invalid_phone`),
 * `required` for a missing value, `too_short` / `too_long` for text, else zod's issue code.
 */
export function issueCode(issue: Issue): string {
  const own = (issue as { params?: { code?: unknown } }).params?.code;
  if (typeof own === "string") return own;
  switch (issue.code) {
    case "invalid_type":
      return /received undefined$/.test(issue.message) ? "required" : "invalid_type";
    case "too_small":
      return issue.origin === "string" ? "too_short" : "too_small";
    case "too_big":
      return issue.origin === "string" ? "too_long" : "too_big";
    case "custom":
      return "invalid";
    default:
      return issue.code;
  }
}

/** Turns zod issues into `{ path, message, code }` with the request part first, e.g. `body.roles.0`. */
export function fieldErrors(error: ZodError, target: string): FieldError[] {
  const prefix = target === "json" || target === "form" ? "body" : target;
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join("."),
    message: issue.message,
    code: issueCode(issue),
  }));
}

/** Seconds a client is told to wait when the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/**
 * The one place errors become responses: domain errors keep their code, framework errors their
 * status, a database that cannot be reached (down, restarting, the connection cut) is a 503 with
 * Retry-After, and anything unexpected is logged and answered as a bare 500 (no stack, no SQL).
 */
export function handleError(error: unknown, c: Context<AppEnv>, report: (error: unknown) => void): Response {
  if (error instanceof AppError) {
    return problemResponse(c, error.code, error.message, {
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
      ...(error.extensions ? { extensions: error.extensions } : {}),
    });
  }
  if (error instanceof HTTPException) {
    const code = codeForStatus(error.status);
    if (code === "internal") report(error);
    return problemResponse(
      c,
      code,
      code === "internal" ? "Something went wrong on our side." : error.message,
    );
  }
  if (isDatabaseUnavailable(error)) {
    return problemResponse(c, "unavailable", "The database cannot be reached right now; retry shortly.", {
      retryAfter: DATABASE_RETRY_AFTER_SECONDS,
    });
  }
  report(error);
  return problemResponse(
    c,
    "internal",
    "Something went wrong on our side. Quote the request id when you report it.",
  );
}

export function codeForStatus(status: number): ErrorCode {
  const found = (Object.entries(errorStatus) as [ErrorCode, number][]).find(([, s]) => s === status);
  if (found) return found[0];
  return status >= 500 ? "internal" : "bad_request";
}
