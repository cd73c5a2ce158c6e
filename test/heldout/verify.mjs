#!/usr/bin/env node
// Verifies the held-out material itself, not the code: every gold row's printed value is on its line
// (a zero printed in words, "no fatalities", counts), its label is printed in the report at or above
// that line, and every planted error in a *.errors.json names lines that exist and has a unique id.
// Run after editing a report here: line numbers shift when a line is added.
// Usage: node test/heldout/verify.mjs   (exit 1 and one message per problem when something is off)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
// Thousands grouped by commas ('4,671,555') or by spaces ('4 671 555', common in mainland reports), a
// figure glued to a currency code ('RM1,148.6'), and plain figures.
const NUMBER =
  /(?<![\d.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.])-?\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,])-?\d+(?:\.\d+)?/g;
// Decimal commas (German, Brazilian, Vietnamese, Swedish tables): points or spaces group the thousands
// ('186.412,4', '91.846.320', '12 345,6', '0,0617'); each reading only adds candidates.
const DECIMAL_COMMA = [
  /(?<![\d.,])-?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])/g,
  /(?<![\d.,])-?\d{1,3}(?: \d{3})*,\d+(?![\d])/g,
];
// South-Asian grouping (Indian, Bangladeshi, Pakistani, Sri Lankan reports): lakh and crore groups of two
// digits before the last three ('1,23,45,678', '4,86,250.50'); only adds candidates.
const SOUTH_ASIAN = /(?<![\d.,])-?\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d])/g;
const problems = [];
const squash = (s) => s.replace(/\s+/g, ' ');

for (const name of fs.readdirSync(dir).sort()) {
  const m = /^(.*)\.txt$/.exec(name);
  if (!m) continue;
  const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
  const goldPath = path.join(dir, `${m[1]}.gold.jsonl`);
  if (fs.existsSync(goldPath)) {
    const gold = fs
      .readFileSync(goldPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    for (const g of gold) {
      const text = lines[g.line - 1];
      if (text === undefined) {
        problems.push(`${name}: line ${g.line} does not exist (${g.label})`);
        continue;
      }
      const numbers = (text.match(NUMBER) ?? []).map((n) => Number(n.replace(/[, ]/g, '')));
      for (const pattern of DECIMAL_COMMA)
        for (const n of text.match(pattern) ?? [])
          numbers.push(Number(n.replace(/[. ]/g, '').replace(',', '.')));
      for (const n of text.match(SOUTH_ASIAN) ?? []) numbers.push(Number(n.replace(/,/g, '')));
      const zeroInWords = g.value === 0 && /\b(no|zero|nil|none|net-zero|net zero)\b/i.test(text);
      if (!zeroInWords && !numbers.some((n) => Math.abs(Math.abs(n) - g.value) < 1e-9)) {
        problems.push(`${name}: ${g.value} is not printed on line ${g.line}: ${text.slice(0, 80)}`);
      }
      const above = squash(lines.slice(0, g.line).join('\n'));
      if (!above.includes(squash(g.label))) {
        problems.push(`${name}: label "${g.label}" is not printed at or above line ${g.line}`);
      }
    }
    console.log(`${name}: ${gold.length} gold rows`);
  }
  const errorsPath = path.join(dir, `${m[1]}.errors.json`);
  if (fs.existsSync(errorsPath)) {
    const planted = JSON.parse(fs.readFileSync(errorsPath, 'utf8'));
    const ids = new Set();
    for (const e of planted) {
      if (ids.has(e.id)) problems.push(`${name}: planted error id ${e.id} repeats`);
      ids.add(e.id);
      for (const l of e.lines) {
        if (!lines[l - 1]?.trim()) problems.push(`${name}: planted error ${e.id} names empty line ${l}`);
      }
    }
    console.log(`${name}: ${planted.length} planted errors`);
  }
}
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
