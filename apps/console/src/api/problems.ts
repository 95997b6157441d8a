import { isPropgovError } from "@propgov/sdk";
import type { FormInstance } from "antd";
import type { MessageKey } from "../i18n/messages";
import { fieldPath } from "./errors";

type Label = { zh: string; en: string };
type T = (key: MessageKey) => string;
type Pick = (text: Label | null | undefined) => string;

/**
 * The API's reason codes (problem+json `reason`) in plain words. The API's `detail` is English;
 * a front-line worker reads these instead. Unknown reasons fall back to the status's sentence.
 */
const reasons: Record<string, Label> = {
  case_not_dispatchable: { zh: "此案件现在不能派单。", en: "This case cannot be dispatched now." },
  case_not_acknowledgeable: { zh: "此案件现在不能签收。", en: "This case cannot be acknowledged now." },
  case_not_awaiting_acknowledgement: { zh: "此案件无需签收。", en: "This case awaits no acknowledgement." },
  case_already_acknowledged_by_unit: { zh: "本单位已签收过此案件。", en: "Your unit has acknowledged it." },
  case_not_contactable: {
    zh: "此案件已联系过反映人，或已不在受理状态。",
    en: "The reporter was contacted already, or the case is no longer new.",
  },
  case_not_resolvable: {
    zh: "此案件现在不能办结：需先联系反映人，或等部门全部办结。",
    en: "Not resolvable now: contact the reporter first, or wait for every department.",
  },
  case_not_whistleable: {
    zh: "此案件现在不能吹哨：需先联系反映人。",
    en: "Not whistleable now: contact the reporter first.",
  },
  case_not_open_for_check_in: { zh: "此案件现在不接受部门报到。", en: "The case takes no check-in now." },
  case_department_already_checked_in: { zh: "本部门已报到。", en: "Your department has checked in." },
  case_department_not_checked_in: {
    zh: "部门需先报到，才能办结。",
    en: "A department checks in before it completes.",
  },
  case_department_already_completed: { zh: "本部门已办结。", en: "Your department has completed." },
  case_departments_already_summoned: {
    zh: "这些部门已吹哨，无需重复。",
    en: "These departments were summoned already.",
  },
  case_no_department_named: {
    zh: "请至少选择一个部门（该类别没有默认部门）。",
    en: "Name at least one department (the category has no default).",
  },
  case_not_completable: { zh: "此案件现在不能办结（部门）。", en: "The case cannot be completed now." },
  case_not_returnable: { zh: "此案件现在不能退单。", en: "The case cannot be returned now." },
  case_not_reassignable: { zh: "此案件现在不能改派。", en: "The case cannot be reassigned now." },
  case_not_extendable: { zh: "此案件现在不能申请延期。", en: "No extension can be asked now." },
  case_extension_already_pending: { zh: "已有延期申请待审批。", en: "An extension request is pending." },
  case_extension_not_later: {
    zh: "新的时限须晚于当前时限。",
    en: "The new deadline must be later than the current one.",
  },
  case_no_extension_pending: { zh: "没有待审批的延期申请。", en: "No extension request is pending." },
  case_not_supervisable: { zh: "此案件现在不能督办。", en: "The case cannot be supervised now." },
  case_not_ratable: {
    zh: "只有已解决的案件才能评价，且只能评价一次。",
    en: "Only a resolved case is rated, once.",
  },
  case_not_closable: { zh: "此案件现在不能结案。", en: "The case cannot be closed now." },
  case_not_reopenable: { zh: "此案件现在不能重办。", en: "The case cannot be reopened now." },
  case_reopen_window_passed: {
    zh: "已超过可重办的期限，请另行受理新案件。",
    en: "The reopen window has passed: file a new case.",
  },
  case_not_cancellable: { zh: "此案件现在不能撤销。", en: "The case cannot be cancelled now." },
  case_not_mergeable: { zh: "此案件现在不能并案。", en: "The case cannot be merged now." },
  case_not_correctable: { zh: "此案件现在不能更正。", en: "The case cannot be corrected now." },
  case_ticket_taken: { zh: "该 12345 工单号已被其他案件使用。", en: "That 12345 ticket is taken." },
  photo_window_closed: { zh: "已过补传照片的时间。", en: "Photos can no longer be added." },
};

