import type { Case, CaseAction, Deadline } from "../../api/work";
import type { MessageKey } from "../../i18n/messages";

type T = (key: MessageKey) => string;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const actionLabel = (t: T, action: string): string => {
  const key = `action${cap(action)}` as MessageKey;
  return t(key) ?? action;
};

export const eventLabel = (t: T, type: string): string => {
  const key = `event${cap(type)}` as MessageKey;
  return t(key) ?? type;
};

export const ratingLabel = (t: T, rating: string) => t(`rating${cap(rating)}` as MessageKey) ?? rating;
export const priorityLabel = (t: T, p: string) => t(`priority${cap(p)}` as MessageKey) ?? p;
export const channelLabel = (t: T, c: string) => t(`channel${cap(c)}` as MessageKey) ?? c;

const deadlineKeys: Record<Deadline["kind"], MessageKey> = {
  firstContact: "dueFirstContact",
  acknowledge: "dueAcknowledge",
  checkIn: "dueCheckIn",
  resolution: "dueResolution",
  supervision: "dueSupervision",
};
export const deadlineLabel = (t: T, kind: Deadline["kind"]) => t(deadlineKeys[kind]);

/** "2 小时 5 分钟" from a span in milliseconds (its sign ignored). */
export function spanText(t: T, ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} ${t("days")}`);
  if (hours > 0) parts.push(`${hours} ${t("hours")}`);
  if (days === 0 && mins > 0) parts.push(`${mins} ${t("minutes")}`);
  return parts.join(" ");
}

export const statusColors: Record<Case["status"], string> = {
  awaitingDispatch: "purple",
  received: "red",
  contacted: "orange",
  whistled: "gold",
  checkedIn: "blue",
  completed: "cyan",
  resolved: "green",
  rated: "green",
  closed: "default",
  cancelled: "default",
  merged: "default",
};

/** Actions shown first (the main step of the state), the rest after. */
export const primaryActions: readonly CaseAction[] = [
  "dispatch",
  "acknowledge",
  "contact",
  "checkIn",
  "complete",
  "whistle",
  "resolve",
  "close",
];
