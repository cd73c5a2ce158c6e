import type { ContentIndexEntry, Framework } from '../../core/index.js';

/** Catalogue kinds a narrative may be written for as a whole: a GRI topic standard, an HKEX aspect. */
const TOPIC_KINDS = new Set(['standard', 'aspect']);

/**
 * GRI 3 (2021), Disclosure 3-3: how the organisation manages each material topic. Each topic standard
 * (GRI 201 onward) is answered for its management approach through 3-3, so a narrative about a topic
 * standard is such a description.
 */
const MANAGEMENT_APPROACH = '3-3';
const FIRST_TOPIC_STANDARD = 200;

/**
 * The disclosures a "reported" row for a whole topic answers (`GRI:305` or `HKEX:A1`, as a preparer's
 * narrative about the topic is stored): those under it a description can answer (GRI 303-1, HKEX A1.5,
 * the aspect's general disclosure) and, for a GRI topic standard, the management approach 3-3. A
 * quantitative disclosure (305-1's tonnes, A1.1's emissions data) needs its figures: words about the
 * topic do not answer it.
 */
export function topicDisclosures(entry: ContentIndexEntry, topic: string, framework: Framework): string[] {
  if (entry.status !== 'reported') return [];
  const item = framework.items.find((i) => i.code === topic);
  if (!item || !TOPIC_KINDS.has(item.kind)) return [];
  const described = framework.items
    .filter((i) => i.parent === topic && !i.quantitative && !TOPIC_KINDS.has(i.kind))
    .map((i) => i.code);
  const standard = Number(topic);
  const managed =
    item.kind === 'standard' &&
    standard >= FIRST_TOPIC_STANDARD &&
    framework.items.some((i) => i.code === MANAGEMENT_APPROACH)
      ? [MANAGEMENT_APPROACH]
      : [];
  return [...described, ...managed];
}