const fieldCodes: Record<string, MessageKey> = {
  required: "errRequired",
  too_short: "errTooShort",
  too_long: "errTooLong",
  too_small: "errTooSmall",
  too_big: "errTooBig",
  invalid_type: "errFormat",
  invalid_format: "errFormat",
  invalid_value: "errFormat",
  invalid: "errFormat",
  invalid_phone: "errPhone",
  file_type: "errFileType",
  file_too_large: "errFileTooLarge",
  file_empty: "errFileEmpty",
  file_unreadable: "errFileType",
  too_many_photos: "errTooManyPhotos",
};

const statusKey: Record<string, MessageKey> = {
  awaitingDispatch: "statusAwaitingDispatch",
  received: "statusReceived",
  contacted: "statusContacted",
  whistled: "statusWhistled",
  checkedIn: "statusCheckedIn",
  completed: "statusCompleted",
  resolved: "statusResolved",
  rated: "statusRated",
  closed: "statusClosed",
  cancelled: "statusCancelled",
  merged: "statusMerged",
};

export const statusLabel = (t: T, status: string) => (statusKey[status] ? t(statusKey[status]) : status);

/** A field error's words in the reader's language, from its stable code (else the API's English). */
export function fieldMessage(t: T, error: { message: string; code?: string | undefined }): string {
  const key = error.code ? fieldCodes[error.code] : undefined;
  return key ? t(key) : error.message;
}

/**
 * What to tell a person about a failed call, in plain words: a rule's own bilingual explanation,
 * else the reason code's sentence, else a sentence for the status; the API's English detail last.
 */
export function problemText(t: T, pick: Pick, error: unknown, actionLabel?: (a: string) => string): string {
  if (!isPropgovError(error)) return error instanceof Error ? error.message : String(error);
  const problem = error.problem as
    | (NonNullable<typeof error.problem> & { explanation?: Label; currentStatus?: string })
    | undefined;
  if (problem?.explanation) return pick(problem.explanation);
  const reason = problem?.reason ? reasons[problem.reason] : undefined;
  const parts: string[] = [];
  if (reason) parts.push(pick(reason));
  else if (error.status === 409) parts.push(t("errConflict"));
  else if (error.status === 404) parts.push(t("errNotFound"));
  else if (error.status === 403) parts.push(t("errForbidden"));
  else if (error.status === 429) parts.push(t("errRateLimited"));
  else if (error.status === 503) parts.push(t("errUnavailable"));
  else if (error.status === 422 || error.status === 400) {
    parts.push(
      error.errors.length > 0 ? error.errors.map((e) => fieldMessage(t, e)).join("；") : t("errInvalid"),
    );
  } else parts.push(error.detail);
  if (error.status === 409 && problem?.currentStatus) {
    parts.push(`（${statusLabel(t, problem.currentStatus)}）`);
    const allowed = problem.allowedActions ?? [];
    if (allowed.length > 0 && actionLabel)
      parts.push(`${t("errAllowedNow")}${allowed.map(actionLabel).join("、")}`);
  }
  return parts.join(" ");
}

/**
 * Puts a 422's field errors, in plain words, on the form fields they name; returns the banner text
 * for everything else (a 409, a rule's refusal, a field the form does not have), or null.
 */
export function showProblem(
  form: FormInstance,
  error: unknown,
  fieldNames: string[],
  t: T,
  pick: Pick,
  actionLabel?: (a: string) => string,
  /** API field → form field, where the form names one differently (`reporter.phone` → `reporterPhone`). */
  rename: Record<string, string> = {},
): string | null {
  if (!isPropgovError(error) || error.errors.length === 0 || error.problem?.reason === "policy_guard")
    return problemText(t, pick, error, actionLabel);
  const known = new Set(fieldNames);
  const placed = new Map<string, string[]>();
  const rest: string[] = [];
  for (const e of error.errors) {
    const name = fieldPath(e.path).join(".");
    const target = [...known].find((k) => name === k || name.startsWith(`${k}.`));
    if (target) placed.set(target, [...(placed.get(target) ?? []), fieldMessage(t, e)]);
    else rest.push(fieldMessage(t, e));
  }
  form.setFields([...placed].map(([name, errors]) => ({ name: (rename[name] ?? name).split("."), errors })));
  return rest.length > 0 ? `${t("errInvalid")}：${rest.join("；")}` : null;
}
