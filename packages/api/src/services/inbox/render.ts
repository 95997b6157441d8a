import {
  deadlineKindLabels,
  type Label,
  type NotificationEventType,
  notificationEventLabels,
} from "@propgov/core";

/** What a notification says, in Chinese and English: the templates of the in-app inbox. */
export interface Rendered {
  title: Label;
  body: Label;
  urgent: boolean;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** A moment as a short month-day-time in the county's zone, or `""` when there is none. */
export function when(iso: unknown, zone: string, locale: "zh-CN" | "en-GB"): string {
  if (typeof iso !== "string" || !iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(d);
}

/**
 * Renders a message for the inbox. `categoryName` names the case's category in the county's
 * mechanism. Never a reporter's name or phone: the data does not carry them.
 */
export function renderNotification(
  type: NotificationEventType,
  data: Record<string, unknown>,
  zone: string,
  categoryName: (code: string) => Label | undefined,
): Rendered {
  const label = notificationEventLabels[type];
  const number = str(data.number);
  const title = str(data.title);
  const cat = categoryName(str(data.category));
  const deadline = deadlineKindLabels[data.deadline as keyof typeof deadlineKindLabels];
  const dueZh = when(data.dueAt, zone, "zh-CN");
  const dueEn = when(data.dueAt, zone, "en-GB");
  const to = data.escalatedTo as { regionName?: string | null } | undefined;
  const urgent = data.priority === "emergency" || type === "case.escalated";
  const caseTitle = { zh: `${label.zh} · ${number}`, en: `${label.en} · ${number}` };
  const taskTitle = { zh: `${label.zh} · ${title}`, en: `${label.en} · ${title}` };
  const of = cat ? { zh: `（${cat.zh}）`, en: ` (${cat.en})` } : { zh: "", en: "" };
  const contactBy = {
    zh: when(data.firstContactDueAt, zone, "zh-CN"),
    en: when(data.firstContactDueAt, zone, "en-GB"),
  };
  const say = (zh: string, en: string, t = caseTitle): Rendered => ({ title: t, body: { zh, en }, urgent });
  switch (type) {
    case "case.filed":
      return say(
        `新案件 ${number}${of.zh} 已受理，请于 ${contactBy.zh} 前联系反映人（第一时间）。`,
        `New case ${number}${of.en}: contact the reporter by ${contactBy.en}.`,
      );
    case "case.dispatched":
      return say(
        `工单 ${number}${of.zh} 已派发，请及时签收。`,
        `Work order ${number}${of.en} dispatched to you: acknowledge it.`,
      );
    case "case.whistled":
      return say(
        `案件 ${number}${of.zh} 属地吹哨，请部门按时报到。`,
        `Case ${number}${of.en}: the community summons your department; check in on time.`,
      );
    case "case.checked_in":
      return say(
        `案件 ${number}${of.zh}：吹哨部门已报到${data.withinDeadline === false ? "（超时）" : ""}。`,
        `Case ${number}${of.en}: a summoned department checked in${data.withinDeadline === false ? " (late)" : ""}.`,
      );
    case "case.completed":
      return say(
        `案件 ${number}${of.zh}：吹哨部门已办理完成，请跟进办结。`,
        `Case ${number}${of.en}: a summoned department completed its part; follow up and resolve.`,
      );
    case "case.returned":
      return say(
        `工单 ${number} 被退回，请重新派单。`,
        `Work order ${number} was returned: dispatch it again.`,
      );
    case "case.reassigned":
      return say(`工单 ${number} 已改派。`, `Work order ${number} was reassigned.`);
    case "case.resolved":
      return say(
        `案件 ${number} 已办结，待群众评价。`,
        `Case ${number} resolved; awaiting the resident's rating.`,
      );
    case "case.rated":
      return say(`案件 ${number} 已收到评价。`, `Case ${number} has been rated.`);
    case "case.closed":
      return say(`案件 ${number} 已关闭。`, `Case ${number} closed.`);
    case "case.reopened":
      return say(`案件 ${number} 重新办理。`, `Case ${number} reopened.`);
    case "case.due_soon":
      return say(
        `案件 ${number} 的${deadline?.zh ?? ""}时限将于 ${dueZh} 到期。`,
        `Case ${number}: ${deadline?.en ?? "deadline"} due at ${dueEn}.`,
      );
    case "case.overdue":
      return say(
        `案件 ${number} 的${deadline?.zh ?? ""}已于 ${dueZh} 超时。`,
        `Case ${number}: ${deadline?.en ?? "deadline"} overdue since ${dueEn}.`,
      );
    case "case.escalated":
      return say(
        `案件 ${number} 的${deadline?.zh ?? ""}超时（${dueZh}），已逐级督办至${to?.regionName ?? "县级"}。`,
        `Case ${number}: ${deadline?.en ?? "deadline"} overdue since ${dueEn}, escalated to ${to?.regionName ?? "the county"}.`,
      );
    case "task.issued":
      return say(
        `责任清单「${title}」已下达，截止 ${str(data.dueOn)}。`,
        `Task "${title}" issued, due ${str(data.dueOn)}.`,
        taskTitle,
      );
    case "task.sent_back":
      return say(
        `责任清单「${title}」被退回：${str(data.reason)}`,
        `Task "${title}" sent back: ${str(data.reason)}`,
        taskTitle,
      );
    case "task.verified":
      return say(`责任清单「${title}」已验收。`, `Task "${title}" verified.`, taskTitle);
    case "task.due_soon":
      return say(
        `责任清单「${title}」将于 ${str(data.dueOn)} 到期。`,
        `Task "${title}" is due on ${str(data.dueOn)}.`,
        taskTitle,
      );
    case "task.overdue":
      return say(
        `责任清单「${title}」已逾期（${str(data.dueOn)}）。`,
        `Task "${title}" is overdue (${str(data.dueOn)}).`,
        taskTitle,
      );
    default: {
      const what = str(data.title) || str(data.period) || str(data.label);
      return {
        title: {
          zh: what ? `${label.zh} · ${what}` : label.zh,
          en: what ? `${label.en} · ${what}` : label.en,
        },
        body: { zh: label.zh, en: label.en },
        urgent: false,
      };
    }
  }
}
