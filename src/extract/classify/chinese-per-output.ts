import { foldTraditionalChinese } from '../../core/index.js';
import words from './chinese-per-output-words.data.json' with { type: 'json' };

const alt = (list: readonly string[]): string => list.join('|');
const MEASURES = Object.entries(words.measures).sort(([a], [b]) => b.length - a.length);

// "万条轮胎综合能耗", "每万台空调耗电量", "吨钢综合能耗": at the label's start, the count of products the figure is
// per (a scale and a classifier, or a bare 吨), a product's name of up to six characters, then what is
// measured. A bare classifier with no scale needs 每 or 单位 before it ("条轮胎" alone is no denominator).
const PER_OUTPUT = new RegExp(
  `^(?:(?:${alt(words.per)})?(?:${alt(words.scales)})(?:${alt(words.counters)})|(?:${alt(words.per)})(?:${alt(words.counters)})|[吨噸])` +
    `\\p{Script=Han}{0,6}?(${alt(MEASURES.map(([w]) => w))})`,
  'u',
);

/**
 * The catalogue phrase of the intensity a Chinese label names by the units of product it is per
 * ("万条轮胎综合能耗" is an energy intensity per 10,000 tyres, never the total energy its closing words
 * name), or undefined when the label opens with no such count.
 */
export function chinesePerOutputPhrase(label: string): string | undefined {
  const text = foldTraditionalChinese(label.trim()).replace(/\s+/g, '');
  const measure = PER_OUTPUT.exec(text)?.[1];
  return MEASURES.find(([w]) => w === measure)?.[1];
}
