/**
 * A parser's error (or any thrown value) as one line of text: line breaks and runs of spaces
 * become one space, so a problem message never spans lines.
 *
 * @example
 * oneLine(new Error('Invalid Closing Quote:\n  at line 2')); //=> 'Invalid Closing Quote: at line 2'
 */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim() || 'unknown error';
}
