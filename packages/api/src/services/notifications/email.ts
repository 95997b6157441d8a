import type { Label, NotificationEventType } from "@propgov/core";
import { renderNotification } from "../inbox/render.js";

/** One message to one address, as plain text. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How a delivery's attempt went, in the delivery log's terms. */
export interface ChannelOutcome {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
}

/** Sends email; the Node server passes an SMTP sender (nodemailer), tests pass one at a local server. */
export interface EmailSender {
  send(message: EmailMessage): Promise<ChannelOutcome>;
}

/**
 * The email of a message, in the user's language (Chinese unless they chose English): the inbox's
 * title as subject; the inbox's text, the case number, its deadline and a link to the console.
 * Never a reporter's phone: the outbox data does not carry it, so no role sees it here.
 */
export function renderEmail(
  type: NotificationEventType,
  data: Record<string, unknown>,
  zone: string,
  categoryName: (code: string) => Label | undefined,
  locale: "zh" | "en",
  link: string | null,
  countyName: string,
): { subject: string; text: string } {
  const r = renderNotification(type, data, zone, categoryName);
  const pick = (l: Label) => (locale === "en" ? l.en : l.zh);
  const number = typeof data.number === "string" ? data.number : null;
  const dueIso = [data.dueAt, data.resolutionDueAt].find(
    (v): v is string => typeof v === "string" && v !== "",
  );
  const due = dueIso
    ? new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hour12: false,
      }).format(new Date(dueIso))
    : null;
  const lines = [pick(r.body), ""];
  if (locale === "en") {
    if (number) lines.push(`Case number: ${number}`);
    if (due) lines.push(`Deadline: ${due}`);
    if (link) lines.push(`Open: ${link}`);
    lines.push("", `— ${countyName}. Change what you receive under My notification preferences.`);
  } else {
    if (number) lines.push(`案件编号：${number}`);
    if (due) lines.push(`办理时限：${due}`);
    if (link) lines.push(`查看：${link}`);
    lines.push("", `—— ${countyName}。如需调整接收内容，请在“通知偏好”中设置。`);
  }
  return {
    subject: `${r.urgent ? (locale === "en" ? "[Urgent] " : "【紧急】") : ""}${pick(r.title)}`,
    text: lines.join("\n"),
  };
}
