import { describe, expect, it } from 'vitest';
import { phraseTokens } from './phrase-tokens.js';
import { SCRIPT_RULES, scriptRuleOf } from './script-rules.js';

// One invented word or character run per script the table reads.
const SAMPLES: readonly (readonly [string, string])[] = [
  ['Cyrillic', 'отпадъци'],
  ['Arabic', 'كهرباء'],
  ['Han', '用电'],
  ['Kana', 'ガス'],
  ['Hangul', '폐기물'],
  ['Thai', 'น้ำเสีย'],
];

describe('script rules', () => {
  it.each(SAMPLES)('reads %s text by its own rule', (script, text) => {
    expect(scriptRuleOf(text)?.script).toBe(script);
  });

  it('leaves Latin letters, digits and marks to the English reading', () => {
    for (const token of ['water', '2025', '(', '%']) expect(scriptRuleOf(token)).toBeUndefined();
  });

  it('gives each letter to one script at most', () => {
    for (const [, text] of SAMPLES) {
      for (const ch of text) {
        const owners = SCRIPT_RULES.filter((r) => new RegExp(`^[${r.letters}]$`, 'u').test(ch));
        expect(owners.length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('cuts a script spaced by words into words and one spaced by characters into characters', () => {
    expect(phraseTokens('расход воды').map((t) => t.word)).toHaveLength(2);
    expect(phraseTokens('استهلاك المياه').map((t) => t.word)).toEqual(['استهلاك', 'مياه']);
    expect(phraseTokens('用水量')).toHaveLength(3);
    expect(phraseTokens('ไฟฟ้า')).toHaveLength(5);
  });
});
