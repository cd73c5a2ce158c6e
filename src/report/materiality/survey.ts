import type { Decimal } from '../../core/index.js';

/**
 * The scores a stakeholder survey asks for. The classic matrix plots importance to stakeholders against
 * impact on the business (HKEX ESG Guide, materiality principle); double materiality rates impact
 * materiality (the company's effect on people and the environment) and financial materiality (effects
 * on the company) separately (ESRS 1 §§43, 49; GRI 3 speaks of impacts).
 */
export const SURVEY_SCORES = ['stakeholder', 'business', 'impact', 'financial'] as const;
/** One of {@link SURVEY_SCORES}. */
export type SurveyScore = (typeof SURVEY_SCORES)[number];

/** Lowest and highest score of the 1–5 scale the survey uses. */
export const SCORE_RANGE: { readonly min: number; readonly max: number } = { min: 1, max: 5 };

/** One respondent's rating of one topic. */
export interface SurveyResponse {
  /** The stakeholder group the respondent belongs to (employees, investors, customers …). */
  readonly group: string;
  readonly topic: string;
  /** Importance to stakeholders, 1–5. */
  readonly stakeholder: Decimal;
  /** Impact on the business, 1–5. */
  readonly business: Decimal;
  /** Impact materiality, 1–5, for double materiality. */
  readonly impact?: Decimal;
  /** Financial materiality, 1–5, for double materiality. */
  readonly financial?: Decimal;
  /** The row of the survey file it came from (header = row 1). */
  readonly row?: number;
}

/** A survey row that could not be used, and why. */
export interface SurveyProblem {
  readonly row: number;
  readonly message: string;
}

/** What a survey file yields: the usable responses and the rows left out. */
export interface SurveyParse {
  readonly responses: readonly SurveyResponse[];
  readonly problems: readonly SurveyProblem[];
}
