import type { ObligationInstance } from './types.js';

/**
 * The instances of one case as the rules raise them, each with its sort key (the due day, or
 * the trigger day when there is no timescale), so the final order by due date compares
 * numbers rather than date strings.
 */
export class InstanceList {
  private readonly items: ObligationInstance[] = [];
  private readonly keys: number[] = [];

  add(instance: ObligationInstance, day: number): void {
    this.items.push(instance);
    this.keys.push(day);
  }

  /** By due date (trigger date when none); equal dates keep the order they were raised in. */
  sorted(): ObligationInstance[] {
    const { items, keys } = this;
    const n = items.length;
    if (n < 2) return items;
    if (n >= 65_536) return stableSortByKey(items, keys);
    // Day and position packed into one number, sorted by the typed array's native numeric
    // sort. Days are shifted to be positive (a case may hold dates back to year 0, about
    // -720,000) and stay far below 2^36, so (day + 10^6) * 65,536 + position is exact.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (keys[i]! + 1_000_000) * 65_536 + i;
    packed.sort();
    const out = new Array<ObligationInstance>(n);
    for (let i = 0; i < n; i++) out[i] = items[packed[i]! % 65_536]!;
    return out;
  }
}

function stableSortByKey(items: ObligationInstance[], keys: number[]): ObligationInstance[] {
  return items.map((item, i) => ({ item, key: keys[i]!, i })).sort((a, b) => a.key - b.key || a.i - b.i).map((e) => e.item);
}
