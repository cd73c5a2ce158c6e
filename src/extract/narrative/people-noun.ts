import { tryParseUnit } from '../../core/index.js';

// Alphabets whose people words the unit registry knows and whose plurals need not end in -s; Hebrew
// and Arabic count people with words the registry lists too ("עובדי", "موظفين").
const ALPHABETIC_WORD =
  /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}]{4,}$/u;

/**
 * True for one word the unit registry reads as people in an alphabet ("orang", "работников", "άτομα"):
 * a count of people, though its plural neither ends in -s nor is written in Latin letters. CJK counters
 * ("11 人", which also counts board seats and visitors) are left to the readers of those scripts, which
 * know their topic words and their "of which" (うち, 其中) lines.
 */
export function isPeopleNoun(word: string): boolean {
  return ALPHABETIC_WORD.test(word) && tryParseUnit(word, { countNouns: false })?.symbol === 'persons';
}
