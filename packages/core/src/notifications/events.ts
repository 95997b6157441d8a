/**
 * The events integrators and people hear about: each is written to the outbox in the same
 * transaction as the change that causes it. Names are `<subject>.<past tense>`, snake_case.
 */
/** How a message is delivered: a county's webhook subscriptions, or a person's email and SMS. */
export const deliveryChannels = ["webhook", "email", "sms"] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];

/**
 * What a subscription delivers to: a `webhook` (Standard Webhooks, our JSON), or a group robot
 * that posts a Markdown message into a chat: 企业微信 (`wecom`) or 钉钉 (`dingtalk`).
 */
export const subscriptionKinds = ["webhook", "wecom", "dingtalk"] as const;
export type SubscriptionKind = (typeof subscriptionKinds)[number];

/** Bilingual labels (Chinese first) of the subscription kinds. */
export const subscriptionKindLabels: Record<SubscriptionKind, { zh: string; en: string }> = {
  webhook: { zh: "Webhook 推送", en: "Webhook" },
  wecom: { zh: "企业微信群机器人", en: "WeCom group robot" },
  dingtalk: { zh: "钉钉群机器人", en: "DingTalk group robot" },
};

/** A delivery's state: waiting (or retrying), delivered, or moved to dead letters. */
export const deliveryStatuses = ["pending", "delivered", "dead"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** Why a webhook subscription is off: turned off after sustained failure, or by a person. */
export const subscriptionDisabledReasons = ["failing", "manual"] as const;
export type SubscriptionDisabledReason = (typeof subscriptionDisabledReasons)[number];

export const notificationEventTypes = [
  "case.filed",
  "case.dispatched",
  "case.whistled",
  "case.checked_in",
  "case.completed",
  "case.returned",
  "case.reassigned",
  "case.resolved",
  "case.rated",
  "case.closed",
  "case.reopened",
  "case.due_soon",
  "case.overdue",
  "case.escalated",
  "task.issued",
  "task.sent_back",
  "task.verified",
  "task.due_soon",
  "task.overdue",
  "meeting.planned",
  "meeting.resolved",
  "evaluation.findings",
  "assessment.published",
  "credit.recorded",
  "webhook.test",
] as const;
export type NotificationEventType = (typeof notificationEventTypes)[number];

/** Bilingual labels (Chinese first) of the event types, for lists and message templates. */
export const notificationEventLabels: Record<NotificationEventType, { zh: string; en: string }> = {
  "case.filed": { zh: "新案件受理", en: "Case filed" },
  "case.dispatched": { zh: "工单派发", en: "Work order dispatched" },
  "case.whistled": { zh: "社区吹哨", en: "Departments summoned (whistle)" },
  "case.checked_in": { zh: "部门报到", en: "Department checked in" },
  "case.completed": { zh: "部门办理完成", en: "Department completed its part" },
  "case.returned": { zh: "工单退回", en: "Work order returned" },
  "case.reassigned": { zh: "工单改派", en: "Work order reassigned" },
  "case.resolved": { zh: "案件办结", en: "Case resolved" },
  "case.rated": { zh: "群众评价", en: "Case rated" },
  "case.closed": { zh: "案件关闭", en: "Case closed" },
  "case.reopened": { zh: "案件重新办理", en: "Case reopened" },
  "case.due_soon": { zh: "案件即将超时", en: "Case deadline approaching" },
  "case.overdue": { zh: "案件超时", en: "Case overdue" },
  "case.escalated": { zh: "超时逐级督办", en: "Overdue case escalated" },
  "task.issued": { zh: "责任清单下达", en: "Task issued" },
  "task.sent_back": { zh: "责任清单退回", en: "Task sent back" },
  "task.verified": { zh: "责任清单验收", en: "Task verified" },
  "task.due_soon": { zh: "责任清单即将到期", en: "Task due soon" },
  "task.overdue": { zh: "责任清单逾期", en: "Task overdue" },
  "meeting.planned": { zh: "会商计划", en: "Meeting planned" },
  "meeting.resolved": { zh: "会商决议", en: "Meeting resolution adopted" },
  "evaluation.findings": { zh: "考评发现问题", en: "Evaluation findings" },
  "assessment.published": { zh: "考核结果发布", en: "Assessment published" },
  "credit.recorded": { zh: "信用记录", en: "Credit record filed" },
  "webhook.test": { zh: "测试推送", en: "Test delivery" },
};

/** The case timeline's event types (`case_events.type`) that go to the outbox, and as what. */
export const caseEventNotifications: Readonly<Record<string, NotificationEventType>> = {
  received: "case.filed",
  dispatched: "case.dispatched",
  whistled: "case.whistled",
  checkedIn: "case.checked_in",
  completed: "case.completed",
  returned: "case.returned",
  reassigned: "case.reassigned",
  resolved: "case.resolved",
  rated: "case.rated",
  closed: "case.closed",
  reopened: "case.reopened",
};

/** The task timeline's event types (`task_events.type`) that go to the outbox. */
export const taskEventNotifications: Readonly<Record<string, NotificationEventType>> = {
  created: "task.issued",
  sentBack: "task.sent_back",
  verified: "task.verified",
};

/** Audit actions that go to the outbox (their subjects have no timeline of their own). */
export const auditNotifications: Readonly<Record<string, NotificationEventType>> = {
  "meeting.create": "meeting.planned",
  "meeting.resolution.adopt": "meeting.resolved",
  "evaluation.run": "evaluation.findings",
  "assessment.publish": "assessment.published",
  "credit.record": "credit.recorded",
};

/**
 * Exponential backoff with jitter: the delay before attempt `attempt + 1` after `attempt` failed
 * ones (1-based), `base · 2^(attempt−1)` capped at `max`, scaled by a factor in [0.5, 1) from
 * `random` ("equal jitter": never less than half the step, so retries still spread out).
 */
export function backoffDelayMs(
  attempt: number,
  options: { baseMs: number; maxMs: number },
  random: () => number = Math.random,
): number {
  const step = Math.min(options.baseMs * 2 ** Math.max(0, attempt - 1), options.maxMs);
  return Math.round(step * (0.5 + random() / 2));
}

/** True when `host` (lower case, no port) matches one allow-list entry: a name, or `*.suffix` for its subdomains. */
export function hostAllowed(host: string, allowList: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return allowList.some((entry) => {
    const e = entry.toLowerCase();
    if (e.startsWith("*.")) return h.endsWith(e.slice(1)) && h.length > e.length - 1;
    return h === e;
  });
}

/**
 * True for an IP literal that must not be called from the server unless an on-premise install
 * allows it: loopback, private (RFC 1918, ULA), link-local, CGNAT, unspecified, multicast,
 * IPv4-mapped forms of these, and the metadata address 169.254.169.254.
 */
export function isPrivateAddress(address: string): boolean {
  let a = address.toLowerCase().replace(/^\[|\]$/g, "");
  const mapped = a.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped?.[1]) a = mapped[1];
  const v4 = a.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) {
    const [p, q] = [Number(v4[1]), Number(v4[2])];
    return (
      p === 0 ||
      p === 10 ||
      p === 127 ||
      (p === 100 && q >= 64 && q <= 127) ||
      (p === 169 && q === 254) ||
      (p === 172 && q >= 16 && q <= 31) ||
      (p === 192 && q === 168) ||
      p >= 224
    );
  }
  if (a.includes(":")) {
    if (a === "::" || a === "::1") return true;
    if (/^f[cd]/.test(a)) return true; // fc00::/7 unique local
    if (/^fe[89ab]/.test(a)) return true; // fe80::/10 link-local
    if (/^ff/.test(a)) return true; // multicast
    if (/^::ffff:/.test(a)) return true; // mapped, hex form
    return false;
  }
  return false;
}

/** True when `host` is an IP literal (v4 or bracketed / bare v6). */
export const isIpLiteral = (host: string) =>
  /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.replace(/^\[|\]$/g, "").includes(":");
