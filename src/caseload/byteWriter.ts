// A growable UTF-8 buffer for NDJSON output built in a worker: the bytes go to the main
// thread by transfer (no copy) and on to the output stream without being encoded again.

const encoder = new TextEncoder();

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
    const n = b.length;
    this.room(n);
    // A plain loop: for the short pieces written here it measured faster than `set`.
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = b[i]!;
    this.pos = p;
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
   * statuses) is copied as is; anything else goes through JSON.stringify, so the escapes are
   * exactly JSON.stringify's.
   */
  string(s: string): void {
    const n = s.length;
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
    if (Number.isInteger(v) && v >= 0 && v < 1e15) {
      // Digits written straight in: the common case (positions, days).
      let digits = 1;
      for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
      this.room(digits);
      let p = this.pos + digits;
      this.pos = p;
      let x = v;
      do {
        this.buf[--p] = 48 + (x % 10);
        x = Math.floor(x / 10);
      } while (x > 0);
      return;
    }
    this.text(JSON.stringify(v));
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

/** The UTF-8 bytes of an ASCII string known in advance. */
export function asciiBytes(s: string): Uint8Array {
  return encoder.encode(s);
}
