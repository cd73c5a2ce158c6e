import { calendarYear, EsgError } from '../../core/index.js';
import { authorize } from '../access/index.js';
import { appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { PeriodTable } from '../db/index.js';
import type { Actor, PeriodStatus, ReportingPeriod } from '../model/index.js';

/** The year to open and, for a fiscal year, its first and last day (default: the calendar year). */
export interface NewPeriod {
  readonly year: number;
  readonly start?: string;
  readonly end?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function periodFromRow(row: PeriodTable): ReportingPeriod {
  return {
    id: row.id,
    orgId: row.org_id,
    period: { year: row.year, start: row.start_date, end: row.end_date },
    status: row.status === 'locked' ? 'locked' : 'open',
  };
}

function checkNewPeriod(input: NewPeriod): { start: string; end: string } {
  const fallback = calendarYear(input.year);
  const start = input.start ?? fallback.start ?? '';
  const end = input.end ?? fallback.end ?? '';
  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2200) {
    throw new EsgError('INVALID_INPUT', `year must be a four-digit year, got ${String(input.year)}`);
  }
  if (!ISO_DATE.test(start) || !ISO_DATE.test(end) || start >= end) {
    throw new EsgError(
      'INVALID_INPUT',
      `period dates must be ISO dates with start before end, got ${start}…${end}`,
    );
  }
  // A fiscal year is named by the calendar year it ends in (spec/extract-output.md).
  if (!end.startsWith(`${input.year}-`)) {
    throw new EsgError('INVALID_INPUT', `period ${input.year} must end in ${input.year}, not on ${end}`);
  }
  return { start, end };
}

/** Opens a reporting period (owner only); CONFLICT when the organisation already has that year. */
export async function openPeriod(
  ctx: StoreContext,
  orgId: string,
  input: NewPeriod,
  actor: Actor,
): Promise<ReportingPeriod> {
  const { start, end } = checkNewPeriod(input);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, orgId, actor, 'org.manage');
    const existing = await tx.db
      .selectFrom('periods')
      .select('id')
      .where('org_id', '=', orgId)
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (existing)
      throw new EsgError('CONFLICT', `period ${input.year} is already open for this organisation`);
    const row: PeriodTable = {
      id: tx.newId(),
      org_id: orgId,
      year: input.year,
      start_date: start,
      end_date: end,
      status: 'open',
      created_at: tx.now(),
    };
    await tx.db.insertInto('periods').values(row).execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'period.open',
      target: row.id,
      detail: { year: input.year },
    });
    return periodFromRow(row);
  });
}

/** The organisation's period with this id; NOT_FOUND when it is not theirs. */
export async function getPeriod(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
): Promise<ReportingPeriod> {
  const row = await ctx.db
    .selectFrom('periods')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', periodId)
    .executeTakeFirst();
  if (!row) throw new EsgError('NOT_FOUND', `period ${periodId} not found`);
  return periodFromRow(row);
}

/** The organisation's periods, latest year first. */
export async function listPeriods(ctx: StoreContext, orgId: string): Promise<ReportingPeriod[]> {
  const rows = await ctx.db
    .selectFrom('periods')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('year', 'desc')
    .execute();
  return rows.map(periodFromRow);
}

/** Locks or reopens a period (owner only). Setting the status it already has changes nothing. */
export async function setPeriodStatus(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  status: PeriodStatus,
  actor: Actor,
): Promise<ReportingPeriod> {
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, orgId, actor, 'org.manage');
    const current = await getPeriod(tx, orgId, periodId);
    if (current.status === status) return current;
    await tx.db
      .updateTable('periods')
      .set({ status })
      .where('org_id', '=', orgId)
      .where('id', '=', periodId)
      .execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: status === 'locked' ? 'period.lock' : 'period.unlock',
      target: periodId,
      detail: { year: current.period.year },
    });
    return { ...current, status };
  });
}

/**
 * The period, checked open for an edit inside the caller's transaction; CONFLICT when locked. On
 * PostgreSQL the row is share-locked until commit, so a concurrent lockPeriod waits for the edit to
 * finish and no edit can land after the lock (SQLite serialises writers anyway).
 */
export async function requireOpenPeriod(
  tx: StoreContext,
  orgId: string,
  periodId: string,
): Promise<ReportingPeriod> {
  let query = tx.db.selectFrom('periods').selectAll().where('org_id', '=', orgId).where('id', '=', periodId);
  if (tx.dialect === 'postgres') query = query.forShare();
  const row = await query.executeTakeFirst();
  if (!row) throw new EsgError('NOT_FOUND', `period ${periodId} not found`);
  const period = periodFromRow(row);
  if (period.status === 'locked')
    throw new EsgError(
      'CONFLICT',
      `period ${period.period.year} is locked; the owner must reopen it before edits`,
    );
  return period;
}
