import { escapeHtml, formatNumber, formatPercent } from "./format.js";

/** The metrics a template item may be scored by, as people call them. */
export const metricLabels: Record<string, { zh: string; en: string }> = {
  "cases.responseRate": { zh: "诉求响应率", en: "case response rate" },
  "cases.resolutionRate": { zh: "诉求办结率", en: "case resolution rate" },
  "cases.satisfactionRate": { zh: "群众满意率", en: "satisfaction rate" },
  "coverage.service": { zh: "物业服务覆盖率", en: "property service coverage" },
  "coverage.committee": { zh: "业委会组建率", en: "owners' committee formation" },
  "coverage.partyOrg": { zh: "党组织组建率", en: "party organisation formation" },
  "tasks.onTime": { zh: "任务按时完成率", en: "tasks done on time" },
  "disclosures.compliance": { zh: "信息公开问题", en: "disclosure findings" },
  "meetings.compliance": { zh: "议事协商问题", en: "meeting findings" },
  findings: { zh: "政策检查发现问题", en: "policy findings" },
  "credit.bad": { zh: "不良信用记录", en: "bad credit records" },
  manual: { zh: "人工评分", en: "scored by an inspector" },
};

/** Metrics whose `value` is a rate (0..1); the others count findings or records. */
const RATE_METRICS = new Set([
  "cases.responseRate",
  "cases.resolutionRate",
  "cases.satisfactionRate",
  "coverage.service",
  "coverage.committee",
  "coverage.partyOrg",
  "tasks.onTime",
]);

/** What the `value` of a count metric counts. */
const countLabels: Record<string, string> = {
  "disclosures.compliance": "问题数",
  "meetings.compliance": "问题数",
  findings: "问题数",
  "credit.bad": "不良记录数",
};

/** Names of the other figures, in Chinese. */
const figureLabels: Record<string, string> = {
  numerator: "达标数",
  denominator: "应计数",
  on: "计量日",
  due: "应完成任务",
  completedOnTime: "按时完成",
  completedLate: "逾期完成",
  openOverdue: "逾期未完成",
  openNotDue: "未到期",
  byRule: "按规则",
  subjects: "涉及",
  records: "记录",
  count: "数量",
  policy: "政策",
  rule: "规则",
  severity: "严重程度",
  category: "类别",
};

const subjectLabels: Record<string, string> = {
  tenant: "县",
  region: "区域",
  compound: "小区",
  grid: "网格",
  company: "企业",
  contract: "合同",
  committee: "业委会",
  partyOrg: "党组织",
  department: "部门",
  body: "机构",
  venue: "场所",
  case: "诉求",
  meeting: "会议",
};

const severityLabels: Record<string, string> = {
  info: "提示",
  minor: "一般",
  major: "较重",
  critical: "严重",
};

const metricOf = (source: unknown): string =>
  typeof source === "string"
    ? source
    : source && typeof source === "object" && typeof (source as { metric?: unknown }).metric === "string"
      ? (source as { metric: string }).metric
      : "";

function plain(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return "无";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 10).map((v) => plain(v, depth + 1));
    return value.length > 10 ? `${shown.join("、")}等${value.length}项` : shown.join("、");
  }
  if (typeof value === "object") {
    if (depth > 1) return "…";
    return `（${Object.entries(value)
      .map(([k, v]) => `${figureLabels[k] ?? k} ${plain(v, depth + 1)}`)
      .join("，")}）`;
  }
  return String(value);
}

/** `compound:阳光花园` → `小区 阳光花园`. */
function subject(text: unknown): string {
  if (typeof text !== "string") return plain(text);
  const i = text.indexOf(":");
  if (i < 0) return text;
  const type = text.slice(0, i);
  return `${subjectLabels[type] ?? type} ${text.slice(i + 1)}`;
}

/** Names of policies by id (`gridResponsibility` → 网格包保责任), to name sources and rules. */
export type PolicyNames = Readonly<Record<string, string>>;

/** `policy.rule` → `网格包保责任·compoundWithoutGrids` (rules have no names of their own). */
function ruleKey(key: string, names: PolicyNames): string {
  const dot = key.lastIndexOf(".");
  if (dot < 0) return key;
  const policy = key.slice(0, dot);
  const name = names[policy];
  return name ? `${name}·${key.slice(dot + 1)}` : key;
}

function figure(key: string, value: unknown, names: PolicyNames): string | null {
  switch (key) {
    case "byRule": {
      if (!value || typeof value !== "object") return null;
      const entries = Object.entries(value as Record<string, unknown>);
      if (!entries.length) return null;
      return `按规则：${entries.map(([rule, n]) => `${ruleKey(rule, names)} ${plain(n)}项`).join("、")}`;
    }
    case "subjects":
      if (!Array.isArray(value) || !value.length) return null;
      return `涉及：${value.map(subject).join("、")}`;
    case "records": {
      if (!Array.isArray(value) || !value.length) return null;
      const shown = value.map((r) => {
        if (!r || typeof r !== "object") return plain(r);
        const rec = r as Record<string, unknown>;
        const what = typeof rec.category === "string" ? rec.category : plain(rec.id);
        return typeof rec.effectiveOn === "string" ? `${what}（${rec.effectiveOn}起）` : what;
      });
      return `记录：${shown.join("、")}`;
    }
    case "severity":
      return `严重程度：${severityLabels[String(value)] ?? plain(value)}`;
    default:
      return `${figureLabels[key] ?? key}：${plain(value)}`;
  }
}

