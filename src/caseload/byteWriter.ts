// A growable UTF-8 buffer for NDJSON output built in a worker: the bytes go to the main
// thread by transfer (no copy) and on to the output stream without being encoded again.

const encoder = new TextEncoder();

/** From this length a string is checked with a regular expression and encoded natively, rather than copied character by character. */
const LONG_STRING = 24;
/** Characters JSON escapes (quote, backslash, controls), and surrogates, which JSON.stringify escapes when lone: left to JSON.stringify. */
const NEEDS_CARE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * Appends text, JSON strings and numbers as UTF-8 bytes. A hot writer may also fill `buf`
 * from `pos` directly, after `room` has made space for what it will write.
 */
export class ByteWriter {
  /** The buffer being filled (replaced when it grows: read it after `room`). */
  buf: Uint8Array;
  /** The next byte to write. */
  pos = 0;

  constructor(initialSize = 64 * 1024) {
    this.buf = new Uint8Array(initialSize);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.pos;
  }

  /** Makes room for `n` more bytes. */
  room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  /** Appends bytes prepared earlier (such as a cached `{"rule":"x","trigger":`). */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.pos = putBytes(this.buf, this.pos, b);
  }

  /** Appends one ASCII character by its code. */
  char(code: number): void {
    this.room(1);
    this.buf[this.pos++] = code;
  }

  /** Appends text as UTF-8 (any characters). */
  text(s: string): void {
    // Room for ASCII first; only text with wider characters asks for more (up to 3 bytes
    // per UTF-16 unit), so a long ASCII text does not grow the buffer threefold.
    let rest = s;
    for (;;) {
      this.room(rest.length + 4);
      const { read, written } = encoder.encodeInto(rest, this.buf.subarray(this.pos));
      this.pos += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.room(rest.length * 3);
    }
  }

  /**
   * Appends `s` as a JSON string, quoted. Printable ASCII without `"` or `\` (dates, ids,
   * statuses) is copied as is, and so is any longer text with nothing to escape and no
   * surrogates (encoded as UTF-8); anything else goes through JSON.stringify, so the escapes
   * are exactly JSON.stringify's.
   */
  string(s: string): void {
    const n = s.length;
    if (n >= LONG_STRING && !NEEDS_CARE.test(s)) {
      // Nothing to escape and no surrogates: TextEncoder writes exactly JSON's bytes, natively.
      this.room(3 * n + 2);
      const buf = this.buf;
      buf[this.pos++] = 34;
      this.pos += encoder.encodeInto(s, buf.subarray(this.pos)).written;
      buf[this.pos++] = 34;
      return;
    }
    this.room(n + 2);
    const buf = this.buf;
    let p = this.pos;
    buf[p++] = 34;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 32 || c > 126 || c === 34 || c === 92) {
        this.text(JSON.stringify(s));
        return;
      }
      buf[p++] = c;
    }
    buf[p++] = 34;
    this.pos = p;
  }

  /** Appends a number as JSON.stringify writes it. */
  number(v: number): void {
    this.room(MAX_NUMBER_LENGTH);
    this.pos = putNumber(this.buf, this.pos, v);
  }

  /**
   * The bytes written, as a view of a buffer no one else holds (so it can be transferred to
   * another thread); the writer starts again empty.
   */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.pos);
    this.buf = new Uint8Array(1024);
    this.pos = 0;
    return out;
  }
}

// The put* helpers write at `p` in `b` and return the next position; the caller has made
// room. They serve hot writers that fill the buffer in place.

/** Copies `bytes` in (a plain loop for short pieces, where it is faster than `set`). */
export function putBytes(b: Uint8Array, p: number, bytes: Uint8Array): number {
  const n = bytes.length;
  if (n > 8) {
    b.set(bytes, p);
    return p + n;
  }
  for (let i = 0; i < n; i++) b[p++] = bytes[i]!;
  return p;
}

/** Copies a string known to be ASCII (such as a date the engine wrote), unescaped. */
export function putAscii(b: Uint8Array, p: number, s: string): number {
  for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
  return p;
}

/** The longest number JSON.stringify writes, such as `-1.7976931348623157e+308`. */
export const MAX_NUMBER_LENGTH = 24;

/** Writes a number as JSON.stringify does (at most {@link MAX_NUMBER_LENGTH} bytes). */
export function putNumber(b: Uint8Array, p: number, v: number): number {
  if (!(Number.isInteger(v) && v >= 0 && v < 1e15)) return putAscii(b, p, JSON.stringify(v));
  // Digits written straight in: the common case (positions, days).
  let digits = 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
  let q = p + digits;
  let x = v;
  do {
    b[--q] = 48 + (x % 10);
    x = Math.floor(x / 10);
  } while (x > 0);
  return p + digits;
}

/** The UTF-8 bytes of an ASCII string known in advance. */
export function asciiBytes(s: string): Uint8Array {
  return encoder.encode(s);
}
