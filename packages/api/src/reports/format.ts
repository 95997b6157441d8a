import type { AssessmentKind, AssessmentStatus } from "@propgov/db";
import type { Label, ReportModel } from "./model.js";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML and SVG content and attribute values. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? "").replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);

/** A number rounded to at most two decimals, without trailing zeros; `—` for none. */
export function formatNumber(value: number | null | undefined, none = "—"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return none;
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A rate in [0, 1] as a percentage with one decimal, e.g. `92.5%`. */
export const formatPercent = (rate: number): string => `${formatNumber(Math.round(rate * 1000) / 10)}%`;

const CHINESE_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return CHINESE_DIGITS[n] ?? String(n);
  if (n < 20) return `十${CHINESE_DIGITS[n - 10]}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ""}`;
  return String(n);
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

type ParsedPeriod =
  | { unit: "month"; year: number; month: number }
  | { unit: "quarter"; year: number; quarter: number }
  | { unit: "year"; year: number }
  | { unit: "other"; text: string };

/** Reads `2026-10`, `2026-Q3` (or `2026Q3`), `2026`; anything else stays as written. */
export function parsePeriod(period: string): ParsedPeriod {
  const month = /^(\d{4})-(\d{1,2})$/.exec(period);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { unit: "month", year: Number(month[1]), month: Number(month[2]) };
  }
  const quarter = /^(\d{4})-?Q([1-4])$/i.exec(period);
  if (quarter) return { unit: "quarter", year: Number(quarter[1]), quarter: Number(quarter[2]) };
  const year = /^(\d{4})$/.exec(period);
  if (year) return { unit: "year", year: Number(year[1]) };
  return { unit: "other", text: period };
}

/** The period as people write it: 2026年10月, 2026年第三季度, 2026年度. */
export function periodLabel(period: string, lang: "zh" | "en" = "zh"): string {
  const p = parsePeriod(period);
  if (lang === "en") {
    switch (p.unit) {
      case "month":
        return `${MONTHS_EN[p.month - 1]} ${p.year}`;
      case "quarter":
        return `Q${p.quarter} ${p.year}`;
      case "year":
        return String(p.year);
      default:
        return p.text;
    }
  }
  switch (p.unit) {
    case "month":
      return `${p.year}年${p.month}月`;
    case "quarter":
      return `${p.year}年第${chineseNumeral(p.quarter)}季度`;
    case "year":
      return `${p.year}年度`;
    default:
      return p.text;
  }
}

/** What each kind of assessment is called. */
export const kindLabels: Record<AssessmentKind, Label> = {
  monthlyBulletin: { zh: "通报", en: "monthly bulletin" },
  quarterly: { zh: "季度考核", en: "quarterly assessment" },
  annual: { zh: "年终评比", en: "year-end evaluation" },
};

/** What each status is called. */
export const statusLabels: Record<AssessmentStatus, Label> = {
  draft: { zh: "草稿（未发布，仅供审核）", en: "draft (not published)" },
  published: { zh: "已发布", en: "published" },
  superseded: { zh: "已被修订版取代", en: "superseded by a revision" },
};

/**
 * The report's title from kind, period and tenant: 蒙城县物业管理工作2026年10月通报,
 * …2026年第三季度考核, …2026年度年终评比; a revision says so.
 */
export function reportTitle(
  model: Pick<ReportModel, "tenant" | "assessment">,
  lang: "zh" | "en" = "zh",
): string {
  const { kind, period, revision } = model.assessment;
  const p = parsePeriod(period);
  if (lang === "en") {
    const base = `${model.tenant.name} property management ${kindLabels[kind].en}, ${periodLabel(period, "en")}`;
    return revision > 1 ? `${base} (revision ${revision})` : base;
  }
  let when: string;
  if (kind === "quarterly" && p.unit === "quarter") when = `${p.year}年第${chineseNumeral(p.quarter)}季度`;
  else if (kind === "annual" && p.unit === "year") when = `${p.year}年度`;
  else when = periodLabel(period, "zh");
  const base = `${model.tenant.name}物业管理工作${when}${kind === "quarterly" && p.unit === "quarter" ? "考核" : kindLabels[kind].zh}`;
  return revision > 1 ? `${base}（第${revision}次修订版）` : base;
}

/** A date-time in the tenant's zone, e.g. `2026-11-27 11:25`. */
export function formatDateTime(at: Date, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(at);
  } catch {
    return at.toISOString().slice(0, 16).replace("T", " ");
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** Reads a `{zh, en}` label, or a plain string, or nothing, into a Label. */
export function toLabel(value: unknown, fallback: string): Label {
  if (typeof value === "string" && value.trim()) return { zh: value, en: value };
  if (value && typeof value === "object") {
    const v = value as { zh?: unknown; en?: unknown };
    const zh = typeof v.zh === "string" && v.zh.trim() ? v.zh : undefined;
    const en = typeof v.en === "string" && v.en.trim() ? v.en : undefined;
    if (zh || en) return { zh: zh ?? en ?? fallback, en: en ?? zh ?? fallback };
  }
  return { zh: fallback, en: fallback };
}
