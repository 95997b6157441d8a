/**
 * One error vocabulary for the whole product. Domain code throws {@link AppError};
 * the API maps it once to an RFC 9457 problem+json response using {@link errorStatus}.
 */
export const errorCodes = [
  "bad_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "unprocessable",
  "payload_too_large",
  "rate_limited",
  "unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorStatus = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

export const errorTitle: Record<ErrorCode, string> = {
  bad_request: "Bad request",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  conflict: "Conflict",
  unprocessable: "Unprocessable content",
  payload_too_large: "Content too large",
  rate_limited: "Too many requests",
  unavailable: "Service unavailable",
  internal: "Internal server error",
};

/** One failing field of a request: a JSON path such as `body.roles.0` and what is wrong with it. */
export interface FieldError {
  path: string;
  message: string;
  /**
   * A stable machine code for what is wrong (e.g. `required`, `too_short`, `invalid_phone`,
   * `file_type`), so that a client can say it in its own language; `message` stays English.
   */
  code?: string;
}

export interface AppErrorOptions {
  /** Field-level failures, for 400/422. */
  errors?: FieldError[];
  /** Seconds until a retry may succeed (429, 503). */
  retryAfter?: number;
  /** Extra members of the problem document (never personal data, never database messages). */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly retryAfter: number | undefined;
  readonly extensions: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
    this.extensions = options.extensions;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;

/** Shorthands for the errors domain code raises most. */
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const conflict = (message: string, options?: AppErrorOptions) =>
  new AppError("conflict", message, options);
/**
 * The one way to refuse a request's content (422), naming the field or fields at fault.
 *
 * - `unprocessable(path, message, { code, detail })`: one field; `detail`, the problem's sentence,
 *   defaults to `message`.
 * - `unprocessable(errors, detail)`: several; `detail` defaults to every `path: message` joined.
 */
export function unprocessable(
  path: string,
  message: string,
  options?: { code?: string | undefined; detail?: string | undefined },
): AppError;
export function unprocessable(errors: readonly FieldError[], detail?: string): AppError;
export function unprocessable(
  first: string | readonly FieldError[],
  second?: string,
  options: { code?: string | undefined; detail?: string | undefined } = {},
): AppError {
  if (typeof first === "string") {
    const message = second ?? "";
    const error: FieldError = options.code
      ? { path: first, message, code: options.code }
      : { path: first, message };
    return new AppError("unprocessable", options.detail ?? message, { errors: [error] });
  }
  const detail = second ?? first.map((e) => `${e.path}: ${e.message}`).join("; ");
  return new AppError("unprocessable", detail, { errors: [...first] });
}

/** `unprocessable` whose detail names the field first (`url: must be https`), without `body.`. */
export const unprocessableField = (path: string, message: string): AppError =>
  unprocessable(path, message, { detail: `${path.replace(/^body\./, "")}: ${message}` });
