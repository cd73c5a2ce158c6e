// Danish, Norwegian and Swedish prose, worded as Nordic annual reports word it: training hours in total
// ("timers uddannelse") and on average per employee ("i gennemsnit … timer pr. medarbejder", "i snitt … per
// ansatt", "i genomsnitt … per anställd"), checked against a headcount table. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

const HEADCOUNT = [
  'Nordlys Konserves A/S · Årsrapport 2031',
  '',
  'Nettoomsætning                              mio. kr.        1.418,6    1.377,2',
  'Bruttoresultat                              mio. kr.        1.022,4    1.004,8',
  '',
  'Medarbejdere pr. 31. december',
  '                                                 2031       2030',
  '  Mænd                                antal       291        284',
  '  Kvinder                             antal       109        102',
  '  Medarbejdere i alt                  antal       400        386',
  '',
].join('\n');

/** The training-hour facts of 2031 a text gives: metric and value. */
function trainingHours(text: string) {
  return facts(HEADCOUNT + text)
    .filter((f) => f.period.year === 2031 && f.metric.startsWith('training.hours'))
    .map((f) => [f.metric, f.quantity.value.toString()]);
}

describe('training hours in Nordic prose', () => {
  it.each([
    [
      'Danish',
      'Medarbejderne gennemførte i alt 7.260 timers uddannelse. Det svarer til i gennemsnit 18,15 timer pr. medarbejder.',
    ],
    ['Norwegian', 'De ansatte gjennomførte 7.260 timer opplæring, i snitt 18,15 timer per ansatt.'],
    ['Swedish', 'Medarbetarna genomförde 7.260 timmars utbildning, i genomsnitt 18,15 timmar per anställd.'],
  ])('reads the %s total and the average per employee', (_language, text) => {
    const found = trainingHours(text);
    expect(found).toContainEqual(['training.hours_total', '7260']);
    expect(found).toContainEqual(['training.hours_average', '18.15']);
  });

  it('reads hours of training followed by "per ansatt" as the average, not the total', () => {
    const found = trainingHours('De ansatte fikk i snitt 21 timer opplæring per ansatt.');
    expect(found).toEqual([['training.hours_average', '21']]);
  });

  it('checks the average against the total hours and the headcount', () => {
    // 7.260 / 400 = 18,15; 20,9 is off.
    const averaged = (average: string) =>
      checkFacts({
        facts: facts(
          HEADCOUNT +
            `Medarbejderne gennemførte i alt 7.260 timers uddannelse, i gennemsnit ${average} timer pr. medarbejder.`,
        ),
      }).findings.filter((f) => f.rule === 'average.total');
    expect(averaged('18,15')).toEqual([]);
    expect(averaged('20,9').map((f) => f.expected)).toEqual(['18.15']);
  });
});
