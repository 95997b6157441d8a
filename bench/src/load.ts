/** What a closed-loop run did: each worker starts its next operation when the last one ends. */
export interface RateResult {
  operations: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/**
 * Runs `operation` on `workers` concurrent loops for `seconds`, after a warm-up whose operations
 * are not counted. An operation that throws counts as an error and the run goes on.
 */
export async function closedLoop(
  workers: number,
  seconds: number,
  operation: (worker: number) => Promise<void>,
  warmupSeconds = 2,
): Promise<RateResult> {
  const latencies: number[] = [];
  let errors = 0;
  let counting = false;
  let stopped = false;
  const loop = async (worker: number) => {
    while (!stopped) {
      const start = performance.now();
      try {
        await operation(worker);
        if (counting && !stopped) latencies.push(performance.now() - start);
      } catch {
        if (counting) errors += 1;
      }
    }
  };
  const loops = Array.from({ length: workers }, (_, i) => loop(i));
  await sleep(warmupSeconds * 1000);
  counting = true;
  const started = performance.now();
  await sleep(seconds * 1000);
  stopped = true;
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(loops);
  latencies.sort((a, b) => a - b);
  return {
    operations: latencies.length,
    seconds: round(elapsed, 2),
    perSecond: round(latencies.length / elapsed, 1),
    p50Ms: round(percentile(latencies, 0.5), 2),
    p99Ms: round(percentile(latencies, 0.99), 2),
    errors,
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
