/**
 * Contracts as Polish tables word them (ESRS S1-6 in the Polish translation, Kodeks pracy art. 25):
 * "umowa na czas nieokreślony" (open-ended: permanent) and "umowa na czas określony" (fixed-term:
 * ESRS's temporary employees). Labels arrive lowercased.
 */
const CONTRACT = /(?<!\p{L})na\s+czas\s+(nie)?określony(?!\p{L})/u;

/** The employment type a Polish label names; undefined when none. */
export function polishEmployment(l: string): string | undefined {
  const contract = CONTRACT.exec(l);
  if (!contract) return undefined;
  return contract[1] ? 'permanent' : 'fixed term';
}
