/**
 * `npm run bench`: runs each section and prints its lines. Add a section by appending
 * `[title, async () => lines]` to `sections`.
 *
 * @packageDocumentation
 */
import { benchCalendar } from './calendar.js';
import { benchCaseload } from './caseload.js';

/** A titled benchmark that returns the lines to print. */
type Section = readonly [title: string, run: () => Promise<string[]>];

const sections: Section[] = [
  ['Calendar', benchCalendar],
  ['Caseload', benchCaseload],
];

for (const [title, run] of sections) {
  console.log(`\n## ${title}`);
  for (const line of await run()) console.log(line);
}
