import { hostAllowed, isIpLiteral, isPrivateAddress } from "@propgov/core";

/** How the server calls out (webhooks, robots): deployment-wide settings. */
export interface OutboundConfig {
  /**
   * Private, loopback and link-local addresses may be called: for an on-premise install whose
   * receivers live on the county's own network (PROPGOV_OUTBOUND_ALLOW_PRIVATE). Default false.
   */
  allowPrivateAddresses: boolean;
  /** Time allowed to connect and receive the response headers; default 5 s. */
  connectTimeoutMs: number;
  /** Time allowed to read the response body after the headers; default 10 s. */
  readTimeoutMs: number;
  /** Bytes of a response body kept in the delivery log; default 1024. */
  maxResponseBytes: number;
  /**
   * Resolves a host name to its addresses, so that a name pointing at a private address is
   * refused too (the Node server passes `node:dns`); without it only IP literals are checked.
   */
  resolveHost?: ((host: string) => Promise<string[]>) | undefined;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch | undefined;
}

export const defaultOutboundConfig: OutboundConfig = {
  allowPrivateAddresses: false,
  connectTimeoutMs: 5_000,
  readTimeoutMs: 10_000,
  maxResponseBytes: 1024,
};

/** Why a URL may not be called, in both languages; null when it may. */
export function outboundUrlProblem(
  url: string,
  allowedHosts: readonly string[],
  allowPrivate: boolean,
): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "Not an absolute URL (不是完整的网址).";
  }
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && allowPrivate)) {
    return "Must be an https URL (须为 https 地址); http only on an on-premise install.";
  }
  if (parsed.username || parsed.password) return "Must not carry credentials (网址不得含用户名或密码).";
  const host = parsed.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (!hostAllowed(host, allowedHosts)) {
    return `The host '${host}' is not in the county's settings.outbound.allowedHosts (主机不在本县允许列表中).`;
  }
  if (!allowPrivate && (host === "localhost" || (isIpLiteral(host) && isPrivateAddress(host)))) {
    return `The host '${host}' is a private or loopback address (不允许内网或本机地址).`;
  }
  return null;
}

export interface OutboundResult {
  statusCode: number | null;
  ok: boolean;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
}

/** Reads at most `max` bytes of a body within `timeoutMs`, then lets the rest go. */
async function readTruncated(res: Response, max: number, timeoutMs: number): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const deadline = Date.now() + timeoutMs;
  try {
    while (size < max) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const next = await Promise.race([
        reader.read(),
        new Promise<"timeout">((resolve) => {
          timer = setTimeout(() => resolve("timeout"), left);
        }),
      ]).finally(() => clearTimeout(timer));
      if (next === "timeout" || next.done) break;
      chunks.push(next.value);
      size += next.value.length;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  const all = new Uint8Array(Math.min(size, max));
  let at = 0;
  for (const c of chunks) {
    const take = c.subarray(0, all.length - at);
    all.set(take, at);
    at += take.length;
    if (at >= all.length) break;
  }
  return new TextDecoder().decode(all);
}

/**
 * POSTs a JSON body once: no redirect is followed (a 3xx is a failure), the response must start
 * within the connect timeout and its body is read (truncated) within the read timeout. The host is
 * checked again here, and so are the addresses it resolves to when a resolver is configured.
 */
export async function postOutbound(
  url: string,
  headers: Record<string, string>,
  body: string,
  config: OutboundConfig,
  now: () => number = Date.now,
): Promise<OutboundResult> {
  const started = now();
  const fail = (error: string, statusCode: number | null = null, responseBody: string | null = null) => ({
    statusCode,
    ok: false,
    durationMs: Math.max(0, now() - started),
    error,
    responseBody,
  });
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (!config.allowPrivateAddresses) {
    if (isIpLiteral(host) ? isPrivateAddress(host) : host === "localhost") {
      return fail(`refused: ${host} is a private or loopback address`);
    }
    if (config.resolveHost && !isIpLiteral(host)) {
      let addresses: string[];
      try {
        addresses = await config.resolveHost(host);
      } catch {
        return fail(`could not resolve ${host}`);
      }
      const bad = addresses.find(isPrivateAddress);
      if (bad) return fail(`refused: ${host} resolves to the private address ${bad}`);
    }
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.connectTimeoutMs);
  let res: Response;
  try {
    res = await (config.fetch ?? fetch)(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "propgov-webhooks/1", ...headers },
      body,
      redirect: "manual",
      signal: controller.signal,
    });
  } catch (error) {
    clearTimeout(timer);
    return fail(
      controller.signal.aborted
        ? `timed out after ${config.connectTimeoutMs} ms`
        : `connection failed: ${(error as Error).message ?? String(error)}`.slice(0, 300),
    );
  }
  clearTimeout(timer);
  let text: string | null = null;
  try {
    text = await readTruncated(res, config.maxResponseBytes, config.readTimeoutMs);
  } catch {
    text = null;
  }
  const ok = res.status >= 200 && res.status < 300;
  if (ok)
    return {
      statusCode: res.status,
      ok,
      durationMs: Math.max(0, now() - started),
      error: null,
      responseBody: text,
    };
  const redirect = res.status >= 300 && res.status < 400;
  return fail(
    redirect ? `redirect to ${res.headers.get("location") ?? "?"} not followed` : `HTTP ${res.status}`,
    res.status,
    text,
  );
}
