// A stated change whose subject names where all of the quantity was used, with an "and" inside it:
// "Diesel use across our mine trucks and backup generators fell by 7.2% year on year".
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../index.js';
import { docFromText } from '../../../test/support/doc-from-text.js';

const text = (subject: string) =>
  [
    'Kanzi Lime Limited Sustainability Report 2025',
    '',
    `${subject} fell by 7.2% year on year as two haul roads were paved.`,
    '',
  ].join('\n');

function changes(subject: string) {
  return extractDocument(docFromText(text(subject)))
    .facts.map((f) => f.fact)
    .filter((f) => f.metric === 'change')
    .map((f) => [f.dims.of, f.quantity.value.toString()]);
}

describe('a stated change of a quantity used across several places', () => {
  it('reads the quantity before "across our …" as what changed', () => {
    expect(changes('Diesel use across our mine trucks and backup generators at both open pits')).toEqual([
      ['energy.diesel', '7.2'],
    ]);
  }, 120_000);

  it('still leaves a change of a named place alone', () => {
    expect(changes('Diesel use at the Kitengela pit')).toEqual([]);
  });
});
