import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import { assessMateriality } from './assess.js';
import { materialityMatrixSvg } from './matrix-svg.js';
import { parseSurveyCsv, parseSurveyXlsx } from './parse-survey.js';
import type { SurveyResponse } from './survey.js';

const CSV = `Respondent group,Topic,Importance to stakeholders,Impact on the business
Employees,Occupational health and safety,5,4
Employees,Occupational health and safety,3,4
Investors,Occupational health and safety,4,2
Employees,Water management,2,1
Investors,Water management,2,2
Investors,GHG emissions,5,5
Employees,Bad row,7,3
,Missing group,3,3
Customers,Product quality,4.5,not sure
`;

const r = (
  group: string,
  topic: string,
  stakeholder: string,
  business: string,
  more: Partial<SurveyResponse> = {},
): SurveyResponse => ({
  group,
  topic,
  stakeholder: dec(stakeholder),
  business: dec(business),
  ...more,
});

describe('survey parsing', () => {
  it('reads a CSV survey and reports unusable rows with their row numbers', () => {
    const { responses, problems } = parseSurveyCsv(CSV);
    expect(responses).toHaveLength(6);
    expect(responses[0]).toMatchObject({
      group: 'Employees',
      topic: 'Occupational health and safety',
      row: 2,
    });
    expect(responses[0]?.stakeholder.toNumber()).toBe(5);
    expect(problems).toEqual([
      { row: 8, message: 'importance to stakeholders: 7 is outside 1–5' },
      { row: 9, message: 'respondent group and topic are required' },
      { row: 10, message: 'impact on the business: "not sure" is not a score' },
    ]);
  });

  it('refuses a survey without the required columns', () => {
    expect(() => parseSurveyCsv('Group,Topic,Score\nA,B,3\n', 'bad.csv')).toThrow(
      /bad\.csv: missing column\(s\): importance to stakeholders, impact on the business/,
    );
  });

  it('reads an XLSX survey with double-materiality columns', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Survey');
    sheet.addRow([
      'Stakeholder group',
      'Issue',
      'Stakeholder importance',
      'Business impact',
      'Impact materiality',
      'Financial materiality',
    ]);
    sheet.addRow(['Regulators', 'Climate change', 4, 3, 5, 2]);
    sheet.addRow(['Suppliers', 'Supply chain management', 3, 3, 2, 4]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { responses, problems } = await parseSurveyXlsx(bytes);
    expect(problems).toEqual([]);
    expect(
      responses.map((x) => [x.group, x.topic, x.impact?.toNumber(), x.financial?.toNumber(), x.row]),
    ).toEqual([
      ['Regulators', 'Climate change', 5, 2, 2],
      ['Suppliers', 'Supply chain management', 2, 4, 3],
    ]);
  });
});

describe('assessMateriality', () => {
  it('averages within each group, then weights groups, and ranks by the mean of the two axes', () => {
    const { responses } = parseSurveyCsv(CSV);
    const result = assessMateriality({ responses, weights: { Employees: 1, Investors: 3 } });
    expect(result.lens).toBe('single');
    const safety = result.topics.find((t) => t.topic === 'Occupational health and safety');
    // Employees mean (4, 4), investors (4, 2); weights 1:3 → stakeholder 4, business (4 + 6) / 4 = 2.5.
    expect(safety?.y.toFixed(2)).toBe('4.00');
    expect(safety?.x.toFixed(2)).toBe('2.50');
    expect(result.topics.map((t) => [t.rank, t.topic])).toEqual([
      [1, 'GHG emissions'],
      [2, 'Occupational health and safety'],
      [3, 'Water management'],
    ]);
    expect(result.groups).toEqual([
      { group: 'Employees', weight: 1, responses: 3 },
      { group: 'Investors', weight: 3, responses: 3 },
    ]);
  });

  it('classifies against thresholds: both axes for the classic matrix', () => {
    const result = assessMateriality({
      responses: [r('A', 'Energy', '4', '4'), r('A', 'Water', '4', '3'), r('A', 'Waste', '2', '2')],
      thresholds: { x: 3.5, y: 3.5 },
    });
    expect(result.topics.map((t) => [t.topic, t.tier, t.material])).toEqual([
      ['Energy', 'high', true],
      ['Water', 'medium', false],
      ['Waste', 'low', false],
    ]);
  });

  it('uses impact and financial materiality, material on either, when every response has them', () => {
    const result = assessMateriality({
      responses: [
        r('A', 'Climate change', '3', '3', { impact: dec(5), financial: dec(2) }),
        r('A', 'Privacy', '3', '3', { impact: dec(2), financial: dec(2) }),
      ],
    });
    expect(result.lens).toBe('double');
    expect(result.x.label).toBe('Financial materiality');
    expect(result.topics.map((t) => [t.topic, t.tier, t.material])).toEqual([
      ['Climate change', 'medium', true],
      ['Privacy', 'low', false],
    ]);
  });

  it('links topics to framework disclosures, filtered to the framework in use', () => {
    const responses = [r('A', 'Carbon emissions', '4', '4'), r('A', 'Customer privacy', '3', '3')];
    const gri = assessMateriality({ responses }, (c) => c.startsWith('GRI:'));
    expect(gri.topics.map((t) => t.codes)).toEqual([['GRI:305'], ['GRI:418']]);
    const own = assessMateriality({ responses, topicLinks: { 'Customer privacy': ['HKEX:B6.5'] } });
    expect(own.topics[1]?.codes).toEqual(['HKEX:B6.5']);
  });

  it('refuses double materiality when the scores are missing', () => {
    expect(() => assessMateriality({ responses: [r('A', 'Water', '3', '3')], lens: 'double' })).toThrow(
      /no Financial materiality scores/,
    );
  });
});

describe('materialityMatrixSvg', () => {
  it('draws one numbered point per topic and escapes topic names', () => {
    const result = assessMateriality({
      responses: [r('A', '<script>alert(1)</script>', '4', '5'), r('A', 'Water & effluents', '2', '3')],
    });
    const svg = materialityMatrixSvg(result);
    expect(svg).toMatch(/^<svg\s+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Water &amp; effluents');
    // Rank 1 (4, 5) sits right of and above rank 2 (2, 3): SVG y grows downwards.
    const circles = [...svg.matchAll(/cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(circles[0]?.[0]).toBeGreaterThan(circles[1]?.[0] ?? Infinity);
    expect(circles[0]?.[1]).toBeLessThan(circles[1]?.[1] ?? -Infinity);
  });
});
