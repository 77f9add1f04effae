import { describe, expect, it } from 'vitest';
import { InstanceList } from './instances.js';
import type { ObligationInstance } from './types.js';

const item = (name: string) => ({ obligation: name }) as unknown as ObligationInstance;

describe('InstanceList.sorted', () => {
  it('orders by day; equal days keep the order they were added in; days before 1970 (negative) sort first', () => {
    const list = new InstanceList();
    const added: [string, number][] = [['a', 19810], ['b', -10_000], ['c', 19810], ['d', 0], ['e', 19809], ['f', -719_528], ['g', 19810]];
    for (const [name, day] of added) list.add(item(name), day);
    expect(list.sorted().map((i) => i.obligation)).toEqual(['f', 'b', 'd', 'e', 'a', 'c', 'g']);
  });

  it('keeps the order raised in among many equal days', () => {
    const list = new InstanceList();
    for (let i = 0; i < 3000; i++) list.add(item(String(i)), i % 2 === 0 ? 20000 : 19000);
    const names = list.sorted().map((i) => Number(i.obligation));
    const odd = names.slice(0, 1500);
    const even = names.slice(1500);
    expect(odd.every((n, k) => n === 2 * k + 1)).toBe(true);
    expect(even.every((n, k) => n === 2 * k)).toBe(true);
  });
});
