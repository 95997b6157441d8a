import type { Label, NotificationEventType, SubscriptionKind } from "@propgov/core";
import type { outbox } from "@propgov/db";
import { renderNotification } from "../inbox/render.js";
import { toBase64 } from "./crypto.js";
import { type OutboundConfig, type OutboundResult, postOutbound } from "./outbound.js";

/**
 * Group robots: 企业微信 (WeCom) and 钉钉 (DingTalk) custom robots, per their documented formats.
 * - WeCom: `POST <webhook url>?key=…` with `{"msgtype":"markdown","markdown":{"content":"…"}}`;
 * - DingTalk: `POST …/robot/send?access_token=…` with
 *   `{"msgtype":"markdown","markdown":{"title":"…","text":"…"}}`; in signed mode (加签) the URL
 *   also gets `&timestamp=<ms>&sign=<urlencoded base64(HMAC-SHA256(secret, timestamp + "\n" + secret))>`.
 * Both answer HTTP 200 with `{"errcode":0,"errmsg":"ok"}`; any other errcode is a failure.
 */
export type RobotKind = Exclude<SubscriptionKind, "webhook">;

/** The query parameter of a robot's URL that carries its key. */
export const robotKeyParam: Record<RobotKind, string> = { wecom: "key", dingtalk: "access_token" };

/** WeCom caps a markdown message at 4096 bytes; DingTalk's limit is larger, so one cap serves both. */
const MAX_CONTENT_BYTES = 4000;

/**
 * The URL as it may be shown: every query value masked but for its last four characters (when it
 * is long enough that four say nothing of the rest), so a county can tell its robots apart.
 */
export function maskRobotUrl(url: string): string {
  const parsed = new URL(url);
  const parts: string[] = [];
  for (const [name, value] of parsed.searchParams) {
    const tail = value.length >= 16 ? value.slice(-4) : "";
    parts.push(`${encodeURIComponent(name)}=${"*".repeat(8)}${tail}`);
  }
  return `${parsed.origin}${parsed.pathname}${parts.length ? `?${parts.join("&")}` : ""}`;
}

/** Why a robot URL cannot be one of its kind (the key parameter missing), in both languages; null when fine. */
export function robotUrlProblem(kind: RobotKind, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // the outbound check says why
  }
  const param = robotKeyParam[kind];
  if (!parsed.searchParams.get(param)) {
    return `A ${kind === "wecom" ? "WeCom" : "DingTalk"} robot URL carries its key as '?${param}=…' (机器人地址须含 ${param} 参数).`;
  }
  return null;
}

/** DingTalk's signature of signed mode: base64 HMAC-SHA256 keyed by the secret over `timestamp\nsecret`. */
export async function dingTalkSign(secret: string, timestampMs: number): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestampMs}\n${secret}`));
  return toBase64(new Uint8Array(mac));
}

/** The URL a signed DingTalk robot is called at: `timestamp` and `sign` appended. */
export async function dingTalkSignedUrl(url: string, secret: string, timestampMs: number): Promise<string> {
  const sign = encodeURIComponent(await dingTalkSign(secret, timestampMs));
  return `${url}${url.includes("?") ? "&" : "?"}timestamp=${timestampMs}&sign=${sign}`;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

function formatTime(iso: string, zone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(d);
}

/** The deadline a message is about: a reminder's, else the case's first contact or resolution, else a task's day. */
function deadlineOf(type: string, data: Record<string, unknown>, zone: string): string | null {
  const at =
    str(data.dueAt) ||
    (type === "case.filed" ? str(data.firstContactDueAt) : "") ||
    (type.startsWith("case.") && type !== "case.closed" ? str(data.resolutionDueAt) : "");
  if (at) return formatTime(at, zone);
  return str(data.dueOn) || null;
}

/** Markdown's special characters in text from the data (titles, reasons), escaped. */
const escapeMd = (text: string) => text.replace(/([\\`*_[\]<>#])/g, "\\$1");

export interface RobotMessage {
  title: string;
  markdown: string;
}

/**
 * The message a robot posts, in Chinese: the inbox's template (title and body), the case number,
 * the deadline where there is one, and a link to the console when its address is known. Never a
 * reporter's name or phone: the outbox data does not carry them.
 */
