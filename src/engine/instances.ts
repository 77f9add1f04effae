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
    // Insertion sort: a case has tens of instances, and it measured faster here than
    // sorting packed keys in a typed array (allocating one per case costs more).
    for (let i = 1; i < items.length; i++) {
      const key = keys[i]!;
      const item = items[i]!;
      let j = i - 1;
      while (j >= 0 && keys[j]! > key) {
        keys[j + 1] = keys[j]!;
        items[j + 1] = items[j]!;
        j--;
      }
      keys[j + 1] = key;
      items[j + 1] = item;
    }
    return items;
  }
}
