export interface DiffLine {
  left: string | null;
  right: string | null;
  changed: boolean;
}

/** A side-by-side line diff (longest common subsequence): fine for documents of some hundred lines. */
export function sideBySide(before: string, after: string): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        a[i] === b[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ left: a[i] ?? "", right: b[j] ?? "", changed: false });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      out.push({ left: null, right: b[j] ?? "", changed: true });
      j++;
    } else {
      out.push({ left: a[i] ?? "", right: null, changed: true });
      i++;
    }
  }
  return out;
}

/**
 * JSON with object keys sorted at every depth, two-space indented. Stored documents come back
 * from jsonb with its own key order (shorter keys first), a preset in the order it was written:
 * without this, a comparison would show every reordered key as a change.
 */
export function canonicalJson(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sorted(value), null, 2);
}
