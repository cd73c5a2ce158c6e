import { z } from 'zod';
import { EsgError, FRAMEWORK_IDS, runCommand } from '../../core/index.js';
import { OMISSION_KINDS, type Actor, type Store } from '../../store/index.js';
import { parseSurveyCsv } from '../../report/index.js';
import { enterFactCommand } from '../facts/index.js';

// The demo's 2025 texts and hand-entered figures (demo/disclosures-2025.json): what the company's
// ESG lead would type into the app so that every HKEX C2 disclosure has
// figures, a narrative or a reason for omission (HKEX's comply-or-explain).

const codeText = z.string().trim().min(1).max(4_000);
const demoDisclosuresSchema = z.object({
  framework: z.enum(FRAMEWORK_IDS),
  narratives: z.record(z.string(), codeText),
  explanations: z.record(z.string(), z.object({ kind: z.enum(OMISSION_KINDS), reason: codeText })),
  entries: z.array(
    z.object({
      code: z.string(),
      metric: z.string(),
      value: z.string(),
      unit: z.string(),
      dims: z.record(z.string(), z.string()).default({}),
      note: z.string(),
    }),
  ),
});

/** The parsed demo disclosures file. */
export type DemoDisclosures = z.infer<typeof demoDisclosuresSchema>;

/** Parses the demo disclosures file; REFERENCE_DATA when it does not match its shape. */
export function parseDemoDisclosures(bytes: Uint8Array, file: string): DemoDisclosures {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    throw new EsgError('REFERENCE_DATA', `${file}: not valid JSON`, { cause: e });
  }
  const parsed = demoDisclosuresSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EsgError('REFERENCE_DATA', `${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/**
 * Who does what: the owner writes texts, imports the survey and types the figures. The figures are
 * organisation-wide (all sites), which a site-bound contributor may not enter (store/access).
 */
export interface DemoDisclosureActors {
  readonly owner: Actor;
  readonly ownerUser: { readonly id: string; readonly email: string };
}

/** Writes a period's narratives, omission explanations, entered figures and materiality survey. */
export async function loadDemoDisclosures(
  store: Store,
  orgId: string,
  periodId: string,
  data: DemoDisclosures,
  survey: { readonly name: string; readonly bytes: Uint8Array } | undefined,
  actors: DemoDisclosureActors,
): Promise<{ narratives: number; explanations: number; entries: number; responses: number }> {
  const { framework } = data;
  for (const [code, text] of Object.entries(data.narratives))
    await store.putNarrative(orgId, periodId, { framework, code, text }, actors.owner);
  for (const [code, e] of Object.entries(data.explanations))
    await store.putExplanation(orgId, periodId, { framework, code, ...e }, actors.owner);
  const deps = { store, orgId, user: actors.ownerUser, clock: () => new Date() };
  for (const e of data.entries) {
    const input = { periodId, metric: e.metric, value: e.value, unit: e.unit, dims: e.dims, note: e.note };
    await runCommand(enterFactCommand, input, deps);
  }
  let responses = 0;
  if (survey) {
    const parsed = parseSurveyCsv(new TextDecoder('utf-8').decode(survey.bytes), survey.name);
    const problem = parsed.problems[0];
    if (problem)
      throw new EsgError('REFERENCE_DATA', `${survey.name} row ${problem.row}: ${problem.message}`);
    responses = await store.importSurvey(
      orgId,
      periodId,
      { source: survey.name, responses: parsed.responses },
      actors.owner,
    );
  }
  return {
    narratives: Object.keys(data.narratives).length,
    explanations: Object.keys(data.explanations).length,
    entries: data.entries.length,
    responses,
  };
}
