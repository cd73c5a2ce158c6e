import { getFramework, isEsgError, type FrameworkId } from '../../core/index.js';
import { assessMateriality, materialityInputOf, materialityMatrixSvg } from '../../report/index.js';
import type { StoredMateriality } from '../../store/index.js';
import type { z } from '@hono/zod-openapi';
import type { materialitySchema } from './disclosure.schema.js';

/** The API shape of a period's materiality. */
export type MaterialityJson = z.infer<typeof materialitySchema>;

/**
 * The stored survey and settings with the assessment they give: ranked topics linked to the
 * framework's disclosures, and the matrix SVG. A survey the chosen lens cannot assess (double
 * materiality without impact and financial scores) gives no assessment and says why.
 */
export function materialityJson(stored: StoredMateriality, framework: FrameworkId): MaterialityJson {
  const prefix = `${getFramework(framework).prefix}:`;
  const base = {
    periodId: stored.periodId,
    source: stored.source,
    updatedAt: stored.updatedAt,
    responses: stored.responses.length,
    settings: {
      weights: { ...stored.weights },
      thresholds: stored.thresholds ?? null,
      lens: stored.lens ?? null,
      rule: stored.rule ?? null,
    },
  };
  const input = materialityInputOf(stored);
  if (!input) return { ...base, assessment: null, problem: null };
  try {
    const result = assessMateriality(input, (code) => code.startsWith(prefix));
    return {
      ...base,
      assessment: {
        lens: result.lens,
        rule: result.rule,
        x: result.x,
        y: result.y,
        thresholds: result.thresholds,
        groups: result.groups.map((g) => ({ ...g })),
        topics: result.topics.map((t) => ({
          rank: t.rank,
          topic: t.topic,
          x: t.x.toFixed(2),
          y: t.y.toFixed(2),
          priority: t.priority.toFixed(2),
          tier: t.tier,
          material: t.material,
          respondents: t.respondents,
          groups: [...t.groups],
          codes: [...t.codes],
        })),
        svg: materialityMatrixSvg(result),
      },
      problem: null,
    };
  } catch (e) {
    if (isEsgError(e) && e.code === 'INVALID_INPUT') return { ...base, assessment: null, problem: e.message };
    throw e;
  }
}
