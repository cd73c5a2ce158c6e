#!/usr/bin/env node
// Issue 4 "Done when": coverage agrees with the report's own content index for at least 90% of the codes
// it lists. For each report (*.txt) in a folder, reads the codes its content index lists with a loose
// reading of its own (not the extractor's: a row the extractor cannot read must count against it), runs
// the built `esg check FILE --format json --framework F` for each framework the codes belong to, and
// counts a listed code as agreeing when coverage has it as the index has it: a location → disclosed; an
// omission, "not applicable" or explanation → explained. A code Appendix C2 removed (KPI A1.2 in a 2025
// report's index) agrees when every item that took it over (the catalogue's `replaced`) agrees.
// Usage: node scripts/coverage-index.mjs [--dir DIR] [--root BUILD] [--verbose]
//   --root runs another checkout's build (its bin/esg.js and dist/), to measure before and after a change.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? path.resolve(process.argv[at + 1] ?? '') : undefined;
};
const root = arg('--root') ?? here;
const dir = arg('--dir') ?? path.join(here, 'test/heldout');
const verbose = process.argv.includes('--verbose');
const { findItem, getFramework, normaliseCode } = await import(
  pathToFileURL(path.join(root, 'dist/core/index.js')).href
);

// The index starts at the first short line naming an index in the last 45% of the report (earlier hits
// are the table of contents) and runs to the end.
const HEADING = /\bindex\b/i;
const LIST =
  /^(?:(?:kpis?|gri)\s*)?[A-D]?\d{1,3}(?:[.-]\d{1,2})?(?:\s*[,，、;/]\s*[A-D]?\d{1,3}(?:[.-]\d{1,2})?)*$/i;
const LEAD = /^(?:kpis?\s*|gri\s*)?([A-D]\d{1,2}(?:\.\d{1,2})?|\d{1,3}-\d{1,2})(?=[\s:]|$)/i;
// "doesn't appl…": a location cell cut at the column's edge keeps only the start of the word.
const NOT_APPLICABLE = /\bnot applicable\b|\bn\/a\b|\bdo(?:es)? not appl|\bdo(?:es)?n['’]?t appl/i;
const OMITTED =
  /\bomitted\b|\bomission\b|not disclosed|not reported|\bexplained\b|not material|immaterial|unavailable|confidentiality/i;

// Groupings an index prints as headings over its rows ("GRI 302: Energy 2016"), not disclosures.
const GROUPINGS = new Set(['part', 'subject_area', 'standard', 'section']);

/**
 * The codes a content-index row lists: the first cells that hold codes (one per cell, a list, or a
 * code before its title), up to the first cell after them without one (a location such as "B2 Health
 * and Safety" is no code of the row).
 */
function rowCodes(cells) {
  const codes = [];
  for (const cell of cells.slice(0, 4)) {
    const text = cell.trim();
    const parts =
      text.length > 80 || !/\d/.test(text)
        ? []
        : LIST.test(text)
          ? shorthand(text.replace(/^(?:kpis?|gri)\s*/i, '').split(/\s*[,，、;/]\s*/))
          : [normaliseCode(text) ? text : (LEAD.exec(text)?.[1] ?? '')];
    const found = parts
      .map((part) => part && normaliseCode(part))
      .filter((code) => code && findItem(code) && !GROUPINGS.has(findItem(code).item.kind));
    if (found.length === 0 && codes.length > 0) break;
    codes.push(...found);
  }
  return codes;
}

/** A list's bare numbers continue the code before them: "305-1/2/3" is 305-1, 305-2 and 305-3. */
function shorthand(parts) {
  let stem = '';
  return parts.map((part) => {
    if (/^\d{1,2}$/.test(part) && stem) return `${stem}${part}`;
    stem = /^(.*[.-])\d{1,2}$/.exec(part)?.[1] ?? '';
    return part;
  });
}

// A location cell's status: a bare dash or slash, "not applicable" or a reason for omission → explained.
const statusOf = (text) =>
  /^[/／\-–—]$/.test(text.trim()) || NOT_APPLICABLE.test(text) || OMITTED.test(text)
    ? 'explained'
    : 'disclosed';

// The column header over a location column printed apart from its codes ("Chapter(s) in the Report").
const LOCATION_HEADER =
  /^(?:chapters?|chapter\(s\)|sections?|pages?|page numbers?|locations?|references?)\b/i;

/**
 * A line of a location column printed apart from its codes (an index page read column by column):
 * no code, a tab-separated last cell, and before it at most the clipped end of a title ("e local").
 */
function detachedLocation(line) {
  if (!line.includes('\t')) return undefined;
  const cells = line.split('\t').map((c) => c.trim());
  const last = cells.filter((c) => c !== '').pop();
  const at = cells.lastIndexOf(last);
  const before = cells.slice(0, at).join(' ').trim();
  if (!last || at < 1 || before.length > 12 || /\d/.test(before) || LOCATION_HEADER.test(last))
    return undefined;
  return last;
}

/** Each code the report's index lists, with how the row marks it. */
function listedCodes(text) {
  const lines = text.split('\n');
  const from = Math.floor(lines.length * 0.55);
  const start = lines.findIndex(
    (l, n) => n >= from && l.trim().length < 100 && HEADING.test(l) && !/\.{4}/.test(l),
  );
  const out = new Map();
  if (start < 0) return out;
  // Code rows without a location cell, waiting for a location column printed after them.
  const waiting = [];
  for (const line of lines.slice(start + 1)) {
    const cells = line
      .trim()
      .split(/\t|\s*\|\s*|\s{2,}/)
      .filter((c) => c !== '');
    const codes = cells.length < 2 ? [] : rowCodes(cells);
    if (codes.length === 0) {
      const location = waiting.length > 0 ? detachedLocation(line) : undefined;
      if (location !== undefined) for (const code of waiting.shift()) out.set(code, statusOf(location));
      continue;
    }
    const rest = line.replace(/^\s*\S+/, '');
    // A bare dash or slash where the location would be is the index's sign for "not reported" (but
    // not in a page column after a location): the cells after the code (and its title, when the code
    // cell does not hold it) hold nothing longer than a fragment besides it.
    const at = cells.findIndex((c) => rowCodes([c]).length > 0);
    const titled = at >= 0 && /\s\S{3,}/.test(cells[at].trim().replace(/^(?:kpis?|gri)\s+/i, ''));
    // A title wrapped into further cells ("Collective knowledge of the | highest governance body")
    // goes on in lower case, without figures; a location does not.
    const place = cells.slice(at + (titled ? 1 : 2)).filter((c) => !/^\p{Ll}[^\d]*$/u.test(c.trim()));
    // A dash after a page ("2 | —") sits in a later column (a cross-reference to another framework).
    const dash = /^[/／\-–—]$/.test(place[0]?.trim() ?? '') && place.every((c) => c.trim().length < 3);
    const status = dash || NOT_APPLICABLE.test(rest) || OMITTED.test(rest) ? 'explained' : 'disclosed';
    const fresh = codes.filter((code) => !out.has(code));
    for (const code of fresh) out.set(code, status);
    // Code and title only, with no column after them: the location may follow in a block of its own.
    const bare = line.trim().split(/\t|\s*\|\s*|\s{2,}/).length <= at + (titled ? 1 : 2);
    if (bare && fresh.length > 0) waiting.push(fresh);
    else waiting.length = 0;
  }
  return out;
}

function check(file, framework) {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'bin/esg.js'), 'check', file, '--format', 'json', '--framework', framework],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (!run.stdout.trim()) throw new Error(`esg check ${file}: ${run.stderr.trim().split('\n')[0]}`);
  return JSON.parse(run.stdout);
}

