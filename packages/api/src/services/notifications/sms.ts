import type { ChannelOutcome } from "./email.js";
import { type OutboundConfig, postOutbound } from "./outbound.js";

/**
 * Text messages behind an adapter: the delivery worker asks an `SmsSender` to send one templated
 * message from a county's account; which provider answers is the sender's business. The one real
 * implementation is Alibaba Cloud SMS (阿里云短信服务, dysmsapi `SendSms`), below.
 */

/** A county's account with its provider (from `sms_settings`, the secret opened). */
export interface SmsAccount {
  provider: "aliyun";
  /** The API's address, e.g. `https://dysmsapi.aliyuncs.com`. */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved signature (短信签名), e.g. `蒙城县物业治理`. */
  signName: string;
}

/** One message to one mainland mobile number, from an approved template and its parameters. */
export interface SmsMessage {
  phone: string;
  templateCode: string;
  params: Record<string, string>;
  /** Our reference, echoed in the provider's receipts (`OutId`). */
  outId?: string | undefined;
}

export interface SmsSender {
  send(account: SmsAccount, message: SmsMessage, at: Date): Promise<ChannelOutcome>;
}

// ---------------------------------------------------------------------------------------------
// Alibaba Cloud: request signing V3 (ACS3-HMAC-SHA256)
//
// Per "V3 request structure and signature" (请求体和签名机制 V3) of the Alibaba Cloud SDK docs,
// https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature
// (V2, the RPC HMAC-SHA1 signature, is discontinued there in favour of V3), and the SendSms
// reference, https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-sendsms:
//
//   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
//                      SignedHeaders \n HexEncode(SHA256(body))
//   StringToSign     = "ACS3-HMAC-SHA256" \n HexEncode(SHA256(CanonicalRequest))
//   Signature        = HexEncode(HMAC-SHA256(AccessKeySecret, StringToSign))
//   Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<…>,Signature=<…>
//
// The query string holds SendSms's parameters, each name and value percent-encoded per RFC 3986
// (only A–Z a–z 0–9 - _ . ~ left as they are; a space is %20), sorted by name; the signed headers
// are `host` and every `x-acs-*` header, lower-cased and sorted, each `name:value\n`. The request
// is a POST with an empty body. The answer is JSON whose `Code` is `OK` on success.
// ---------------------------------------------------------------------------------------------

export const ALIYUN_SMS_ENDPOINT = "https://dysmsapi.aliyuncs.com";
const ALGORITHM = "ACS3-HMAC-SHA256";
const encoder = new TextEncoder();

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");

async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

async function hmacSha256Hex(key: string, text: string): Promise<string> {
  const k = await crypto.subtle.importKey(
    "raw",
    encoder.encode(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return hex(await crypto.subtle.sign("HMAC", k, encoder.encode(text)));
}

/** RFC 3986 percent-encoding, as Alibaba Cloud canonicalises: encodeURIComponent plus `!'()*`. */
export function acsPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export interface Acs3Request {
  method: string;
  /** Host and port as sent in the `host` header. */
  host: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

/** The V3 signature of a request: its headers with `x-acs-content-sha256` and `Authorization` added. */
export async function signAcs3(
  request: Acs3Request,
  credentials: { accessKeyId: string; accessKeySecret: string },
): Promise<{ headers: Record<string, string>; queryString: string }> {
  const queryString = Object.keys(request.query)
    .sort()
    .map((k) => `${acsPercentEncode(k)}=${acsPercentEncode(request.query[k] ?? "")}`)
    .join("&");
  const payloadHash = await sha256Hex(request.body);
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v])),
    host: request.host,
    "x-acs-content-sha256": payloadHash,
  };
  const signed = Object.keys(headers)
    .filter((k) => k === "host" || k === "content-type" || k.startsWith("x-acs-"))
    .sort();
  const canonicalHeaders = signed.map((k) => `${k}:${(headers[k] ?? "").trim()}\n`).join("");
  const signedHeaders = signed.join(";");
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.path || "/",
    queryString,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join("\n");
  const stringToSign = `${ALGORITHM}\n${await sha256Hex(canonicalRequest)}`;
  const signature = await hmacSha256Hex(credentials.accessKeySecret, stringToSign);
  headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { headers, queryString };
}

/** `2026-11-16T01:30:00Z`: ISO 8601 in UTC without milliseconds, as `x-acs-date` wants it. */
const acsDate = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** Alibaba's codes that retrying will not cure (the number, the template or the signature is wrong). */
const PERMANENT_CODES = new Set([
  "isv.MOBILE_NUMBER_ILLEGAL",
  "isv.TEMPLATE_MISSING_PARAMETERS",
  "isv.SMS_TEMPLATE_ILLEGAL",
  "isv.SMS_SIGNATURE_ILLEGAL",
  "isv.BLACK_KEY_CONTROL_LIMIT",
]);

/**
 * Sends through Alibaba Cloud SMS (`SendSms`, version 2017-05-25) with V3 signing, over the same
 * outbound rules as webhooks (no redirects, timeouts, private addresses refused unless allowed,
 * the response body truncated). The caller checks the endpoint against the county's allow-list.
 */
export function aliyunSmsSender(outbound: OutboundConfig, options: { nonce?: () => string } = {}): SmsSender {
  const nonce = options.nonce ?? (() => crypto.randomUUID().replace(/-/g, ""));
  return {
    async send(account, message, at) {
      const url = new URL(account.endpoint);
      const query: Record<string, string> = {
        PhoneNumbers: message.phone,
        SignName: account.signName,
        TemplateCode: message.templateCode,
        TemplateParam: JSON.stringify(message.params),
      };
      if (message.outId) query.OutId = message.outId;
      const { headers, queryString } = await signAcs3(
        {
          method: "POST",
          host: url.host,
          path: "/",
          query,
          headers: {
            "x-acs-action": "SendSms",
            "x-acs-version": "2017-05-25",
            "x-acs-date": acsDate(at),
            "x-acs-signature-nonce": nonce(),
          },
          body: "",
        },
        account,
      );
      const { host: _host, ...send } = headers;
      const result = await postOutbound(`${url.origin}/?${queryString}`, send, "", outbound);
      return aliyunOutcome(result);
    },
  };
}

/** A 2xx answer is a success only with `Code: OK`; otherwise the failure names Alibaba's code and message. */
export function aliyunOutcome(result: ChannelOutcome): ChannelOutcome & { permanent?: boolean } {
  let answer: { Code?: unknown; Message?: unknown } | null = null;
  try {
    answer = JSON.parse(result.responseBody ?? "");
  } catch {
    answer = null;
  }
  const code = answer && typeof answer === "object" && typeof answer.Code === "string" ? answer.Code : null;
  if (result.ok && code === "OK") return result;
  if (!code) return result.ok ? { ...result, ok: false, error: "not an SendSms answer (no Code)" } : result;
  return {
    ...result,
    ok: false,
    error:
      `${result.statusCode ? `HTTP ${result.statusCode} ` : ""}${code}: ${String(answer?.Message ?? "")}`.slice(
        0,
        300,
      ),
    permanent: PERMANENT_CODES.has(code),
  };
}
