/**
 * Lower-cased text with its accents taken off ("Captación", "funcionários" → "captacion", "funcionarios"):
 * reports in Romance languages print the same word with and without them. Compatibility forms are
 * decomposed first (a ligature "ﬁ" reads "fi").
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
