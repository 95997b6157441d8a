export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** 0.8333 → "83.3%"; null (0 ÷ 0) → "—". */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return "—";
  return `${(Math.round(rate * 1000) / 10).toString()}%`;
}
