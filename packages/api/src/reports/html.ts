import { barChartSvg, type ChartRow, changeChartSvg, changeText } from "./charts.js";
import { figuresHtml, manualNote, type PolicyNames, ruleLabel, sourceLabel } from "./figures.js";
import {
  chineseNumeral,
  escapeHtml,
  formatDateTime,
  formatNumber,
  kindLabels,
  periodLabel,
  reportTitle,
  statusLabels,
} from "./format.js";
import type { ReportCard, ReportItem, ReportModel, ReportSection } from "./model.js";

/** A manual item the inspector has not scored yet. */
const pendingManual = (item: ReportItem) =>
  !item.manual &&
  ((item.rule as { kind?: unknown } | null)?.kind === "manual" ||
    (item.source as { metric?: unknown } | null)?.metric === "manual");

/**
 * Print styles: A4 portrait, system fonts only (Song for text, Hei for headings: what county
 * offices have installed), tables that keep rows whole and repeat their heads across pages.
 */
const CSS = `
@page { size: A4 portrait; margin: 18mm 15mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 210mm; padding: 12mm; color: #111; background: #fff;
  font: 11pt/1.6 "SimSun", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
h1, h2, h3, h4, th, .meta, figcaption, .chart text { font-family: "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 4mm; letter-spacing: .05em; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1.5pt solid #b00; padding-bottom: 1mm; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
h4 { font-size: 11pt; margin: 4mm 0 1mm; }
h4 .sum { font-weight: normal; color: #444; margin-left: 1em; }
.meta { text-align: center; color: #333; margin: 0 0 3mm; }
.notice { border: 1pt solid #999; background: #f6f6f6; padding: 2mm 3mm; margin: 2mm 0; }
.notice.superseded { border-color: #b00; background: #fff3f3; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; font-size: 10pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
th, td { border: .75pt solid #555; padding: 1mm 1.5mm; vertical-align: top; }
th { background: #eee; font-weight: bold; text-align: center; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.rank { text-align: center; }
.up { color: #1a7f37; } .down { color: #b00; }
.fail, .vetoed { color: #b00; font-weight: bold; } .pass { color: #1a7f37; }
ul.figures { margin: 0; padding-left: 1.2em; font-size: 9pt; color: #333; }
.source { font-size: 9pt; color: #555; }
figure { margin: 3mm 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 10pt; color: #333; text-align: center; }
.chart { display: block; max-width: 100%; height: auto; }
.chart text { font-size: 11px; fill: #222; }
.chart .tick { font-size: 9px; fill: #666; }
.chart .grid { stroke: #ddd; stroke-width: 1; }
.chart .bar, .chart .bar-current { fill: #b22222; }
.chart .bar-previous { fill: #bbb; }
.chart .change.up { fill: #1a7f37; } .chart .change.down { fill: #b00; }
section.card { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 8mm; border-top: .75pt solid #999; padding-top: 2mm; font-size: 9pt; color: #555; }
.watermark { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  font: bold 120pt "SimHei", "Microsoft YaHei", sans-serif; color: rgba(200, 0, 0, .12);
  transform: rotate(-30deg); pointer-events: none; z-index: 10; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; } }
`;

/** The value a full bar stands for: the template's full marks, or the highest total. */
function chartMax(cards: readonly ReportCard[]): number {
  let max = 0;
  for (const card of cards) {
    const full = card.items.reduce((sum, item) => sum + (item.points ?? 0), 0);
    max = Math.max(max, full, card.total);
  }
  return max > 0 ? max : 100;
}

function rankChange(card: ReportCard): string {
  if (card.rank === null || card.previousRank === null) return "—";
  const d = card.previousRank - card.rank;
  if (d > 0) return `<span class="up">↑ ${d}</span>`;
  if (d < 0) return `<span class="down">↓ ${-d}</span>`;
  return "持平";
}

function totalChange(card: ReportCard): string {
  if (card.previousTotal === null) return "—";
  const text = changeText(card.total, card.previousTotal);
  const cls = text.startsWith("↑") ? "up" : text.startsWith("↓") ? "down" : "";
  return cls ? `<span class="${cls}">${escapeHtml(text)}</span>` : escapeHtml(text);
}

function outcome(card: ReportCard): string {
  if (!card.assessable) return '<span class="unassessed">不参评（无可计量数据）</span>';
  if (card.vetoed) return '<span class="vetoed">✗ 一票否决</span>';
  return card.passed ? '<span class="pass">✓ 合格</span>' : '<span class="fail">✗ 不合格</span>';
}

