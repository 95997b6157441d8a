import { countLabel } from "./county.js";
import type { Results } from "./summary.js";

/** One line of the chart: a median latency at each data size. */
export interface Series {
  name: string;
  points: { size: number; ms: number }[];
}

/**
 * The latency series of the size benches present: KPIs and evaluations by cases, and the lists by
 * rows, the slowest list's first page and the slowest list's deep page at each size.
 */
export function latencySeries(r: Results): Series[] {
  const out: Series[] = [];
  if (r.kpis)
    out.push({
      name: "GET kpis/cases",
      points: r.kpis.sizes.map((s) => ({ size: s.cases, ms: s.medianMs })),
    });
  if (r.evaluations)
    out.push({
      name: "POST evaluations",
      points: r.evaluations.sizes.map((s) => ({ size: s.cases, ms: s.medianMs })),
    });
  if (r.lists) {
    const lists = r.lists;
    for (const page of ["first", "deep"] as const) {
      const figures = lists.lists.filter((l) => l.page === page);
      out.push({
        name: `lists, slowest ${page} page`,
        points: lists.sizes.map((size, i) => ({
          size: size.rows,
          ms: Math.max(...figures.map((f) => f.sizes[i]?.medianMs ?? 0)),
        })),
      });
    }
  }
  return out.filter((s) => s.points.length > 0);
}

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];

const xml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Powers of ten from the one at or below `lo` to the one at or above `hi`. */
function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out.length > 1 ? out : [out[0] as number, (out[0] as number) * 10];
}

/**
 * A line chart of latency against data size, both axes logarithmic (a flat line is a list that
 * stays fast; a line parallel to the diagonal grows with the data): one `<path>` per series, a
 * marker per point, a legend. Plain SVG 1.1, no script, no external resource.
 */
export function latencySvg(series: readonly Series[], title = "Latency against data size"): string {
  const width = 720;
  const height = 420;
  const m = { left: 70, right: 200, top: 40, bottom: 50 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const points = series.flatMap((s) => s.points).filter((p) => p.size > 0 && p.ms > 0);
  const xs = decades(
    Math.min(...points.map((p) => p.size), 10_000),
    Math.max(...points.map((p) => p.size), 1e6),
  );
  const ys = decades(Math.min(...points.map((p) => p.ms), 1), Math.max(...points.map((p) => p.ms), 100));
  const scale = (v: number, ticks: number[], length: number) => {
    const lo = Math.log10(ticks[0] as number);
    const hi = Math.log10(ticks.at(-1) as number);
    return ((Math.log10(v) - lo) / (hi - lo)) * length;
  };
  const px = (size: number) => r1(m.left + scale(size, xs, plotW));
  const py = (ms: number) => r1(m.top + plotH - scale(ms, ys, plotH));
  const msLabel = (v: number) => (v >= 1000 ? `${v / 1000} s` : `${v} ms`);
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${xml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${m.left}" y="24" font-size="15" font-weight="bold">${xml(title)}</text>`,
  ];
  for (const t of xs) {
    lines.push(
      `<line x1="${px(t)}" y1="${m.top}" x2="${px(t)}" y2="${m.top + plotH}" stroke="#dddddd"/>`,
      `<text x="${px(t)}" y="${m.top + plotH + 18}" text-anchor="middle">${countLabel(t)}</text>`,
    );
  }
  for (const t of ys) {
    lines.push(
      `<line x1="${m.left}" y1="${py(t)}" x2="${m.left + plotW}" y2="${py(t)}" stroke="#dddddd"/>`,
      `<text x="${m.left - 8}" y="${py(t) + 4}" text-anchor="end">${xml(msLabel(t))}</text>`,
    );
  }
  lines.push(
    `<rect x="${m.left}" y="${m.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888888"/>`,
    `<text x="${m.left + plotW / 2}" y="${height - 12}" text-anchor="middle">rows (cases for KPIs and evaluations), log scale</text>`,
    `<text x="16" y="${m.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 16 ${m.top + plotH / 2})">median latency, log scale</text>`,
  );
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length] as string;
    const pts = s.points.filter((p) => p.size > 0 && p.ms > 0);
    const d = pts.map((p, j) => `${j === 0 ? "M" : "L"}${px(p.size)} ${py(p.ms)}`).join(" ");
    lines.push(`<path d="${d || "M0 0"}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const p of pts)
      lines.push(
        `<circle cx="${px(p.size)}" cy="${py(p.ms)}" r="3.5" fill="${color}"><title>${xml(`${s.name}: ${countLabel(p.size)}, ${p.ms} ms`)}</title></circle>`,
      );
    const ly = m.top + 10 + i * 20;
    lines.push(
      `<line x1="${m.left + plotW + 14}" y1="${ly}" x2="${m.left + plotW + 38}" y2="${ly}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${m.left + plotW + 44}" y="${ly + 4}">${xml(s.name)}</text>`,
    );
  });
  if (series.length === 0)
    lines.push(
      `<text x="${m.left + plotW / 2}" y="${m.top + plotH / 2}" text-anchor="middle">no size bench results yet</text>`,
    );
  lines.push("</svg>");
  return `${lines.join("\n")}\n`;
}
