import type { Decimal, FrameworkId } from '../../core/index.js';

/** Why a disclosure is not reported: HKEX's comply-or-explain and GRI 1 Requirement 6 both ask a reason. */
export const OMISSION_KINDS = ['omitted', 'not_applicable'] as const;
/** One of {@link OMISSION_KINDS}. */
export type OmissionKind = (typeof OMISSION_KINDS)[number];

/** Which matrix a materiality assessment draws (see report/materiality). */
export const MATERIALITY_LENS_NAMES = ['single', 'double'] as const;
/** When a topic counts as material: above both cut-offs or either. */
export const MATERIAL_RULE_NAMES = ['both', 'either'] as const;

/** One respondent's rating of one topic, scores on the 1–5 scale. */
export interface SurveyRow {
  readonly group: string;
  readonly topic: string;
  /** Importance to stakeholders. */
  readonly stakeholder: Decimal;
  /** Impact on the business. */
  readonly business: Decimal;
  /** Impact materiality (double materiality). */
  readonly impact?: Decimal;
  /** Financial materiality (double materiality). */
  readonly financial?: Decimal;
  /** The row of the file it came from. */
  readonly row?: number;
}

/** The preparer's choices for an assessment; an absent field keeps the assessment's default. */
export interface MaterialitySettings {
  /** Stakeholder group → weight (0 leaves a group out). */
  readonly weights?: Readonly<Record<string, number>>;
  readonly thresholds?: { readonly x: number; readonly y: number };
  readonly lens?: (typeof MATERIALITY_LENS_NAMES)[number];
  readonly rule?: (typeof MATERIAL_RULE_NAMES)[number];
}

/** A period's stored materiality survey and settings. */
export interface StoredMateriality extends MaterialitySettings {
  readonly periodId: string;
  readonly responses: readonly SurveyRow[];
  readonly weights: Readonly<Record<string, number>>;
  /** The file the responses came from. */
  readonly source: string | null;
  readonly updatedAt: string | null;
}

/** A narrative to write: the text for one framework code (an aspect code stands for its general disclosure). */
export interface NarrativeWrite {
  readonly framework: FrameworkId;
  readonly code: string;
  readonly text: string;
}

/** A stored narrative at its current version. */
export interface Narrative extends NarrativeWrite {
  readonly id: string;
  readonly periodId: string;
  readonly version: number;
  /** Who wrote the current version (`user:<id>` or `system:<name>`). */
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** One version of a narrative. */
export interface NarrativeVersion {
  readonly version: number;
  readonly text: string;
  readonly actor: string;
  readonly at: string;
}

/** An omission explanation to write. */
export interface ExplanationWrite {
  readonly framework: FrameworkId;
  readonly code: string;
  readonly kind: OmissionKind;
  readonly reason: string;
}

/** A stored omission explanation. */
export interface StoredExplanation extends ExplanationWrite {
  readonly periodId: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}
