import type { DiffLine } from "./diff";

/** Changed lines with three lines of context either side, left against right. */
export function DiffView({ lines, label, testId }: { lines: DiffLine[]; label: string; testId: string }) {
  return (
    <section className="diff" data-testid={testId} aria-label={label}>
      {lines
        .map((line, index) => ({ line, index }))
        .filter(({ index }) => lines.slice(Math.max(0, index - 3), index + 4).some((near) => near.changed))
        .map(({ line, index }) => (
          <div key={index} className={line.changed ? "diff-row diff-changed" : "diff-row"}>
            <pre className={line.left === null ? "diff-empty" : line.changed ? "diff-removed" : ""}>
              {line.left ?? ""}
            </pre>
            <pre className={line.right === null ? "diff-empty" : line.changed ? "diff-added" : ""}>
              {line.right ?? ""}
            </pre>
          </div>
        ))}
    </section>
  );
}
