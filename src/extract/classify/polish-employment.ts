/**
 * Contracts as Polish tables word them (ESRS S1-6 in the Polish translation, Kodeks pracy art. 25):
 * "umowa na czas nieokreślony" (open-ended: permanent) and "umowa na czas określony" (fixed-term:
 * ESRS's temporary employees). Labels arrive lowercased.
 */
const CONTRACT = /(?<!\p{L})na\s+czas\s+(nie)?określony(?!\p{L})/u;
// The same contracts in Slovak ("na dobu neurčitú" / "určitú"), Czech ("na dobu neurčitou" / "určitou")
// and Slovene ("za nedoločen čas" / "določen čas"), as their labour codes (Zákonník práce § 48, Zákoník
// práce § 39, ZDR-1 art. 54) word them.
const WEST_SLAVIC_CONTRACT = /(?<!\p{L})(?:na\s+dobu\s+(ne)?určit(?:ú|ou)|za\s+(ne)?določen\s+čas)(?!\p{L})/u;

/** The employment type a Polish, Slovak, Czech or Slovene label names; undefined when none. */
export function polishEmployment(l: string): string | undefined {
  const contract = CONTRACT.exec(l);
  if (contract) return contract[1] ? 'permanent' : 'fixed term';
  const other = WEST_SLAVIC_CONTRACT.exec(l);
  if (!other) return undefined;
  return other[1] || other[2] ? 'permanent' : 'fixed term';
}
