import type { Decimal } from '../../core/index.js';
import type { MaterialityLens, MaterialityThresholds, MaterialRule } from './materiality-input.js';
import type { SurveyScore } from './survey.js';

/** How material a topic is: above both thresholds, one of them, or neither. */
export const MATERIALITY_TIERS = ['high', 'medium', 'low'] as const;
/** One of {@link MATERIALITY_TIERS}. */
export type MaterialityTier = (typeof MATERIALITY_TIERS)[number];

/** One axis of the matrix: which score it plots and its caption. */
export interface MatrixAxis {
  readonly score: SurveyScore;
  readonly label: string;
}

/** One topic's weighted scores, place on the matrix and rank. */
export interface TopicAssessment {
  readonly topic: string;
  /** 1 = most material. */
  readonly rank: number;
  readonly x: Decimal;
  readonly y: Decimal;
  /** The mean of x and y, by which topics are ranked. */
  readonly priority: Decimal;
  readonly tier: MaterialityTier;
  readonly material: boolean;
  readonly respondents: number;
  /** The stakeholder groups that rated the topic. */
  readonly groups: readonly string[];
  /** Qualified framework codes the topic is reported under (`HKEX:A1`, `GRI:305`). */
  readonly codes: readonly string[];
}

/** A stakeholder group with its weight and how many responses it gave. */
export interface GroupWeight {
  readonly group: string;
  readonly weight: number;
  readonly responses: number;
}

/** The assessment: ranked topics, the axes and cut-offs used, and the group weights. */
export interface MaterialityResult {
  readonly lens: MaterialityLens;
  readonly rule: MaterialRule;
  readonly x: MatrixAxis;
  readonly y: MatrixAxis;
  readonly thresholds: MaterialityThresholds;
  readonly groups: readonly GroupWeight[];
  readonly topics: readonly TopicAssessment[];
}
