import type { TaskStatus } from "../../api/tasks";
import type { MessageKey } from "../../i18n/messages";

type T = (key: MessageKey) => string;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** `prefix` + the code, capitalised, as a message key; the code itself when there is none. */
const keyed = (t: T, prefix: string, code: string) => t(`${prefix}${cap(code)}` as MessageKey) ?? code;

export const taskStatusLabel = (t: T, s: string) => keyed(t, "taskStatus", s);
export const taskActionLabel = (t: T, a: string) => keyed(t, "taskAction", a);
export const taskEventLabel = (t: T, e: string) => keyed(t, "taskEvent", e);
export const taskSourceLabel = (t: T, s: string) => keyed(t, "taskSource", s);
export const unitTypeLabel = (t: T, u: string) => keyed(t, "unit", u);
export const meetingStatusLabel = (t: T, s: string) => keyed(t, "meetingStatus", s);
export const meetingKindLabel = (t: T, k: string) => keyed(t, "meetingKind", k);
export const meetingLevelLabel = (t: T, l: string) => keyed(t, "meetingLevel", l);
export const matterLabel = (t: T, m: string) => keyed(t, "matter", m);

export const taskStatusColors: Record<TaskStatus, string> = {
  open: "red",
  inProgress: "orange",
  submitted: "blue",
  verified: "green",
  closed: "default",
};

export const meetingStatusColors: Record<string, string> = {
  planned: "blue",
  held: "green",
  closed: "default",
};

/** The matters the seed names (a county's own codes show as they are). */
export const matters = ["fee", "service", "fundUse", "other"] as const;

export const disclosureItemLabel = (t: T, code: string) => keyed(t, "disclosureItem", code);
export const lifecycleStatusLabel = (t: T, s: string) => keyed(t, "lifecycleStatus", s);
