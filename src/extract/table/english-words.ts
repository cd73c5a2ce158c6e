import { englishMetricPhrases } from '../../core/index.js';

/**
 * English words, to tell the English line of a bilingual row from the line in the report's other
 * Latin-script language (Indonesian, Malay, Vietnamese without its marks): the words of the metric
 * catalogue's names and phrases, the function words of English sentences, and common words of table
 * labels the catalogue does not hold.
 */

/** Words nearly every English sentence holds and the other languages we meet do not spell alike. */
export const ENGLISH_FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'for',
  'with',
  'on',
  'by',
  'is',
  'are',
  'was',
  'were',
  'from',
  'that',
  'this',
  'our',
  'we',
  'at',
  'as',
  'its',
  'which',
  'has',
  'have',
  'be',
  'an',
  'or',
  'than',
  'into',
  'all',
  'each',
  'not',
] as const;

// Words of table labels and headings outside the catalogue's phrases.
const LABEL_WORDS = [
  'above',
  'aged',
  'amount',
  'applied',
  'aspect',
  'below',
  'between',
  'capture',
  'casual',
  'category',
  'commissioners',
  'cost',
  'description',
  'distributed',
  'effluent',
  'expenses',
  'factory',
  'fertiliser',
  'fixed',
  'fertilizer',
  'field',
  'head',
  'hectares',
  'indicator',
  'item',
  'land',
  'lake',
  'mill',
  'mills',
  'output',
  'over',
  'position',
  'production',
  'profit',
  'rainwater',
  'retained',
  'river',
  'rivers',
  'sea',
  'seasonal',
  'shell',
  'term',
  'unit',
  'units',
  'village',
  'villages',
  'wage',
  'years',
] as const;

let cached: ReadonlySet<string> | undefined;

/** The English words (lower case, letters only), built on first use. */
export function englishWords(): ReadonlySet<string> {
  if (cached) return cached;
  const words = new Set<string>([...ENGLISH_FUNCTION_WORDS, ...LABEL_WORDS]);
  for (const text of englishMetricPhrases()) {
    for (const word of text.toLowerCase().match(/[a-z]{2,}/g) ?? []) words.add(word);
  }
  cached = words;
  return words;
}
