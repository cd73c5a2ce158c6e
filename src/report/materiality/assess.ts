import { dec, EsgError, type Decimal } from '../../core/index.js';
import type { MaterialityInput, MaterialityLens, MaterialRule } from './materiality-input.js';
import type {
  GroupWeight,
  MaterialityResult,
  MaterialityTier,
  MatrixAxis,
  TopicAssessment,
} from './materiality-result.js';
import type { SurveyResponse, SurveyScore } from './survey.js';
import { linkTopic } from './topic-links.js';

const AXES: Readonly<Record<MaterialityLens, { x: MatrixAxis; y: MatrixAxis }>> = {
  single: {
    x: { score: 'business', label: 'Impact on the business' },
    y: { score: 'stakeholder', label: 'Importance to stakeholders' },
  },
  double: {
    x: { score: 'financial', label: 'Financial materiality' },
    y: { score: 'impact', label: 'Impact materiality' },
  },
};

/** The scale's midpoint-and-a-half: a topic rated "important" (4) by most groups clears it. */
const DEFAULT_THRESHOLD = 3.5;

function lensOf(input: MaterialityInput): MaterialityLens {
  if (input.lens) return input.lens;
  const all = input.responses.length > 0 && input.responses.every((r) => r.impact && r.financial);
  return all ? 'double' : 'single';
}

/**
 * A topic's score on one axis: the mean within each stakeholder group, then the weighted mean of the
 * group means, so a large group (employees) does not outvote a small one (regulators) by headcount.
 */
function weightedScore(
  responses: readonly SurveyResponse[],
  score: SurveyScore,
  weightOf: (group: string) => number,
): Decimal | undefined {
  const byGroup = new Map<string, Decimal[]>();
  for (const r of responses) {
    const v = r[score];
    if (v === undefined || weightOf(r.group) <= 0) continue;
    byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), v]);
  }
  let total = dec(0);
  let weights = dec(0);
  for (const [group, values] of byGroup) {
    const mean = values.reduce((a, b) => a.plus(b), dec(0)).dividedBy(values.length);
    const w = dec(weightOf(group));
    total = total.plus(mean.times(w));
    weights = weights.plus(w);
  }
  return weights.isZero() ? undefined : total.dividedBy(weights);
}

function tierOf(x: Decimal, y: Decimal, t: { x: number; y: number }): MaterialityTier {
  const above = Number(x.gte(t.x)) + Number(y.gte(t.y));
  return above === 2 ? 'high' : above === 1 ? 'medium' : 'low';
}

function isMaterial(tier: MaterialityTier, rule: MaterialRule): boolean {
  return rule === 'both' ? tier === 'high' : tier !== 'low';
}

/**
 * Scores, ranks and classifies the survey's topics. Throws INVALID_INPUT when the chosen lens needs
 * scores the responses lack (double materiality without impact and financial ratings).
 */
export function assessMateriality(
  input: MaterialityInput,
  keepCode: (qualified: string) => boolean = () => true,
): MaterialityResult {
  const lens = lensOf(input);
  const axes = AXES[lens];
  const rule = input.rule ?? (lens === 'double' ? 'either' : 'both');
  const thresholds = input.thresholds ?? { x: DEFAULT_THRESHOLD, y: DEFAULT_THRESHOLD };
  const weightOf = (group: string) => input.weights?.[group] ?? 1;
  const byTopic = new Map<string, SurveyResponse[]>();
  for (const r of input.responses) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);

  const scored: Omit<TopicAssessment, 'rank'>[] = [];
  for (const [topic, responses] of byTopic) {
    const x = weightedScore(responses, axes.x.score, weightOf);
    const y = weightedScore(responses, axes.y.score, weightOf);
    if (x === undefined || y === undefined) {
      if (responses.every((r) => weightOf(r.group) <= 0)) continue;
      throw new EsgError(
        'INVALID_INPUT',
        `materiality: topic "${topic}" has no ${x ? axes.y.label : axes.x.label} scores for the ${lens} lens`,
      );
    }
    const tier = tierOf(x, y, thresholds);
    scored.push({
      topic,
      x,
      y,
      priority: x.plus(y).dividedBy(2),
      tier,
      material: isMaterial(tier, rule),
      respondents: responses.length,
      groups: [...new Set(responses.map((r) => r.group))].sort(),
      codes: linkTopic(topic, input.topicLinks).filter(keepCode),
    });
  }
  scored.sort(
    (a, b) => b.priority.comparedTo(a.priority) || b.y.comparedTo(a.y) || a.topic.localeCompare(b.topic),
  );
  return {
    lens,
    rule,
    ...axes,
    thresholds,
    groups: groupWeights(input, weightOf),
    topics: scored.map((t, i) => ({ ...t, rank: i + 1 })),
  };
}

function groupWeights(input: MaterialityInput, weightOf: (g: string) => number): GroupWeight[] {
  const counts = new Map<string, number>();
  for (const r of input.responses) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, responses]) => ({ group, weight: weightOf(group), responses }));
}