/**
 * The figures a score came from, in readable Chinese, one phrase each, read with the item's
 * source: a rate as `比率：92.5%（37/40）`, a count as `问题数：2`, then the details
 * (`计量日`, `按时完成`, `涉及：小区 阳光花园`, …). Unknown keys keep their name; nothing is dropped.
 */
export function readableFigures(figures: unknown, source?: unknown, names: PolicyNames = {}): string[] {
  if (figures === null || figures === undefined) return [];
  if (typeof figures !== "object" || Array.isArray(figures)) return [plain(figures)];
  const f = figures as Record<string, unknown>;
  const metric = metricOf(source);
  const out: string[] = [];
  const used = new Set<string>(["value", "missing"]);
  if (f.missing === true) out.push("未取得数据");
  const value = f.value;
  if (typeof value === "number") {
    if (RATE_METRICS.has(metric) || (!metric && typeof f.denominator === "number")) {
      const fraction =
        typeof f.numerator === "number" && typeof f.denominator === "number"
          ? `（${formatNumber(f.numerator)}/${formatNumber(f.denominator)}）`
          : "";
      out.push(`比率：${formatPercent(value)}${fraction}`);
      if (fraction) for (const k of ["numerator", "denominator"]) used.add(k);
    } else {
      out.push(`${countLabels[metric] ?? "数值"}：${formatNumber(value)}`);
    }
  } else if (value === null && metric !== "manual" && f.missing !== true) {
    out.push(RATE_METRICS.has(metric) ? "比率：本期无应计数据" : "数值：无");
  } else if (value !== undefined && value !== null) {
    out.push(`数值：${plain(value)}`);
  }
  for (const [key, v] of Object.entries(f)) {
    if (used.has(key)) continue;
    const line = figure(key, v, names);
    if (line) out.push(line);
  }
  return out;
}

const pct = (n: unknown) => (typeof n === "number" ? formatPercent(n) : plain(n));

/** An item's scoring rule, or a veto's, as one phrase: `线性计分：60%及以下0分，95%及以上满分`. */
export function ruleLabel(rule: unknown): string | null {
  if (!rule || typeof rule !== "object") return null;
  const r = rule as Record<string, unknown>;
  switch (r.kind) {
    case "linear":
      return `线性计分：${pct(r.from)}及以下不得分，${pct(r.to)}及以上得满分，其间按比例；无数据时${r.ifNoData === "zero" ? "不得分" : "得满分"}`;
    case "deduction":
      return `每项扣${plain(r.perFinding)}分${typeof r.cap === "number" ? `，最多扣${formatNumber(r.cap)}分` : "，扣完为止"}`;
    case "manual":
      return "检查人员评分";
    case "atLeast":
      return `达到${plain(r.count ?? 1)}项即否决`;
    case "below":
      return `低于${pct(r.threshold)}即否决`;
    default:
      return null;
  }
}

/** The item's source as people call it: 诉求响应率, 政策检查发现问题（政策 网格包保责任）. */
export function sourceLabel(source: unknown, lang: "zh" | "en" = "zh", names: PolicyNames = {}): string {
  if (typeof source === "string") return metricLabels[source]?.[lang] ?? source;
  if (!source || typeof source !== "object") return "";
  const s = source as Record<string, unknown>;
  const metric = typeof s.metric === "string" ? s.metric : "";
  const base = metricLabels[metric]?.[lang] ?? metric;
  const narrowing = ["policy", "rule", "severity", "category"]
    .filter((k) => typeof s[k] === "string")
    .map((k) => {
      const v = s[k] as string;
      if (lang === "en") return `${k} ${v}`;
      const shown = k === "severity" ? (severityLabels[v] ?? v) : k === "policy" ? (names[v] ?? v) : v;
      return `${figureLabels[k]} ${shown}`;
    });
  return narrowing.length ? `${base}（${narrowing.join("，")}）` : base;
}

/** An inspector's manual score as one phrase: `人工评分，依据：…；评分人：…`. */
export function manualNote(manual: unknown): string | null {
  if (!manual || typeof manual !== "object") return null;
  const m = manual as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof m.evidence === "string" && m.evidence) parts.push(`依据：${m.evidence}`);
  if (typeof m.by === "string" && m.by) parts.push(`评分人：${m.by}`);
  return parts.length ? `人工评分，${parts.join("；")}` : "人工评分";
}

/** {@link readableFigures} as escaped HTML list items. */
export const figuresHtml = (figures: unknown, source?: unknown, names: PolicyNames = {}): string =>
  readableFigures(figures, source, names)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join("");
