import type { NamedBefore } from './named-before.js';

/**
 * "the customer satisfaction score was 94.6", "the engagement index stood at 71", "scored 95.6": a
 * survey score named before its bare number (GRI 2-29 engagement, HKEX B6 customer satisfaction). A
 * share after the number ("92%") is read by the other readers.
 */
export const NAMED_SCORE: NamedBefore = {
  words:
    /\b((?:satisfaction|engagement)(?:\s+(?:score|index|rating|level))?|survey\s+(?:score|index|rating)|scored)\s+(?:(?:was|were|is|of|stood\s+at|came\s+to|reached|(?:rose|fell|improved|increased|decreased|dropped)\s+(?:\w+\s+(?:points?\s+)?)?to|at)\s+)?(?:about\s+|approximately\s+)?$/i,
  reach: 80,
  unit: 'points',
  measured: true,
  notBefore: /^\s?(?:[%‰]|per\s?cent\b)/i,
};

/**
 * "female employees numbered 920", "R&D personnel numbered 736": a count named by the words before
 * "numbered", the counted noun being the last of them (GRI 2-7, 405-1).
 */
export const NAMED_NUMBERED: NamedBefore = {
  words:
    /\b((?:[A-Za-z&-]+\s+){0,3}?(?:employees|staff|personnel|workers|people|suppliers|members|managers|directors|women|men|contractors|apprentices|trainees|volunteers))\s+numbered\s+(?:about\s+|approximately\s+|some\s+)?$/i,
  reach: 80,
  unit: '',
  unitIsNoun: true,
  measured: false,
  notBefore: /^\s?[A-Za-z%]/,
};
