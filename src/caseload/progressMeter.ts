import type { CaseloadProgress } from './types.js';

/** A progress line for a terminal: redrawn in place, at most a few times a second. */
export interface ProgressMeter {
  /**
   * Shows the counts so far: cases read, cases per second since the meter was made and,
   * when any, cases rejected. Calls within `minIntervalMs` of the last redraw are ignored.
   * Needs no `this`, so it can be passed as `onProgress` directly.
   */
  update(progress: CaseloadProgress): void;
  /** Wipes the line (before the final counts are printed). */
  clear(): void;
}

const number = (n: number) => Math.round(n).toLocaleString('en-GB');

/**
 * A progress meter writing `\r12,345 cases  8,765 cases/s` to `write`, redrawn at most once
 * every `minIntervalMs` (default 200 ms: five times a second). The clock is passed in: the
 * library itself never reads it.
 *
 * @example
 * const meter = createProgressMeter((s) => process.stderr.write(s), () => performance.now());
 * await evaluateNdjsonStream(input, process.stdout, pack, { asOf, onProgress: meter.update });
 * meter.clear();
 */
export function createProgressMeter(write: (text: string) => void, now: () => number, minIntervalMs = 200): ProgressMeter {
  const start = now();
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(progress) {
      const t = now();
      if (t - last < minIntervalMs) return;
      last = t;
      const seconds = (t - start) / 1000;
      const rate = seconds > 0 ? progress.read / seconds : 0;
      const rejected = progress.rejected > 0 ? `  ${number(progress.rejected)} rejected` : '';
      write(`\r${number(progress.read)} cases  ${number(rate)} cases/s${rejected}\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}
