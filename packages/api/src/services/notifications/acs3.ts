/**
 * Alibaba Cloud: request signing V3 (ACS3-HMAC-SHA256)
 *
 * Per "V3 request structure and signature" (请求体和签名机制 V3) of the Alibaba Cloud SDK docs,
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature
 * (V2, the RPC HMAC-SHA1 signature, is discontinued there in favour of V3), and the SendSms
 * reference, https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-sendsms:
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
 *                      SignedHeaders \n HexEncode(SHA256(body))
 *   StringToSign     = "ACS3-HMAC-SHA256" \n HexEncode(SHA256(CanonicalRequest))
 *   Signature        = HexEncode(HMAC-SHA256(AccessKeySecret, StringToSign))
 *   Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<…>,Signature=<…>
 *
 * The query string holds SendSms's parameters, each name and value percent-encoded per RFC 3986
 * (only A–Z a–z 0–9 - _ . ~ left as they are; a space is %20), sorted by name; the signed headers
 * are `host` and every `x-acs-*` header, lower-cased and sorted, each `name:value\n`. The request
 * is a POST with an empty body. The answer is JSON whose `Code` is `OK` on success.
 */

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
