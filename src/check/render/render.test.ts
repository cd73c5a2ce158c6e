import { describe, expect, it } from 'vitest';
import { checkFacts } from '../check-facts.js';
import { printed } from '../testing/printed-fact.js';
import { renderCheck } from './render-check.js';
import { toCheckJson } from './check-json.js';

const hostile = '<script>alert("x")</script> & "Total" employees';
const facts = [
  printed({
    metric: 'workforce.total',
    value: '457',
    unit: 'persons',
    year: 2021,
    line: 270,
    label: hostile,
    quote: `${hostile}\t457`,
  }),
  printed({
    metric: 'workforce.total',
    value: '325',
    unit: 'persons',
    year: 2021,
    line: 273,
    dims: { gender: 'male' },
  }),
  printed({
    metric: 'workforce.total',
    value: '142',
    unit: 'persons',
    year: 2021,
    line: 274,
    dims: { gender: 'female' },
  }),
];
const result = checkFacts({
  facts,
  framework: 'hkex-2020',
  index: [
    {
      code: 'HKEX:A2.5',
      status: 'not_applicable',
      location: '',
      reason: 'We use <no> packaging',
      source: { line: 559 },
    },
    { code: 'HKEX:B1.1', status: 'reported', location: '4.1 Employment', source: { line: 569 } },
  ],
  document: { source: 'r<1>.txt', reportYear: 2021, company: 'A & B Ltd' },
});

describe('check renderers', () => {
  it('JSON keeps the issue’s shape: document, coverage rows, findings with source, expected, actual', () => {
    const json = toCheckJson(result);
    expect(json.document).toEqual({ source: 'r<1>.txt', reportYear: 2021, company: 'A & B Ltd' });
    expect(json.coverage.find((c) => c.code === 'HKEX:B1.1')).toEqual({
      code: 'HKEX:B1.1',
      title: expect.any(String) as string,
      level: 'comply_or_explain',
      status: 'disclosed',
      location: '4.1 Employment',
      facts: 3,
      source: 'l.569',
    });
    expect(json.coverage.find((c) => c.code === 'HKEX:A2.5')).toMatchObject({
      status: 'explained',
      location: 'We use <no> packaging',
      facts: 0,
    });
    const sum = json.findings.find((f) => f.rule === 'sum.breakdown');
    expect(sum).toEqual({
      rule: 'sum.breakdown',
      severity: 'error',
      message: expect.stringMatching(/adds up to 467/) as string,
      source: [{ line: 270 }, { line: 273 }, { line: 274 }],
      expected: '467',
      actual: '457',
    });
    expect(JSON.parse(renderCheck(result, 'json'))).toEqual(JSON.parse(JSON.stringify(json)));
  });

  it('HTML escapes every text from the document and shows coverage as a grid and each finding with its lines', () => {
    const html = renderCheck(result, 'html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<no>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).toContain('A &#38; B Ltd');
    expect(html).toMatch(/<div class="cell explained" title="[^"]*We use &#60;no&#62; packaging/);
    expect(html).toMatch(/<div class="cell disclosed"[^>]*><b>HKEX:B1.1<\/b>/);
    expect(html).toMatch(/<article class="finding error">[\s\S]*<span class="where">line 270<\/span>/);
  });

  it('table lists coverage by level and findings with their lines', () => {
    const table = renderCheck(result, 'table');
    expect(table).toMatch(/Comply or explain \(\d+ disclosed, 1 explained, \d+ missing\)/);
    expect(table).toMatch(/ERROR\s+sum\.breakdown\s+\[l\.270, l\.273, l\.274\]/);
    expect(table).toContain('expected 467, actual 457');
  });
});
