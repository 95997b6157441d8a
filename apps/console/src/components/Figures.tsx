import { Descriptions, Typography } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

/** An instant in the county's zone (Asia/Shanghai), in the page's language. */
export function formatTime(iso: string | null | undefined, lang: "zh" | "en"): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString(lang === "en" ? "en-GB" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    hour12: false,
  });
}

/** The API's English-ish field names of a figure, in words people read. */
const figureWords: Record<string, { zh: string; en: string }> = {
  value: { zh: "数值", en: "Value" },
  rate: { zh: "比率", en: "Rate" },
  numerator: { zh: "分子", en: "Numerator" },
  denominator: { zh: "分母", en: "Denominator" },
  count: { zh: "数量", en: "Count" },
  findings: { zh: "问题数", en: "Findings" },
  received: { zh: "受理量", en: "Received" },
  responded: { zh: "已响应", en: "Responded" },
  resolved: { zh: "已办结", en: "Resolved" },
  rated: { zh: "已评价", en: "Rated" },
  satisfied: { zh: "满意", en: "Satisfied" },
  compounds: { zh: "小区数", en: "Compounds" },
  covered: { zh: "已覆盖", en: "Covered" },
  eligible: { zh: "应建", en: "Eligible" },
  formed: { zh: "已建", en: "Formed" },
  due: { zh: "应完成", en: "Due" },
  onTime: { zh: "按时", en: "On time" },
  points: { zh: "分值", en: "Points" },
  deducted: { zh: "扣分", en: "Deducted" },
  cap: { zh: "封顶", en: "Cap" },
  perFinding: { zh: "每项扣分", en: "Per finding" },
  metric: { zh: "指标", en: "Metric" },
  kind: { zh: "类型", en: "Kind" },
  from: { zh: "起点", en: "From" },
  to: { zh: "满分点", en: "Full at" },
  ifNoData: { zh: "无数据时", en: "If no data" },
  policy: { zh: "制度", en: "Policy" },
  severity: { zh: "严重程度", en: "Severity" },
  category: { zh: "类别", en: "Category" },
  byRule: { zh: "按规则", en: "By rule" },
  subjects: { zh: "涉及对象", en: "Subjects" },
  on: { zh: "统计日", en: "As of" },
  records: { zh: "记录", en: "Records" },
  id: { zh: "编号", en: "ID" },
  effectiveOn: { zh: "生效日", en: "Effective on" },
  completedOnTime: { zh: "按时完成", en: "Completed on time" },
  completedLate: { zh: "逾期完成", en: "Completed late" },
  openOverdue: { zh: "未完成已逾期", en: "Open, overdue" },
  openNotDue: { zh: "未完成未到期", en: "Open, not yet due" },
  target: { zh: "对象", en: "Target" },
  match: { zh: "匹配", en: "Match" },
  source: { zh: "来源", en: "Source" },
  rule: { zh: "规则", en: "Rule" },
  total: { zh: "合计", en: "Total" },
  score: { zh: "得分", en: "Score" },
  note: { zh: "说明", en: "Note" },
};

export function wordOf(key: string, lang: "zh" | "en"): string {
  return figureWords[key]?.[lang] ?? key;
}

/** A value as text: rates (0..1 under a rate-like key) as percentages, lists joined, objects nested. */
function show(key: string, value: unknown, lang: "zh" | "en"): ReactNode {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") {
    const rateLike = /rate|value|from|to/i.test(key) && value >= 0 && value <= 1 && !Number.isInteger(value);
    return rateLike ? `${Math.round(value * 1000) / 10}%` : String(Math.round(value * 100) / 100);
  }
  if (typeof value === "boolean") return value ? (lang === "zh" ? "是" : "yes") : lang === "zh" ? "否" : "no";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return "—";
    if (value.some((v) => typeof v === "object" && v !== null))
      // Records of a figure (a list in the API's order, never reordered): keyed by their JSON.
      return value.map((v) =>
        typeof v === "object" && v !== null ? (
          <Figures key={JSON.stringify(v)} data={v as Record<string, unknown>} nested />
        ) : (
          <div key={String(v)}>{String(v)}</div>
        ),
      );
    return value.map(String).join("、");
  }
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.zh === "string" && typeof o.en === "string") return lang === "zh" ? o.zh : o.en;
    return <Figures data={o} nested />;
  }
  return String(value);
}

/** Figures (an object of named numbers and their parts) as a small table of words and values. */
export function Figures({
  data,
  nested,
}: {
  data: Record<string, unknown> | null | undefined;
  nested?: boolean;
}) {
  const { lang } = useI18n();
  const entries = Object.entries(data ?? {});
  if (entries.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered={!nested}
      styles={{ label: { whiteSpace: "nowrap" } }}
      items={entries.map(([key, value]) => ({
        key,
        label: wordOf(key, lang),
        children: show(key, value, lang),
      }))}
    />
  );
}
