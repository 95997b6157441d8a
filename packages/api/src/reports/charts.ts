import { escapeHtml, formatNumber } from "./format.js";

/** One target on a chart. */
export interface ChartRow {
  id: string;
  label: string;
  value: number;
  /** The previous period's value, for the change chart; null when there was none. */
  previous?: number | null;
}

export interface ChartOptions {
  /** Unique on the page: the ids of the chart's `<title>` and `<desc>` derive from it. */
  id: string;
  title: string;
  description: string;
  /** The value a full bar stands for (e.g. the template's full marks). */
  max: number;
}

const WIDTH = 680;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 90;
const PLOT = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const ROW = 26;
const TOP = 8;

/** Long names are cut to fit the label column; the bar's own `<title>` keeps the whole name. */
function shortLabel(label: string, max = 11): string {
  const chars = Array.from(label);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : label;
}

const scale = (value: number, max: number) => {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.max(0, Math.min(PLOT, (value / max) * PLOT));
};

const px = (n: number) => String(Math.round(n * 10) / 10);

function frame(o: ChartOptions, height: number, body: string): string {
  const id = escapeHtml(o.id);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="${id}-title">${escapeHtml(o.title)}</title><desc id="${id}-desc">${escapeHtml(o.description)}</desc>${body}</svg>`;
}

/** Vertical guide lines at 0, 25, 50, 75 and 100% of `max`, labelled. */
function gridLines(max: number, height: number): string {
  let out = "";
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const x = LABEL_WIDTH + f * PLOT;
    out += `<line class="grid" x1="${px(x)}" y1="${TOP}" x2="${px(x)}" y2="${height - 18}"/>`;
    out += `<text class="tick" x="${px(x)}" y="${height - 4}" text-anchor="middle">${formatNumber(f * max)}</text>`;
  }
  return out;
}

/**
 * A horizontal bar chart: one `rect.bar` per row, in the given order, each with a `<title>`
 * naming the target and its value (screen readers and hover), the value written at its end.
 */
export function barChartSvg(rows: readonly ChartRow[], o: ChartOptions): string {
  const height = TOP + rows.length * ROW + 22;
  let body = gridLines(o.max, height);
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    const w = scale(row.value, o.max);
    const label = escapeHtml(row.label);
    body += `<g class="row"><text class="label" x="${LABEL_WIDTH - 6}" y="${y + 17}" text-anchor="end">${escapeHtml(shortLabel(row.label))}</text>`;
    body += `<rect class="bar" data-target="${escapeHtml(row.id)}" x="${LABEL_WIDTH}" y="${y + 4}" width="${px(w)}" height="${ROW - 8}"><title>${label}：${formatNumber(row.value)} 分</title></rect>`;
    body += `<text class="value" x="${px(LABEL_WIDTH + w + 4)}" y="${y + 17}">${formatNumber(row.value)}</text></g>`;
  });
  return frame(o, height, body);
}

/** `↑ 3.5`, `↓ 2`, `持平`, or `新` when there is no previous value. */
export function changeText(current: number, previous: number | null | undefined): string {
  if (previous === null || previous === undefined) return "新";
  const delta = Math.round((current - previous) * 100) / 100;
  if (delta > 0) return `↑ ${formatNumber(delta)}`;
  if (delta < 0) return `↓ ${formatNumber(-delta)}`;
  return "持平";
}

/**
 * The change chart: per row a thin grey bar for the previous period (`rect.bar-previous`,
 * absent when there was none) above the current one (`rect.bar-current`), and the change.
 */
export function changeChartSvg(rows: readonly ChartRow[], o: ChartOptions): string {
  const rowHeight = ROW + 8;
  const height = TOP + rows.length * rowHeight + 22;
  let body = gridLines(o.max, height);
  rows.forEach((row, i) => {
    const y = TOP + i * rowHeight;
    const label = escapeHtml(row.label);
    const change = changeText(row.value, row.previous);
    const direction =
      row.previous === null || row.previous === undefined
        ? "new"
        : row.value > row.previous
          ? "up"
          : row.value < row.previous
            ? "down"
            : "same";
    body += `<g class="row"><text class="label" x="${LABEL_WIDTH - 6}" y="${y + 19}" text-anchor="end">${escapeHtml(shortLabel(row.label))}</text>`;
    if (row.previous !== null && row.previous !== undefined) {
      body += `<rect class="bar-previous" data-target="${escapeHtml(row.id)}" x="${LABEL_WIDTH}" y="${y + 4}" width="${px(scale(row.previous, o.max))}" height="9"><title>${label}：上期 ${formatNumber(row.previous)} 分</title></rect>`;
    }
    const w = scale(row.value, o.max);
    body += `<rect class="bar-current" data-target="${escapeHtml(row.id)}" x="${LABEL_WIDTH}" y="${y + 15}" width="${px(w)}" height="13"><title>${label}：本期 ${formatNumber(row.value)} 分（${change}）</title></rect>`;
    body += `<text class="change ${direction}" x="${px(LABEL_WIDTH + Math.max(w, scale(row.previous ?? 0, o.max)) + 4)}" y="${y + 25}">${escapeHtml(change)}</text></g>`;
  });
  return frame(o, height, body);
}
