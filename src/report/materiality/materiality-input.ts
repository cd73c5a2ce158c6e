import type { SurveyResponse } from './survey.js';

/**
 * Which matrix the assessment draws. `single`: importance to stakeholders against impact on the business.
 * `double`: impact materiality against financial materiality (ESRS 1 §§37–39).
 */
export const MATERIALITY_LENSES = ['single', 'double'] as const;
/** One of {@link MATERIALITY_LENSES}. */
export type MaterialityLens = (typeof MATERIALITY_LENSES)[number];

/**
 * When a topic counts as material: above the threshold on both axes, or on either. ESRS 1 §28 makes a
 * matter material when it is material from the impact perspective, the financial one, or both, so
 * `either` is the default for double materiality; the classic matrix reports its top-right quadrant.
 */
export const MATERIAL_RULES = ['both', 'either'] as const;
/** One of {@link MATERIAL_RULES}. */
export type MaterialRule = (typeof MATERIAL_RULES)[number];

/** Cut-offs on the two axes of the matrix, on the 1–5 scale. */
export interface MaterialityThresholds {
  readonly x: number;
  readonly y: number;
}

/** A materiality assessment's input: the responses and the preparer's choices. */
export interface MaterialityInput {
  readonly responses: readonly SurveyResponse[];
  /** Stakeholder group → weight (default 1 for every group; 0 leaves a group out). */
  readonly weights?: Readonly<Record<string, number>>;
  readonly thresholds?: MaterialityThresholds;
  /** Default: `double` when every response carries impact and financial scores, else `single`. */
  readonly lens?: MaterialityLens;
  readonly rule?: MaterialRule;
  /** Topic (as written in the survey) → qualified codes, overriding the built-in topic links. */
  readonly topicLinks?: Readonly<Record<string, readonly string[]>>;
}
