import type { ExtractResult } from '../pipeline/index.js';
import { toSpecFact } from './spec-json.js';

// Column widths keep a row on one terminal line; longer labels are cut with an ellipsis.
const WIDTHS = { where: 8, year: 6, metric: 28, value: 18, label: 44 } as const;

function cell(text: string, width: number): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return t.padEnd(width);
}

/** A readable listing: the document summary, then one line per fact. */
export function toTextTable(result: ExtractResult): string {
  const d = result.document;
  const head = [
    `${d.source}: ${d.company ?? 'company not found'}, report year ${d.reportYear ?? '?'}, frameworks ${d.frameworks.join(', ') || 'none found'}`,
    `${String(result.facts.length)} facts, ${String(result.index.length)} index entries`,
    '',
    [
      cell('where', WIDTHS.where),
      cell('year', WIDTHS.year),
      cell('metric', WIDTHS.metric),
      cell('value', WIDTHS.value),
      'label',
    ].join(' '),
  ];
  const rows = result.facts.map((f) => {
    const s = toSpecFact(f);
    const where =
      s.source.page !== undefined ? `p${String(s.source.page)}` : `L${String(s.source.line ?? '?')}`;
    const year = `${String(s.year)}${s.basis === 'target' ? 'T' : ''}`;
    const value = `${String(s.value)} ${s.unit}`.trim();
    const dims = Object.values(s.dims).join(', ');
    const label = dims === '' ? s.label : `${s.label} [${dims}]`;
    return [
      cell(where, WIDTHS.where),
      cell(year, WIDTHS.year),
      cell(s.metric ?? '—', WIDTHS.metric),
      cell(value, WIDTHS.value),
      cell(label, WIDTHS.label),
    ]
      .join(' ')
      .trimEnd();
  });
  const warnings = result.warnings.map((w) => `warning: ${w}`);
  return [...head, ...rows, ...warnings].join('\n') + '\n';
}
