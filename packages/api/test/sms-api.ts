import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// ---------------------------------------------------------------------------------------------
// An independent verifier of Alibaba Cloud's V3 signature (ACS3-HMAC-SHA256), written from the
// documentation with node:crypto, sharing no code with the sender.

/** RFC 3986 over UTF-8 bytes: only A–Z a–z 0–9 - _ . ~ stay as they are. */
function rfc3986(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

export interface ReceivedSms {
  params: Record<string, string>;
  templateParam: Record<string, string>;
  raw: string;
}

function verifyAcs3(
  req: IncomingMessage,
  body: string,
  secrets: Record<string, string>,
  now: Date,
  seenNonces: Set<string>,
): { ok: true; params: Record<string, string> } | { ok: false; code: string } {
  const [path, rawQuery = ""] = (req.url ?? "/").split("?");
  const pairs = rawQuery
    .split("&")
    .filter(Boolean)
    .map((p) => {
      const at = p.indexOf("=");
      const k = at < 0 ? p : p.slice(0, at);
      const v = at < 0 ? "" : p.slice(at + 1);
      return [decodeURIComponent(k), decodeURIComponent(v)] as [string, string];
    });
  const canonicalQuery = pairs
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
    String(req.headers.authorization ?? ""),
  );
  if (!auth) return { ok: false, code: "IncompleteSignature" };
  const [, keyId = "", signedList = "", signature = ""] = auth;
  const secret = secrets[keyId];
  if (!secret) return { ok: false, code: "InvalidAccessKeyId.NotFound" };
  const signed = signedList.split(";");
  for (const needed of [
    "host",
    "x-acs-action",
    "x-acs-content-sha256",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-version",
  ]) {
    if (!signed.includes(needed)) return { ok: false, code: "IncompleteSignature" };
  }
  if ([...signed].sort().join(";") !== signedList) return { ok: false, code: "IncompleteSignature" };
  const payloadHash = createHash("sha256").update(body, "utf8").digest("hex");
  if (req.headers["x-acs-content-sha256"] !== payloadHash)
    return { ok: false, code: "ContentSHA256NotMatched" };
  const canonicalHeaders = signed
    .map((name) => `${name}:${String(req.headers[name] ?? "").trim()}\n`)
    .join("");
  const canonicalRequest = [req.method, path, canonicalQuery, canonicalHeaders, signedList, payloadHash].join(
    "\n",
  );
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash("sha256").update(canonicalRequest, "utf8").digest("hex")}`;
  const expected = createHmac("sha256", secret).update(stringToSign, "utf8").digest("hex");
  if (expected !== signature) return { ok: false, code: "SignatureDoesNotMatch" };
  if (req.headers["x-acs-action"] !== "SendSms" || req.headers["x-acs-version"] !== "2017-05-25") {
    return { ok: false, code: "InvalidAction.NotFound" };
  }
  const date = String(req.headers["x-acs-date"] ?? "");
  if (
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(date) ||
    Math.abs(Date.parse(date) - now.getTime()) > 15 * 60_000
  ) {
    return { ok: false, code: "InvalidTimeStamp.Expired" };
  }
  const nonce = String(req.headers["x-acs-signature-nonce"] ?? "");
  if (!nonce || seenNonces.has(nonce)) return { ok: false, code: "SignatureNonceUsed" };
  seenNonces.add(nonce);
  return { ok: true, params: Object.fromEntries(pairs) };
}

/** A local SendSms endpoint that verifies every request's signature and keeps what it accepted. */
export async function startSmsApi(now: () => Date, secrets: Record<string, string>) {
  const received: ReceivedSms[] = [];
  const refused: string[] = [];
  const nonces = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const verdict = verifyAcs3(req, body, secrets, now(), nonces);
      res.setHeader("content-type", "application/json");
      if (!verdict.ok) {
        refused.push(verdict.code);
        res.statusCode = 400;
        res.end(
          JSON.stringify({
            Code: verdict.code,
            Message: "Specified signature is not matched with our calculation.",
            RequestId: "R-1",
          }),
        );
        return;
      }
      received.push({
        params: verdict.params,
        templateParam: JSON.parse(verdict.params.TemplateParam ?? "{}"),
        raw: `${req.url} ${body}`,
      });
      res.end(
        JSON.stringify({ Code: "OK", Message: "OK", BizId: `biz-${received.length}`, RequestId: "R-2" }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    received,
    refused,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
