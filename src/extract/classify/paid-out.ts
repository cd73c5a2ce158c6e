// "we paid USD 38.2 million of taxes", "paid out €41.2 million in dividends", "remitted US$ 12 million
// as royalties": money a sentence says was paid out for taxes, dividends or wages (GRI 201-1 a.ii's
// value distributed, GRI 207-4) is never the company's revenue, whatever else the sentence names.
const PAID =
  /\b(?:paid|pays|pay|paying|remitted|remits|contributed)\s+(?:out\s+)?(?:a\s+total\s+of\s+|about\s+|around\s+|some\s+|over\s+|approximately\s+|nearly\s+|more\s+than\s+)?((?:[^.;:]|\.(?=\d)){1,30}?)\s+(?:of|in|as)\s+(?:(?:corporate|income|mining|local|state|withholding|cash|employee)\s+)?(tax(?:es)?|royalt(?:y|ies)|dividends?|wages|salaries)\b/gi;

/** What a paid-out amount went to. */
export type Payment = 'taxes' | 'dividends' | 'wages';

/** What the sentence says the amount printed as `value` was paid out for, or undefined. */
export function paymentOf(sentence: string, value: string): Payment | undefined {
  for (const m of sentence.matchAll(PAID)) {
    if (!(m[1] ?? '').replace(/,/g, '').includes(value.replace(/^-/, ''))) continue;
    const what = (m[2] ?? '').toLowerCase();
    if (what.startsWith('tax') || what.startsWith('royalt')) return 'taxes';
    return what.startsWith('dividend') ? 'dividends' : 'wages';
  }
  return undefined;
}