function rankingTable(section: ReportSection): string {
  const rows = section.cards
    .map(
      (card) =>
        `<tr data-target="${escapeHtml(card.targetId)}"><td class="rank">${card.rank ?? "—"}</td><td>${escapeHtml(card.targetName)}</td><td class="num">${formatNumber(card.total)}</td><td class="rank">${escapeHtml(card.grade ?? "—")}</td><td class="num">${formatNumber(card.previousTotal)}</td><td class="num">${totalChange(card)}</td><td class="rank">${rankChange(card)}</td><td class="rank">${outcome(card)}</td></tr>`,
    )
    .join("");
  return `<table class="ranking"><caption>${escapeHtml(section.name.zh)}排名</caption><thead><tr><th scope="col">名次</th><th scope="col">考核对象</th><th scope="col">总分</th><th scope="col">等级</th><th scope="col">上期得分</th><th scope="col">较上期</th><th scope="col">名次变化</th><th scope="col">结果</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function cardDetail(card: ReportCard, names: PolicyNames): string {
  const items = card.items
    .map((item, i) => {
      const manual = manualNote(item.manual);
      const how = [sourceLabel(item.source, "zh", names), ruleLabel(item.rule)].filter(Boolean).join(" · ");
      const score =
        item.score === null
          ? "待评"
          : `${formatNumber(item.score)}${pendingManual(item) ? "<br>（待评）" : ""}`;
      return `<tr><td class="rank">${i + 1}</td><td>${escapeHtml(item.title.zh)}${how ? `<div class="source">${escapeHtml(how)}</div>` : ""}</td><td class="num">${formatNumber(item.points)}</td><td class="num">${score}</td><td><ul class="figures">${figuresHtml(item.figures, item.source, names)}${manual ? `<li>${escapeHtml(manual)}</li>` : ""}</ul></td></tr>`;
    })
    .join("");
  const vetoes = card.vetoes.length
    ? `<p class="vetoed">一票否决：${card.vetoes
        .map((v) => escapeHtml(v.detail ? `${v.title}（${v.detail}）` : v.title))
        .join("；")}</p>`
    : "";
  const rank = card.rank === null ? "" : `第${card.rank}名 `;
  return `<section class="card" data-target="${escapeHtml(card.targetId)}"><h4>${rank}${escapeHtml(card.targetName)}<span class="sum">总分 ${formatNumber(card.total)}${card.grade ? ` · ${escapeHtml(card.grade)}` : ""}</span></h4><table class="items"><thead><tr><th scope="col">序号</th><th scope="col">考核项目</th><th scope="col">分值</th><th scope="col">得分</th><th scope="col">计分依据</th></tr></thead><tbody>${items}</tbody></table>${vetoes}</section>`;
}

function sectionHtml(section: ReportSection, index: number, firstFigure: number, names: PolicyNames): string {
  const rows: ChartRow[] = section.cards.map((c) => ({
    id: c.targetId,
    label: c.targetName,
    value: c.total,
    previous: c.previousTotal,
  }));
  const max = chartMax(section.cards);
  const name = section.name.zh;
  const totals = barChartSvg(rows, {
    id: `chart-${index}-totals`,
    title: `${name}：各对象总分`,
    description: rows.map((r) => `${r.label} ${formatNumber(r.value)} 分`).join("；"),
    max,
  });
  const change = changeChartSvg(rows, {
    id: `chart-${index}-change`,
    title: `${name}：本期与上期得分对比`,
    description: rows
      .map(
        (r) =>
          `${r.label} 本期 ${formatNumber(r.value)} 分，${r.previous === null || r.previous === undefined ? "上期无成绩" : `上期 ${formatNumber(r.previous)} 分，${changeText(r.value, r.previous)}`}`,
      )
      .join("；"),
    max,
  });
  const body = section.cards.length
    ? `${rankingTable(section)}<figure>${totals}<figcaption>图${firstFigure}　${escapeHtml(name)}各对象总分</figcaption></figure><figure>${change}<figcaption>图${firstFigure + 1}　${escapeHtml(name)}本期与上期得分对比（灰色为上期）</figcaption></figure><h3>得分明细</h3>${section.cards.map((card) => cardDetail(card, names)).join("")}`
    : "<p>本细则本期没有考核对象。</p>";
  return `<section class="template" data-template="${escapeHtml(section.code)}"><h2>${chineseNumeral(index + 1)}、${escapeHtml(name)}</h2>${body}</section>`;
}

/**
 * The printable report page: a self-contained HTML document in Chinese (no scripts, no external
 * resources), with the ranking per template, each target's items and the figures behind them,
 * and two inline SVG charts per template. Every value from data is escaped.
 */
export function renderReportHtml(model: ReportModel): string {
  const a = model.assessment;
  const tz = model.tenant.timezone;
  const title = reportTitle(model);
  const meta = [
    `期间：${escapeHtml(periodLabel(a.period))}`,
    `类型：${escapeHtml(kindLabels[a.kind].zh)}`,
    `状态：${escapeHtml(statusLabels[a.status].zh)}`,
    a.publishedAt
      ? `发布时间：${formatDateTime(a.publishedAt, tz)}`
      : `计算时间：${formatDateTime(a.computedAt, tz)}`,
  ];
  if (a.revision > 1) meta.push(`第${a.revision}版`);
  const notices: string[] = [];
  if (a.status === "draft") {
    notices.push('<p class="notice" role="note">本页为草稿，结果未经发布，不得作为考核依据对外引用。</p>');
  }
  if (model.supersededBy) {
    notices.push(
      `<p class="notice superseded" role="note">本版已被第${model.supersededBy.revision}版修订取代，请以<a href="${escapeHtml(model.supersededBy.href)}">现行版本</a>为准。</p>`,
    );
  }
  if (model.revises) {
    notices.push(
      `<p class="notice" role="note">本版为第${a.revision}版，修订第${model.revises.revision}版${a.reason ? `，修订原因：${escapeHtml(a.reason)}` : ""}。</p>`,
    );
  }
  if (model.scope === "own") {
    notices.push('<p class="notice" role="note">本报告仅列出本单位的考核结果。</p>');
  }
  const sections = model.sections.length
    ? model.sections
        .map((section, i) => {
          // Figures are numbered through the page; a template without targets has none.
          const before = model.sections.slice(0, i).filter((s) => s.cards.length > 0).length;
          return sectionHtml(section, i, 1 + 2 * before, model.policyNames);
        })
        .join("")
    : "<p>本期没有考核结果。</p>";
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body class="status-${a.status}">
${a.status === "draft" ? '<div class="watermark" aria-hidden="true">草稿</div>\n' : ""}<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.join("　")}</p>
${notices.join("\n")}
</header>
<main>
${sections}
</main>
<footer>${escapeHtml(model.tenant.name)} · 编号 ${escapeHtml(a.id)} · 生成于 ${formatDateTime(model.generatedAt, tz)}</footer>
</body>
</html>
`;
}
