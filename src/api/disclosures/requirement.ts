import { getFramework, qualify, type FrameworkId, type FrameworkItem } from '../../core/index.js';
import { requirementText } from '../../report/index.js';
import type { z } from '@hono/zod-openapi';
import type { requirementSchema } from './disclosure.schema.js';

/** A framework item as the editors show it beside the text. */
export function requirementJson(
  framework: FrameworkId,
  item: FrameworkItem,
): z.infer<typeof requirementSchema> {
  return {
    code: item.code,
    qualified: qualify(getFramework(framework).prefix, item.code),
    title: item.title,
    kind: item.kind,
    level: item.level,
    requirement: requirementText(framework, item),
    parent: item.parent,
  };
}
