import { DISCLOSURE_LEVELS, type Fact } from '../../core/index.js';
import type { CheckResult } from '../check-facts.js';
import { coverageSource, type CoverageItem } from '../coverage/index.js';
import type { CheckFinding } from '../finding/index.js';
import { CHECK_HTML_STYLE } from './check-html.style.js';

const LEVEL_NAMES: Readonly<Record<(typeof DISCLOSURE_LEVELS)[number], string>> = {
  mandatory: 'Mandatory',
  comply_or_explain: 'Comply or explain',
  recommended: 'Recommended',
};

/** Escapes text for HTML content and attribute values; every string from a document goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The check result as one self-contained HTML page: coverage as a grid, findings with their source lines. */
export function renderCheckHtml(result: CheckResult): string {
  const d = result.document;
  const title = `esg check: ${d.company ?? d.source ?? 'facts'}`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CHECK_HTML_STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    documentLine(result),
    result.coverage ? coverageSection(result.coverage.framework, result.coverage.items) : '',
    findingsSection(result.findings),
    '</body></html>',
    '',
  ].join('\n');
}

function documentLine(result: CheckResult): string {
  const d = result.document;
  const parts = [
    d.source,
    d.reportYear === undefined ? undefined : `report year ${d.reportYear}`,
    d.frameworks?.join(', '),
  ];
  const text = parts.filter((p): p is string => Boolean(p)).join(' · ');
  return text ? `<p class="doc">${escapeHtml(text)}</p>` : '';
}

function coverageSection(framework: string, items: readonly CoverageItem[]): string {
  const groups = DISCLOSURE_LEVELS.map((level) => {
    const mine = items.filter((i) => i.level === level);
    if (mine.length === 0) return '';
    const cells = mine.map(cell).join('');
    return `<h3>${LEVEL_NAMES[level]}</h3><div class="grid">${cells}</div>`;
  });
  return `<section><h2>Coverage against ${escapeHtml(framework)}</h2>
<p class="legend"><span class="disclosed">disclosed</span> <span class="explained">explained</span> <span class="missing">missing</span></p>
${groups.join('\n')}</section>`;
}

function cell(i: CoverageItem): string {
  const source = coverageSource(i);
  const tip = [
    i.title,
    i.location,
    i.facts > 0 ? `${i.facts} facts` : undefined,
    source ? `source: ${source}` : undefined,
  ]
    .filter(Boolean)
    .join(' — ');
  return `<div class="cell ${i.status}" title="${escapeHtml(tip)}"><b>${escapeHtml(i.code)}</b><small>${escapeHtml(i.status)}${i.facts > 0 ? ` · ${i.facts}` : ''}</small>${source ? `<small class="src">${escapeHtml(source)}</small>` : ''}</div>`;
}

function findingsSection(findings: readonly CheckFinding[]): string {
  if (findings.length === 0) return '<section><h2>Findings</h2><p>No findings.</p></section>';
  return `<section><h2>Findings (${findings.length})</h2>\n${findings.map(findingBlock).join('\n')}</section>`;
}

function findingBlock(f: CheckFinding): string {
  const numbers =
    f.expected !== undefined || f.actual !== undefined
      ? `<p class="numbers">expected <code>${escapeHtml(f.expected ?? '–')}</code>, actual <code>${escapeHtml(f.actual ?? '–')}</code></p>`
      : '';
  const lines = quotes(f.facts);
  return `<article class="finding ${f.severity}"><header><span class="sev">${f.severity}</span> <code>${escapeHtml(f.rule)}</code></header>
<p>${escapeHtml(f.message)}</p>${numbers}${lines}</article>`;
}

/** Each source line once, with the text it was read from. */
function quotes(facts: readonly Fact[]): string {
  const seen = new Set<string>();
  const rows: string[] = [];
  for (const fact of facts) {
    const p = fact.provenance;
    if (p.kind !== 'document') continue;
    const where =
      p.location.line !== undefined
        ? `line ${p.location.line}`
        : p.location.page !== undefined
          ? `page ${p.location.page}`
          : '';
    const key = `${where}|${p.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(`<li><span class="where">${escapeHtml(where)}</span> <q>${escapeHtml(p.quote)}</q></li>`);
  }
  return rows.length > 0 ? `<ul class="sources">${rows.join('')}</ul>` : '';
}
