import { escapeRegExp } from '../../core/index.js';
import data from './average-label-words.data.json' with { type: 'json' };

// Stems match at the start of a word ("Durchschnittliche", "moyenne", "keskimäärin"); Chinese, Japanese
// and Korean marks anywhere, as those scripts print no spaces between words.
const AVERAGE = new RegExp(
  `(?<![\\p{L}])(?:${data.averageStems.map(escapeRegExp).join('|')})|${data.averageMarks.map(escapeRegExp).join('|')}`,
  'iu',
);
// "per employee", "pro Kopf", "par salarié", "/ henkilö", "hours/person": what an average is per.
const PER_PERSON = new RegExp(
  `(?:(?<![\\p{L}])(?:per|pro|je|par|por|na|po)\\s+|\\/\\s*)(?:${data.persons.join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * True when a row label says its figure is an average per person ("Average training hours",
 * "Training hours / person", "Koulutustunnit keskimäärin"): the words are in average-label-words.data.json.
 */
export function namesAveragePerPerson(label: string): boolean {
  return AVERAGE.test(label) || PER_PERSON.test(label);
}
