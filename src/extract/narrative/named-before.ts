import type { NarrativeFigure } from './read-figure.js';

/**
 * Words that name a bare number printed after them ("the number of lost days was 30", "Headcount
 * stood at 5,216", "LTIFR stood at 0.35"): one reader serves every such naming in the sentence loop.
 */
export interface NamedBefore {
  /** The naming words, anchored at the number (`…$`); group 1, when the pattern has it, is the noun. */
  readonly words: RegExp;
  /** How far before the number the words may start: the work on a sentence stays bounded. */
  readonly reach: number;
  readonly unit: string;
  /** The figure's unit is its noun ("female employees numbered 920" counts female employees). */
  readonly unitIsNoun?: boolean;
  readonly measured: boolean;
  /** The noun when the words do not capture one. */
  readonly noun?: string;
  /** What right after the number leaves it to the other readers (its own unit or noun). */
  readonly notBefore?: RegExp;
  /** The figure's words run on over the separators and digits printed after the value ("5,216"). */
  readonly runsOn?: boolean;
  /**
   * The naming words are the figure's own name ("an LTIFR of 0.24" after "9 lost-time injuries in
   * 7,486,200 hours worked"): its label leads with them, not with the other figures' words before.
   */
  readonly namesFigure?: boolean;
}

/** The first naming whose words stand right before the number, read as that figure; undefined if none. */
export function namedBefore(
  sentence: string,
  start: number,
  value: string,
  namings: readonly NamedBefore[],
): NarrativeFigure | undefined {
  for (const n of namings) {
    const m = n.words.exec(sentence.slice(Math.max(0, start - n.reach), start));
    const noun = n.noun ?? m?.[1]?.trim();
    const after = sentence.slice(start + value.length);
    if (!m || noun === undefined || n.notBefore?.test(after) === true) continue;
    const runOn = n.runsOn === true ? (/^[\d,.]*/.exec(after)?.[0].length ?? 0) : 0;
    return {
      value,
      at: start,
      unit: n.unitIsNoun === true ? noun : n.unit,
      noun,
      measured: n.measured,
      start: start - m[0].length,
      end: start + value.length + runOn,
      ...(n.namesFigure === true ? { name: noun } : {}),
    };
  }
  return undefined;
}
