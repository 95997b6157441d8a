/** One failing field: where, the API's English text, and a stable code to say it in another language. */
export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
}

/** A failed answer of the propgov API, from its problem+json body (RFC 9457). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Failing fields, e.g. `{ path: "body.reporter.phone", message: "Not a phone number…", code: "invalid_phone" }`. */
    readonly errors: FieldProblem[] = [],
    /** The problem's machine-readable `reason`, e.g. `photo_window_closed`. */
    readonly reason = "",
  ) {
    super(message);
  }
}

/** The API's origin when the host gives none: the server the widget's script came from. */
export const scriptOrigin = (() => {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return "";
  }
})();

export interface Endpoint {
  apiBase: string;
  tenant: string;
}

/** `GET`/`POST` (JSON or a multipart `form`) on `/v1/tenants/{tenant}/public/{path}`; a non-2xx answer throws an ApiProblem. */
export async function call<T>(
  at: Endpoint,
  path: string,
  init: { method?: string; body?: unknown; form?: FormData; headers?: Record<string, string> } = {},
): Promise<T> {
  const base = (at.apiBase || scriptOrigin).replace(/\/+$/, "");
  const url = `${base}/v1/tenants/${encodeURIComponent(at.tenant)}/public/${path}`;
  const headers: Record<string, string> = { accept: "application/json", ...init.headers };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(url, {
    method: init.method ?? "GET",
    headers,
    body: init.form ?? (init.body === undefined ? null : JSON.stringify(init.body)),
    credentials: "omit",
    mode: "cors",
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiProblem(
      res.status,
      body?.code ?? "error",
      body?.detail ?? body?.title ?? res.statusText,
      Array.isArray(body?.errors) ? body.errors : [],
      typeof body?.reason === "string" ? body.reason : "",
    );
  }
  return body as T;
}

/** A random key for `Idempotency-Key` (crypto.randomUUID needs a secure context; fall back). */
export function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}
