import { EsgError } from '../errors/index.js';
import { FRAMEWORK_IDS, type Framework, type FrameworkId, type FrameworkItem } from './framework.js';
import { frameworkSchema } from './framework.schema.js';
import gri2021 from './gri-2021.data.json' with { type: 'json' };
import hkex2020 from './hkex-2020.data.json' with { type: 'json' };
import hkexC2 from './hkex-c2.data.json' with { type: 'json' };

// Raw catalogue files by id. Validation happens on first use (not at import), then the result is cached.
const RAW: Partial<Record<FrameworkId, unknown>> = {
  'hkex-2020': hkex2020,
  'hkex-c2': hkexC2,
  'gri-2021': gri2021,
};

const loaded = new Map<FrameworkId, Framework>();

/** True when `id` is one of {@link FRAMEWORK_IDS}. */
export function isFrameworkId(id: string): id is FrameworkId {
  return (FRAMEWORK_IDS as readonly string[]).includes(id);
}

/** The validated catalogue of framework `id`; an unknown id throws NOT_FOUND naming the valid ids. */
export function getFramework(id: string): Framework {
  if (!isFrameworkId(id)) {
    throw new EsgError('NOT_FOUND', `unknown framework "${id}"; valid ids: ${FRAMEWORK_IDS.join(', ')}`);
  }
  const cached = loaded.get(id);
  if (cached) return cached;
  const raw = RAW[id];
  if (raw === undefined) throw new EsgError('UNSUPPORTED', `framework "${id}" has no catalogue yet`);
  const framework = parseFrameworkCatalogue(id, raw);
  loaded.set(id, framework);
  return framework;
}

/** Every framework catalogue, in {@link FRAMEWORK_IDS} order. */
export function listFrameworks(): Framework[] {
  return FRAMEWORK_IDS.filter((id) => RAW[id] !== undefined).map((id) => getFramework(id));
}

/**
 * Parses a catalogue file and checks what a schema cannot: unique codes and parents that exist.
 * A bad file is a fault in esgkit's reference data (REFERENCE_DATA), named down to the item.
 */
export function parseFrameworkCatalogue(id: FrameworkId, raw: unknown): Framework {
  const parsed = frameworkSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new EsgError(
      'REFERENCE_DATA',
      `framework catalogue ${id}: ${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const framework: Framework = parsed.data;
  if (framework.id !== id) {
    throw new EsgError('REFERENCE_DATA', `framework catalogue ${id} declares id "${framework.id}"`);
  }
  const codes = new Set<string>();
  for (const item of framework.items) {
    if (codes.has(item.code)) throw catalogueFault(id, item, 'duplicate code');
    codes.add(item.code);
  }
  for (const item of framework.items) {
    if (item.parent !== null && !codes.has(item.parent)) {
      throw catalogueFault(id, item, `parent "${item.parent}" does not exist`);
    }
  }
  for (const old of framework.replaced ?? []) {
    const fault = codes.has(old.code) ? 'is still an item' : old.by.find((c) => !codes.has(c));
    if (fault !== undefined) {
      const problem = fault === 'is still an item' ? fault : `successor "${fault}" does not exist`;
      throw new EsgError(
        'REFERENCE_DATA',
        `framework catalogue ${id}: replaced code ${old.code}: ${problem}`,
      );
    }
  }
  return framework;
}

function catalogueFault(id: FrameworkId, item: FrameworkItem, problem: string): EsgError {
  return new EsgError('REFERENCE_DATA', `framework catalogue ${id}: item ${item.code}: ${problem}`);
}
