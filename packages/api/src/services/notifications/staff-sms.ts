import { type NotificationEventType, notificationEventLabels } from "@propgov/core";
import { when } from "../inbox/render.js";

/** Alibaba Cloud caps a text variable at 35 characters; longer values are cut with an ellipsis. */
const MAX_PARAM = 35;
const clip = (v: string) => (v.length > MAX_PARAM ? `${v.slice(0, MAX_PARAM - 1)}…` : v);
const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The template code of an event in a county's staff templates: its own, else `default`, else none. */
export const staffTemplateOf = (templates: Record<string, string>, type: string): string | undefined =>
  templates[type] ?? templates.default;

/**
 * The template parameters of a text to a member of staff, in their language: `title` (the event's
 * label, e.g. 新案件受理), `number` (the case number, else the subject's title), `deadline` (the nearest
 * one the message names, in the county's zone, or 无) and `link` (the console). Never a reporter's phone or name: the outbox data
 * does not carry them.
 */
export function staffSmsParams(
  type: NotificationEventType,
  data: Record<string, unknown>,
  zone: string,
  locale: "zh" | "en",
  link: string | null,
): Record<string, string> {
  const label = notificationEventLabels[type] ?? { zh: type, en: type };
  const due = [data.dueAt, data.firstContactDueAt, data.resolutionDueAt]
    .filter((v): v is string => typeof v === "string" && !Number.isNaN(Date.parse(v)))
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const deadline = when(due, zone, locale === "en" ? "en-GB" : "zh-CN");
  return {
    title: clip(locale === "en" ? label.en : label.zh),
    number: clip(str(data.number) || str(data.title)),
    deadline: deadline || (locale === "en" ? "none" : "无"),
    link: link ?? "",
  };
}
