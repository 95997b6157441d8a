import { csvField as quoteField } from "@propgov/core";
import { reportTitle } from "./format.js";
import type { ReportModel } from "./model.js";

/** The columns of the report's CSV, in order, with their headers in both languages. */
export const reportCsvColumns = [
  { key: "assessment", zh: "考核", en: "Assessment" },
  { key: "period", zh: "期间", en: "Period" },
  { key: "template", zh: "考核细则", en: "Template" },
  { key: "rank", zh: "名次", en: "Rank" },
  { key: "target", zh: "考核对象", en: "Target" },
  { key: "total", zh: "总分", en: "Total" },
  { key: "grade", zh: "等级", en: "Grade" },
  { key: "item", zh: "考核项目", en: "Item" },
  { key: "points", zh: "分值", en: "Points" },
  { key: "score", zh: "得分", en: "Score" },
] as const;

type Cell = string | number | null;

/**
 * One field, quoted as RFC 4180 asks (core's `csvField`). Numbers are rounded to two places, and
 * text that a spreadsheet would run as a formula (`= + - @`, tab, CR first) is prefixed with `'`.
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number")
    return Number.isFinite(value) ? quoteField(Math.round(value * 100) / 100) : "";
  return quoteField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/**
 * The report as CSV: UTF-8 with a byte order mark (Excel opens it as UTF-8), CRLF line ends, a
 * header row (Chinese, or English with `lang: "en"`), then one row per target per item in
 * ranking order; a target without items still gets one row. Numbers are plain (`92.5`).
 */
export function renderReportCsv(model: ReportModel, lang: "zh" | "en" = "zh"): string {
  const title = reportTitle(model, lang);
  const lines: string[] = [reportCsvColumns.map((c) => csvField(c[lang])).join(",")];
  for (const section of model.sections) {
    for (const card of section.cards) {
      const base: Cell[] = [
        title,
        model.assessment.period,
        section.name[lang],
        card.rank,
        card.targetName,
        card.total,
        card.grade,
      ];
      const items = card.items.length ? card.items : [null];
      for (const item of items) {
        const row = [...base, item ? item.title[lang] : null, item?.points ?? null, item?.score ?? null];
        lines.push(row.map(csvField).join(","));
      }
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
