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

const BETTER = /^improv(?:ed|ement)$/i;
const WORSE = /^(?:worsened|deteriorat(?:ed|ion))$/i;

/** The sense a change word gives ("improved" → better), or undefined for a word of direction. */
export function senseOf(word: string): ChangeSense | undefined {
  const w = word.trim();
  if (BETTER.test(w)) return 'better';
  return WORSE.test(w) ? 'worse' : undefined;
}

/** True for a sense rather than a direction. */
export function isSense(way: string): way is ChangeSense {
  return (CHANGE_SENSES as readonly string[]).includes(way);
}
