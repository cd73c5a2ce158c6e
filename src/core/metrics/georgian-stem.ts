/**
 * Georgian glues its case endings to a noun: the nominative "-ი" (წყალი, water), the genitive "-ის"
 * (ენერგიის, of energy), the instrumental "-ით", the adverbial "-ად", the ergative "-მა" and the dative "-ს";
 * the plural "-ებ-" comes before them (ნარჩენები, waste). A word sheds one ending and the plural, so a table's
 * "ენერგიის მოხმარება" and a heading's "ენერგია" share a stem; a stem keeps at least three letters (all in the BMP, one code unit each).
 */
const ENDING = /(?:ებ)?(?:ის|ით|ად|მა|ი|ს|ა)$/u;

/** The matching form of one Georgian word. */
export function georgianStem(word: string): string {
  const stem = word.replace(ENDING, '');
  return stem.length >= 3 ? stem : word;
}
