/** A number in a sentence read with its unit and the thing it counts or measures. */
export interface NarrativeFigure {
  readonly value: string;
  /** The unit as printed, scale included ("RMB million", "million tons", "%"), or the counted noun. */
  readonly unit: string;
  /** The thing counted or measured ("technical personnel", "electricity"), '' when not printed. */
  readonly noun: string;
  /** True for measured quantities (%, mass, energy, money); false for counts of things. */
  readonly measured: boolean;
  /** Offset in the sentence of the number itself (the line it is printed on is the fact's line). */
  readonly at: number;
  /** Offsets in the sentence of the figure's words (number, unit and noun). */
  readonly start: number;
  readonly end: number;
  /**
   * Set for an average per person: the catalogue's words for it ("average training hours per
   * employee"), '' when the sentence does not say what is averaged.
   */
  readonly name?: string;
  /** True for a part of the count before it, listed by group ("of which 428 were in East China"): its own words are its label. */
  readonly part?: boolean;
  /** The breakdown the figure's own words give ("were women" → gender female), when the classifier cannot read it. */
  readonly dims?: Readonly<Record<string, string>>;
}
