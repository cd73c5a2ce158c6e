import { z } from 'zod';
import {
  calendarYear,
  dec,
  EsgError,
  FACT_BASES,
  FACT_STATUSES,
  tryParseUnit,
  type Fact,
  type Provenance,
  type Unit,
} from '../../core/index.js';

const number = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]);

const lineageSchema = z.object({
  formula: z.string(),
  inputs: z.array(
    z.object({
      row: z.number().int().optional(),
      rows: z.array(z.number().int()).optional(),
      activity: z.string(),
      amount: z.union([z.string(), z.number()]).transform(String),
      unit: z.string(),
    }),
  ),
  factors: z.array(
    z.object({
      id: z.string(),
      value: z.union([z.string(), z.number()]).transform(String),
      unit: z.string(),
      source: z.string(),
      dataYear: z.number().int().optional(),
    }),
  ),
});

const factSchema = z.object({
  metric: z.string().min(1),
  label: z.string().optional(),
  value: number,
  /** The exact decimal when `value` is rounded for display (`esg calc --format json`). */
  exact: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .optional(),
  unit: z.string().min(1),
  year: z.number().int(),
  dims: z.record(z.string(), z.string()).optional(),
  basis: z.enum(FACT_BASES).optional(),
  status: z.enum(FACT_STATUSES).optional(),
  reported: z
    .object({
      value: z.union([z.string(), z.number()]).transform(String),
      unit: z.string(),
      text: z.string().optional(),
    })
    .optional(),
  source: z.object({ line: z.number().int().optional(), page: z.number().int().optional() }).optional(),
  kind: z.enum(['table', 'text']).optional(),
  lineage: lineageSchema.optional(),
  entry: z.object({ user: z.string(), at: z.string(), note: z.string().optional() }).optional(),
});

/** The JSON `esg calc --format json` and `esg extract --format json` print (spec/extract-output.md, calc-input.md). */
const factsFileSchema = z.object({
  document: z.object({ source: z.string() }).partial().optional(),
  facts: z.array(factSchema),
});

type FileFact = z.infer<typeof factSchema>;

function unitFor(symbol: string, where: string): Unit {
  const unit = tryParseUnit(symbol);
  if (!unit) throw new EsgError('UNIT_UNKNOWN', `${where}: unknown unit "${symbol}"`);
  return unit;
}

function provenanceOf(f: FileFact, document: string | undefined, where: string): Provenance {
  if (f.lineage) return { kind: 'calculation', ...f.lineage };
  if (f.entry) return { kind: 'entry', ...f.entry };
  if (f.source || f.reported) {
    return {
      kind: 'document',
      document: document ?? 'unknown document',
      location: {
        ...(f.source?.line === undefined ? {} : { line: f.source.line }),
        ...(f.source?.page === undefined ? {} : { page: f.source.page }),
      },
      quote: f.reported?.text ?? '',
      reported: { value: f.reported?.value ?? String(f.value), unit: f.reported?.unit ?? f.unit },
      extraction: f.kind ?? 'table',
    };
  }
  throw new EsgError(
    'INVALID_INPUT',
    `${where}: a fact needs its provenance: "lineage" (calculation), "source"/"reported" (document) or "entry"`,
  );
}

/**
 * Reads the facts of an `esg calc` or `esg extract` JSON print into core facts for `entity`. Values
 * printed as JSON numbers are taken by their shortest decimal form; strings are exact.
 */
export function parseFactsFile(raw: unknown, entity: string, file = 'facts.json'): Fact[] {
  const parsed = factsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EsgError(
      'INVALID_INPUT',
      `${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const document = parsed.data.document?.source;
  return parsed.data.facts.map((f, i) => {
    const where = `${file}: facts.${i}`;
    return {
      entity,
      period: calendarYear(f.year),
      metric: f.metric,
      dims: f.dims ?? {},
      quantity: { value: dec(f.exact ?? f.value), unit: unitFor(f.unit, where) },
      basis: f.basis ?? 'actual',
      provenance: provenanceOf(f, document, where),
      status: f.status ?? 'unverified',
      ...(f.label === undefined ? {} : { label: f.label }),
    };
  });
}