/** The framework a listed code is read against: the HKEX edition the report claims, or GRI. */
function frameworkOf(code, claims) {
  if (code.startsWith('GRI:')) return 'gri-2021';
  return claims.includes('HKEX-C2') ? 'hkex-c2' : 'hkex-2020';
}

/** The coverage rows a listed code stands for: itself, an aspect's general disclosure, or its successors. */
function rowsFor(code, framework, rows) {
  const own = rows.get(code) ?? rows.get(`${code}.GD`);
  if (own) return [own];
  const bare = code.slice(code.indexOf(':') + 1);
  const prefix = code.slice(0, code.indexOf(':'));
  const old = getFramework(framework).replaced?.find((r) => r.code === bare || r.code === `${bare}.GD`);
  return (old?.by ?? []).map((c) => rows.get(`${prefix}:${c}`)).filter(Boolean);
}

const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
let allListed = 0;
let allAgreed = 0;
console.log(['file', 'listed', 'agreed', 'agreement'].join('  '));
for (const name of files) {
  const file = path.join(dir, name);
  const listed = listedCodes(fs.readFileSync(file, 'utf8'));
  if (listed.size === 0) {
    console.log(`${name}  0  -  (no content index found)`);
    continue;
  }
  const first = check(file, frameworkOf([...listed.keys()][0], []));
  const claims = first.document?.frameworks ?? [];
  const byFramework = new Map();
  const rowsOf = (framework) => {
    if (!byFramework.has(framework)) {
      const json = check(file, framework);
      byFramework.set(framework, new Map(json.coverage.map((r) => [r.code, r])));
    }
    return byFramework.get(framework);
  };
  let agreed = 0;
  const misses = [];
  for (const [code, status] of listed) {
    const framework = frameworkOf(code, claims);
    const rows = rowsFor(code, framework, rowsOf(framework));
    const ok = rows.length > 0 && rows.every((r) => r.status === status);
    if (ok) agreed += 1;
    else
      misses.push(
        `${code} index ${status}, coverage ${rows.map((r) => `${r.code} ${r.status}`).join(', ') || 'no row'} (${framework})`,
      );
  }
  allListed += listed.size;
  allAgreed += agreed;
  console.log(`${name}  ${listed.size}  ${agreed}  ${((100 * agreed) / listed.size).toFixed(1)}%`);
  if (verbose) for (const m of misses) console.log(`    ${m}`);
}
if (allListed > 0)
  console.log(`all  ${allListed}  ${allAgreed}  ${((100 * allAgreed) / allListed).toFixed(1)}%`);
