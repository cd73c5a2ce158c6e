/**
 * A change worded by whether things got better ("PUE improved by 6%", "an improvement of 6%") says
 * which way the figure moved only together with its metric: a data centre's PUE improves as it falls, a
 * recycling rate as it rises. The reader keeps the word's sense; the pipeline turns it into a direction
 * once the subject's metric is known (the catalogue's `better`), or reads the figure as before.
 */

/** Whether a change word says things got better or worse. */
export const CHANGE_SENSES = ['better', 'worse'] as const;
/** One of {@link CHANGE_SENSES}. */
export type ChangeSense = (typeof CHANGE_SENSES)[number];

// English, then Spanish, Portuguese, French and Italian (romance-change-wording.ts), with the auxiliary a
// verb may carry ("se ha mejorado", "s'est améliorée", "è peggiorato"), then German.
const BETTER =
  /^(?:improv(?:ed|ement)|(?:se )?(?:han? )?mejor(?:ó|aron|ado|a)|melhor(?:ou|aram|ia)|(?:s['’]est |se sont )?am[ée]lior(?:é|ée|és|ées|ation)|(?:(?:è|sono) )?miglior(?:at[oaie]|amento)|verbessert|verbesserten? sich|verbesserung)$/i;
const WORSE =
  /^(?:worsened|deteriorat(?:ed|ion)|(?:se )?(?:han? )?empeor(?:ó|aron|ado|amiento)|deterioro|pior(?:ou|aram|a)|deteriora[cç][aã]o|(?:s['’]est |se sont )?(?:d[ée]grad|d[ée]t[ée]rior)(?:é|ée|és|ées|ation)|(?:(?:è|sono) )?peggior(?:at[oaie]|amento)|verschlechtert|verschlechterten? sich|verschlechterung)$/i;

/** The sense a change word gives ("improved" → better), or undefined for a word of direction. */
export function senseOf(word: string): ChangeSense | undefined {
  const w = word.trim().replace(/\s+/g, ' ');
  if (BETTER.test(w)) return 'better';
  return WORSE.test(w) ? 'worse' : undefined;
}

/** True for a sense rather than a direction. */
export function isSense(way: string): way is ChangeSense {
  return (CHANGE_SENSES as readonly string[]).includes(way);
}
