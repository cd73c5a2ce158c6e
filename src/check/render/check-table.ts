import { DISCLOSURE_LEVELS } from '../../core/index.js';
import type { CheckResult } from '../check-facts.js';
import { coverageSource, type CoverageItem } from '../coverage/index.js';

const LEVEL_NAMES: Readonly<Record<(typeof DISCLOSURE_LEVELS)[number], string>> = {
  mandatory: 'Mandatory',
  comply_or_explain: 'Comply or explain',
  recommended: 'Recommended',
};

/** The check result as plain text for a terminal: coverage by level, then findings. */
export function renderCheckTable(result: CheckResult): string {
  const out: string[] = [];
  const d = result.document;
  const title = [d.company, d.source, d.reportYear === undefined ? undefined : String(d.reportYear)]
    .filter(Boolean)
    .join(' · ');
  if (title) out.push(title, '');
  if (result.coverage) {
    out.push(`Coverage against ${result.coverage.framework}`);
    for (const level of DISCLOSURE_LEVELS) {
      const items = result.coverage.items.filter((i) => i.level === level);
      if (items.length === 0) continue;
      out.push(
        '',
        `${LEVEL_NAMES[level]} (${summary(items)})`,
        ...columns(items.map(coverageRow), ['code', 'status', 'facts', 'where / why', 'source']),
      );
    }
    out.push('');
  }
  const counts = ['error', 'warning', 'info'].map(
    (s) => `${result.findings.filter((f) => f.severity === s).length} ${s}`,
  );
  out.push(`Findings: ${counts.join(', ')}`);
  for (const f of result.findings) {
    const where = f.source
      .map((s) => (s.line !== undefined ? `l.${s.line}` : `p.${s.page ?? '?'}`))
      .join(', ');
    out.push(
      '',
      `${f.severity.toUpperCase().padEnd(7)} ${f.rule}${where ? `  [${where}]` : ''}`,
      `        ${oneLine(f.message)}`,
    );
    if (f.expected !== undefined || f.actual !== undefined)
      out.push(`        expected ${f.expected ?? '-'}, actual ${f.actual ?? '-'}`);
  }
  return `${out.join('\n')}\n`;
}

function summary(items: readonly CoverageItem[]): string {
  const n = (s: string) => items.filter((i) => i.status === s).length;
  return `${n('disclosed')} disclosed, ${n('explained')} explained, ${n('missing')} missing`;
}

function coverageRow(i: CoverageItem): string[] {
  return [
    i.code,
    i.status,
    String(i.facts),
    oneLine(i.location ?? '').slice(0, 60),
    oneLine(coverageSource(i) ?? ''),
  ];
}

function columns(rows: readonly string[][], header: readonly string[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all.map((r) => `  ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')}`.trimEnd());
}

/** Control characters from a document never reach the terminal. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
