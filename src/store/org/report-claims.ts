import { z } from 'zod';
import {
  CLAIM_BASES,
  EsgError,
  REPORT_STATEMENT_KINDS,
  type ClaimBasis,
  type ReportStatement,
} from '../../core/index.js';
import type { StoreContext } from '../context.js';
import { periodDocumentJson } from './period-documents.js';

/**
 * What a report says about itself besides its content index (the extract output's
 * `document.claimBases` and `document.statements`): how it claims each framework, by the id it prints
 * (`{ "GRI-2021": "with_reference" }`), and where it states its board's ESG oversight, reporting
 * principles and boundary.
 */
export interface ReportClaims {
  readonly claimBases: Readonly<Partial<Record<string, ClaimBasis>>>;
  readonly statements: readonly ReportStatement[];
}

// Extracted text is untrusted: bound what one document may store. A report claims a handful of
// frameworks and makes each statement once or twice; a statement's text is at most 100 characters.
const MAX_CLAIMS = 20;
const MAX_STATEMENTS = 50;

const claimsSchema = z.strictObject({
  claimBases: z
    .record(z.string().min(1).max(40), z.enum(CLAIM_BASES))
    .refine((r) => Object.keys(r).length <= MAX_CLAIMS, `at most ${MAX_CLAIMS} frameworks`),
  statements: z
    .array(
      z.strictObject({
        kind: z.enum(REPORT_STATEMENT_KINDS),
        text: z.string().max(200),
        source: z.strictObject({
          line: z.number().int().positive().optional(),
          page: z.number().int().positive().optional(),
        }),
      }),
    )
    .max(MAX_STATEMENTS),
});

/** The claims as stored (JSON text); INVALID_INPUT naming the field at fault. */
export function reportClaimsJson(claims: ReportClaims): string {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EsgError(
      'INVALID_INPUT',
      `report claims ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return JSON.stringify(parsed.data);
}

/**
 * The claims of the reports imported into a period, the latest import's first: a framework's claim
 * is the latest report's that makes one, and its statements come before an older report's (coverage
 * takes the first statement per disclosure).
 */
export async function periodReportClaims(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
): Promise<ReportClaims> {
  const claimBases: Partial<Record<string, ClaimBasis>> = {};
  const statements: ReportStatement[] = [];
  for (const json of await periodDocumentJson(ctx, orgId, periodId, 'report_claims')) {
    const claims = claimsSchema.parse(JSON.parse(json));
    for (const [id, basis] of Object.entries(claims.claimBases)) claimBases[id] ??= basis;
    statements.push(...claims.statements);
  }
  return { claimBases, statements };
}
