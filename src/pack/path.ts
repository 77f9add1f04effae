// Paths into a pack: the same segments address the YAML document, the parsed data, ajv's
// JSON pointers and zod's issue paths.

/** A path into a pack: mapping keys are strings, list positions are numbers. */
export type PackPath = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Formats a path the way people read it: `rules[3].deadline.unit`. Keys that are not plain
 * words are quoted (`where["child's age"]`).
 *
 * @example
 * formatPackPath(['rules', 3, 'deadline', 'unit']); //=> 'rules[3].deadline.unit'
 */
export function formatPackPath(path: PackPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Splits a JSON Pointer (`/rules/3/deadline`) into segments, decoding every `~1` to `/` and
 * every `~0` to `~` (in that order, as RFC 6901 requires). Segments stay strings: whether
 * `3` is a list position depends on the document, see {@link toPackPath}.
 *
 * @example
 * decodeJsonPointer('/where/a~1b~0c'); //=> ['where', 'a/b~c']
 */
export function decodeJsonPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Turns string segments into a {@link PackPath} using the data they address: a segment
 * under an array becomes a number.
 */
export function toPackPath(segments: readonly (string | number)[], data: unknown): (string | number)[] {
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      const index = typeof segment === 'number' ? segment : Number(segment);
      out.push(index);
      node = node[index];
    } else {
      const key = String(segment);
      out.push(key);
      node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

/** The value at a path in plain data, or `undefined`. Never follows inherited properties. */
export function valueAtPath(data: unknown, path: PackPath): unknown {
  let node: unknown = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = String(part);
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
