/** One measured figure, as `npm run bench` prints it and writes it to bench/results.json. */
export interface Figure {
  id: string;
  value: number;
  unit: string;
  /** The goal in words, e.g. "< 100" or "2, flat". */
  goal: string;
  /** The naive baseline measured in the same run, or null when none applies. */
  baseline: number | null;
  /** baseline / value (how many times better than naive), or null. */
  ratio: number | null;
}

export function figure(id: string, value: number, unit: string, goal: string, baseline: number | null = null): Figure {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    id,
    value: round(value),
    unit,
    goal,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline === null || value === 0 ? null : round(baseline / value),
  };
}

/** Median of `runs` timings of `fn` in milliseconds: the machine is shared and noisy. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A bench suite: a file `bench/<area>.bench.ts` exporting `run`. */
export type BenchSuite = () => Promise<Figure[]>;
