import type { components } from "./schema.generated.js";

type Schemas = components["schemas"];

/** Every webhook payload the API sends, by event type (see the OpenAPI document's `webhooks`). */
export type WebhookPayload =
  | Schemas["CaseFiledWebhook"]
  | Schemas["CaseDispatchedWebhook"]
  | Schemas["CaseWhistledWebhook"]
  | Schemas["CaseReturnedWebhook"]
  | Schemas["CaseReassignedWebhook"]
  | Schemas["CaseResolvedWebhook"]
  | Schemas["CaseRatedWebhook"]
  | Schemas["CaseClosedWebhook"]
  | Schemas["CaseReopenedWebhook"]
  | Schemas["TaskIssuedWebhook"]
  | Schemas["TaskSentBackWebhook"]
  | Schemas["TaskVerifiedWebhook"]
  | Schemas["MeetingPlannedWebhook"]
  | Schemas["MeetingResolvedWebhook"]
  | Schemas["EvaluationFindingsWebhook"]
  | Schemas["AssessmentPublishedWebhook"]
  | Schemas["CreditRecordedWebhook"]
  | Schemas["WebhookTestWebhook"];

export type WebhookEventType = WebhookPayload["type"];

/** A payload narrowed to one event type, e.g. `WebhookPayloadOf<"case.filed">`. */
export type WebhookPayloadOf<T extends WebhookEventType> = Extract<WebhookPayload, { type: T }>;

export class WebhookVerificationError extends Error {
  override readonly name = "WebhookVerificationError";
}

export interface VerifyWebhookOptions {
  /** Seconds a message may be older or newer than now (the replay window); default 300. */
  toleranceSeconds?: number;
  /** The clock; default the system's. */
  now?: () => Date;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/**
 * Verifies a webhook from propgov per Standard Webhooks and returns its parsed payload: the
 * `webhook-signature` must hold a `v1,` HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`
 * under `secret` (`whsec_…`), and the timestamp must lie within the replay window. Pass the body
 * exactly as received (the raw text, before any JSON parsing). Throws `WebhookVerificationError`.
 * Runs on Web Crypto: Node 20+, browsers, edge runtimes.
 */
export async function verifyWebhook(
  secret: string,
  headers: HeaderSource,
  body: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookPayload> {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signature = header(headers, "webhook-signature");
  if (!id || !timestamp || !signature) throw new WebhookVerificationError("Missing webhook headers.");
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError("Bad webhook-timestamp.");
  const tolerance = options.toleranceSeconds ?? 300;
  const nowSeconds = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > tolerance) {
    throw new WebhookVerificationError("The message is outside the replay window.");
  }
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey(
      "raw",
      fromBase64(secret.startsWith("whsec_") ? secret.slice(6) : secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
  } catch {
    throw new WebhookVerificationError("The secret is not a whsec_ secret.");
  }
  const expected = new Uint8Array(
    await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${id}.${timestamp}.${body}`)),
  );
  const match = signature.split(" ").some((part) => {
    const [version, value] = part.split(",");
    if (version !== "v1" || !value) return false;
    try {
      return equalBytes(fromBase64(value), expected);
    } catch {
      return false;
    }
  });
  if (!match) throw new WebhookVerificationError("No signature matches.");
  return JSON.parse(body) as WebhookPayload;
}
