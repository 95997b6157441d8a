import type { components } from "./schema.generated.js";

/** An RFC 9457 problem document, as every error of the propgov API is answered. */
export type Problem = components["schemas"]["Problem"];

/** The API's error codes (`Problem["code"]`). */
export type ErrorCode = Problem["code"];

/** One failing field of a validation problem, e.g. `{ path: "body.username", message: "…" }`. */
export type FieldError = NonNullable<Problem["errors"]>[number];

/**
 * The code of a {@link PropgovError}: the API's own code, or `"unexpected_response"` when the
 * answer was not a propgov problem document (e.g. a proxy's 502 page, or a wrong `baseUrl`).
 */
export type PropgovErrorCode = ErrorCode | "unexpected_response";

/**
 * Thrown by every client method when the API answers with a status outside 2xx. Network
 * failures are not wrapped: they reject with the `fetch` implementation's own error.
 */
export class PropgovError extends Error {
  override readonly name = "PropgovError";
  /** The HTTP status. */
  readonly status: number;
  readonly code: PropgovErrorCode;
  /** What went wrong, for people. */
  readonly detail: string;
  /** The id to quote in a support request (the problem's, else the `x-request-id` header). */
  readonly requestId: string | undefined;
  /** The failing fields of a 400/422, each with its path (e.g. `body.username`); otherwise empty. */
  readonly errors: FieldError[];
  /** Seconds to wait before trying again, from `Retry-After` (429, 503). */
  readonly retryAfter: number | undefined;
  /** The problem document as the API sent it; undefined when the body was not one. */
  readonly problem: Problem | undefined;
  /** The HTTP response (its body has been read). */
  readonly response: Response;

  constructor(response: Response, body: unknown) {
    const problem = isProblem(body) ? body : undefined;
    const status = response.status;
    const code: PropgovErrorCode = problem?.code ?? "unexpected_response";
    const detail =
      problem?.detail ??
      (typeof body === "string" && body.trim() !== ""
        ? body.trim().slice(0, 500)
        : response.statusText || `HTTP ${status}`);
    super(`${status} ${code}: ${detail}`);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.requestId = problem?.requestId ?? response.headers.get("x-request-id") ?? undefined;
    this.errors = problem?.errors ?? [];
    this.retryAfter = parseRetryAfter(response.headers.get("retry-after"));
    this.problem = problem;
    this.response = response;
  }
}

/**
 * True for a {@link PropgovError}, also one thrown by another copy of this package (e.g. the
 * CommonJS build next to the ESM one), where `instanceof` would say false.
 */
export function isPropgovError(error: unknown): error is PropgovError {
  return (
    error instanceof PropgovError ||
    (error instanceof Error &&
      error.name === "PropgovError" &&
      typeof (error as Partial<PropgovError>).status === "number" &&
      typeof (error as Partial<PropgovError>).code === "string")
  );
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== "object" || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.status === "number" &&
    typeof candidate.code === "string" &&
    typeof candidate.detail === "string" &&
    typeof candidate.title === "string"
  );
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
