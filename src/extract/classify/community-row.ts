import { foldAccents } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

// GRI 201-1 a.ii lists community investments among the economic value distributed; the table prints the
// recipients as bare rows ("Employees", "Community", "Comunidad", "Communautés", "Comunidades"). A row
// naming only the community under a caption about economic value distributed is that investment.
const COMMUNITY = /^(?:local\s+)?(?:communit(?:y|ies)|comunidad(?:e|es)?|communautes?|comunita)$/;

// "Economic value generated and distributed", "Valor económico generado y distribuido", "Valeur
// économique distribuée", "Valore economico distribuito" (accents folded before matching).
const VALUE_DISTRIBUTED =
  /\b(?:economic\s+value|valor\s+economico|valeur\s+economique|valore\s+economico)\b.*\b(?:distribut|distribuid|distribu)/;

/**
 * The catalogue phrase a bare "Community" row stands for under an economic-value-distributed caption
 * ("community investment"), or undefined when the row names more or the table is another.
 */
export function communityRow(m: Mention): string | undefined {
  if (m.kind !== 'table') return undefined;
  const label = foldAccents(m.label.replace(/\([^()]*\)/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  if (!COMMUNITY.test(label)) return undefined;
  return m.context.some((c) => VALUE_DISTRIBUTED.test(foldAccents(c))) ? 'community investment' : undefined;
}