export function robotMessage(
  message: Pick<typeof outbox.$inferSelect, "type" | "data">,
  options: {
    zone: string;
    categoryName: (code: string) => Label | undefined;
    consoleUrl?: string | undefined;
  },
): RobotMessage {
  const rendered = renderNotification(
    message.type as NotificationEventType,
    message.data,
    options.zone,
    options.categoryName,
  );
  const lines = [`### ${escapeMd(rendered.title.zh)}`, "", escapeMd(rendered.body.zh)];
  const facts: string[] = [];
  const number = str(message.data.number);
  if (number) facts.push(`案件编号：${number}`);
  const deadline = deadlineOf(message.type, message.data, options.zone);
  if (deadline) facts.push(`时限：${deadline}`);
  if (rendered.urgent) facts.push("**紧急**");
  if (facts.length) lines.push("", ...facts.map((f) => `> ${f}`));
  const link = consoleLink(message, options.consoleUrl);
  if (link) lines.push("", `[在控制台查看](${link})`);
  let markdown = lines.join("\n");
  const bytes = new TextEncoder().encode(markdown);
  if (bytes.length > MAX_CONTENT_BYTES) {
    markdown = `${new TextDecoder().decode(bytes.slice(0, MAX_CONTENT_BYTES - 3)).replace(/\uFFFD+$/, "")}…`;
  }
  return { title: rendered.title.zh, markdown };
}

/** Where the console shows the subject: the case list searched by number, the task list; else its home. */
function consoleLink(
  message: Pick<typeof outbox.$inferSelect, "type" | "data">,
  consoleUrl: string | undefined,
): string | null {
  if (!consoleUrl) return null;
  const base = consoleUrl.replace(/\/+$/, "");
  const number = str(message.data.number);
  if (message.type.startsWith("case.") && number) return `${base}/cases?q=${encodeURIComponent(number)}`;
  if (message.type.startsWith("task.")) return `${base}/tasks`;
  return `${base}/`;
}

/** The JSON body a robot of this kind receives. */
export function robotBody(kind: RobotKind, m: RobotMessage): string {
  return JSON.stringify(
    kind === "wecom"
      ? { msgtype: "markdown", markdown: { content: m.markdown } }
      : { msgtype: "markdown", markdown: { title: m.title, text: m.markdown } },
  );
}

/** A 2xx answer is a success only with `errcode` 0; anything else is a failure naming errcode and errmsg. */
export function robotOutcome(result: OutboundResult): OutboundResult {
  if (!result.ok) return result;
  let answer: { errcode?: unknown; errmsg?: unknown } | null = null;
  try {
    answer = JSON.parse(result.responseBody ?? "");
  } catch {
    answer = null;
  }
  if (answer && typeof answer === "object" && answer.errcode === 0) return result;
  const error =
    answer && typeof answer === "object" && "errcode" in answer
      ? `errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? "")}`.slice(0, 300)
      : "not a robot's answer (no errcode)";
  return { ...result, ok: false, error };
}

export interface RobotSend {
  kind: RobotKind;
  /** The real URL, key included. */
  url: string;
  /** DingTalk's signing secret (`SEC…`): signed mode. */
  secret: string | null;
  message: Pick<typeof outbox.$inferSelect, "type" | "data">;
  zone: string;
  categoryName: (code: string) => Label | undefined;
  consoleUrl?: string | undefined;
  /** The attempt's time: DingTalk's `timestamp`. */
  at: Date;
}

/** Posts one message to a robot and judges its answer. */
export async function sendRobot(input: RobotSend, config: OutboundConfig): Promise<OutboundResult> {
  const body = robotBody(
    input.kind,
    robotMessage(input.message, {
      zone: input.zone,
      categoryName: input.categoryName,
      consoleUrl: input.consoleUrl,
    }),
  );
  const url =
    input.kind === "dingtalk" && input.secret
      ? await dingTalkSignedUrl(input.url, input.secret, input.at.getTime())
      : input.url;
  return robotOutcome(await postOutbound(url, {}, body, config));
}
