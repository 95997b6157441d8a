import type { Period } from "@propgov/core";

const pad = (n: number) => String(n).padStart(2, "0");

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of the same length just before: 2026-10 → 2026-09, 2026-Q1 → 2025-Q4, 2026 → 2025. */
export function previousPeriod(period: Period): Period {
  const year = Number(period.label.slice(0, 4));
  const span = (label: string, y: number, first: number, last: number): Period => ({
    label,
    kind: period.kind,
    start: `${y}-${pad(first)}-01`,
    end: `${y}-${pad(last)}-${pad(lastDay(y, last))}`,
  });
  if (period.kind === "year") return span(String(year - 1), year - 1, 1, 12);
  if (period.kind === "quarter") {
    const q = Number(period.label.slice(6));
    const [y, p] = q === 1 ? [year - 1, 4] : [year, q - 1];
    return span(`${y}-Q${p}`, y, 3 * p - 2, 3 * p);
  }
  const month = Number(period.label.slice(5, 7));
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return span(`${y}-${pad(m)}`, y, m, m);
}

/** The months (`YYYY-MM`) a period spans. */
export const monthsOf = (period: Period): string[] => {
  const year = period.start.slice(0, 4);
  const first = Number(period.start.slice(5, 7));
  const last = Number(period.end.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => `${year}-${pad(first + i)}`);
};
