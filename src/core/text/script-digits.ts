/**
 * Unicode superscript digits and the plain digits they stand for: NFKC folds them too, but readers
 * that must tell an exponent ("10⁴", "m³") from a footnote mark ("1,204³") map them one by one.
 * One table for every reader of printed text (units, extraction).
 */
export const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};
