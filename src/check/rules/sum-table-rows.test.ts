import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumTableRowsRule } from './sum-table-rows.js';
import { isTotalLabel } from './table-grid.js';

function run(facts: readonly Fact[]) {
  return sumTableRowsRule.run(ruleContext(facts, () => undefined));
}

/** One table row of unnamed figures: one cell per year, in column order. */
function row(line: number, label: string, values: readonly string[], unit = 't', years = [2025, 2024]) {
  return values.map((value, i) =>
    printed({ metric: 'unclassified', value, unit, year: years[i] ?? 0, line, label }),
  );
}

describe('sum.table-rows', () => {
  it('errs on the one column where the rows a total adds elsewhere do not add up to it', () => {
    const found = run([
      ...row(40, 'Packaging sludge', ['2310', '2410']),
      ...row(41, 'Spent solvent', ['845', '790']),
      ...row(42, 'Filter cake', ['1204', '1133']),
      ...row(43, 'Total', ['4459', '4333']),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '4359', '4459']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([43, 40, 41, 42]);
  });

  it('says nothing on a column a row with a gap in the other column may add to', () => {
    // The grinding unit makes no clinker ("n.a."): its cement is in the total, its clinker is not.
    const found = run([
      ...row(20, 'Northern kiln plant', ['1284500', '1548600'], 't', [2025, 2025]),
      ...row(21, 'Southern kiln plant', ['1612300', '2012400'], 't', [2025, 2025]),
      ...row(22, 'Coastal grinding unit', ['468200'], 't', [2025]),
      ...row(23, 'Group total', ['2896800', '4029200'], 't', [2025, 2025]),
    ]);
    expect(found).toEqual([]);
  });

  it('leaves alone a column whose total lies among its rows (an average), and still errs on a wrong sum', () => {
    // Participants, hours and hours per participant: 31.7 = 21,572 / 680 is no sum of 26.0, 36.1, 26.3.
    const table = (hours: string) => [
      ...row(60, 'Managers', ['120', '3120', '26.0'], '', [2025, 2024, 2023]),
      ...row(61, 'Engineers', ['380', '13718', '36.1'], '', [2025, 2024, 2023]),
      ...row(62, 'Operators', ['180', '4734', '26.3'], '', [2025, 2024, 2023]),
      ...row(63, 'Total', ['680', hours, '31.7'], '', [2025, 2024, 2023]),
    ];
    expect(run(table('21572'))).toEqual([]);
    expect(run(table('25172')).map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ['error', '21572', '25172'],
    ]);
  });

  it('reads sub-totals as the rows they add, so a grand total is checked against them', () => {
    const facts = [
      ...row(10, 'Coal', ['500.5', '610.0']),
      ...row(11, 'Diesel', ['120.25', '98.5']),
      ...row(12, 'Sub-total fossil', ['620.75', '708.5']),
      ...row(14, 'Solar', ['80.0', '61.0']),
      ...row(15, 'Wind', ['19.25', '10.5']),
      ...row(16, 'Subtotal renewable', ['99.25', '71.5']),
      ...row(17, 'Total energy', ['720.0', '780.0']),
    ];
    expect(run(facts)).toEqual([]);
    const slipped = run([...facts.slice(0, -2), ...row(17, 'Total energy', ['702.0', '780.0'])]);
    expect(slipped.map((f) => [f.expected, f.actual])).toEqual([['720', '702']]);
  });

  it('reads a row printing a dash for one year as adding nothing there, so sub-totals still stand', () => {
    const years = [2023, 2024, 2025];
    /** A row with a dash for the last year: its line prints the placeholder. */
    const dashed = (line: number, label: string, values: readonly string[], mark: string) =>
      values.map((value, i) =>
        printed({
          metric: 'unclassified',
          value,
          unit: 't',
          year: years[i] ?? 0,
          line,
          label,
          quote: `${label}    ${values.join('    ')}    ${mark}`,
        }),
      );
    const table = (grand: string, mark = '–') => [
      ...row(30, 'Spruce logs', ['4120', '3980', '4210'], 't', years),
      ...row(31, 'Pine logs', ['2230', '2410', '2505'], 't', years),
      ...row(32, 'Softwood subtotal', ['6350', '6390', '6715'], 't', years),
      ...dashed(34, 'Beech logs', ['1875', '940'], mark),
      ...row(35, 'Oak logs', ['612', '588', '731'], 't', years),
      ...row(36, 'Birch logs', ['1033', '1164', '1297'], 't', years),
      ...row(37, 'Hardwood subtotal', ['3520', '2692', '2028'], 't', years),
      ...row(39, 'Total harvest', ['9870', '9082', grand], 't', years),
    ];
    expect(run(table('8743'))).toEqual([]);
    const slipped = run(table('8473'));
    expect(slipped.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '8743', '8473']]);
    expect(slipped[0]?.source.map((s) => s.line)).toEqual([39, 32, 37]);
    // With no placeholder printed, which column the row lacks is not known: the hardwood rows do not stand.
    expect(run(table('8473', ''))).toEqual([]);
  });

  it('says nothing when no run of rows adds up to the total in any column', () => {
    const found = run([
      ...row(20, 'Office A', ['3120', '2988']),
      ...row(21, 'Office B', ['1402', '1377']),
      ...row(22, 'Total (incl. sites not listed)', ['6120', '5930']),
    ]);
    expect(found).toEqual([]);
  });

  it('does not take small whole counts adding up by chance as the rows a total adds', () => {
    const found = run([
      ...row(30, 'Fatalities', ['1', '0'], 'persons'),
      ...row(31, 'Lost-time injuries', ['2', '4'], 'persons'),
      ...row(32, 'Total', ['3', '3'], 'persons'),
    ]);
    expect(found).toEqual([]);
  });

  it('leaves out rows in per cent (a total rate is no sum)', () => {
    const found = run([
      ...row(50, 'North', ['12.5', '30.0'], '%'),
      ...row(51, 'South', ['18.5', '20.2'], '%'),
      ...row(52, 'Total', ['15.1', '50.2'], '%'),
    ]);
    expect(found).toEqual([]);
  });
});

describe('sum.table-rows with totals that name their lettered rows', () => {
  const rows = (purchased: string, consumed: string) => [
    ...row(60, 'Purchased heat (P)', ['2140.5', '1980.0'], 'GJ'),
    ...row(61, 'Biomass boilers (Q)', ['615.0', '702.5'], 'GJ'),
    ...row(62, 'Total from clean sources (P+Q)', ['2755.5', '2682.5'], 'GJ'),
    ...row(64, 'Grid power (R)', [purchased, '8310.4'], 'GJ'),
    ...row(65, 'Furnace oil (S)', ['3402.7', '3515.1'], 'GJ'),
    ...row(67, 'Total from other sources (R + S)', ['11524.0', '11825.5'], 'GJ'),
    ...row(68, 'Total consumed (P+Q+R+S)', [consumed, '14508.0'], 'GJ'),
  ];

  it('checks a total against the rows its formula names, and a grand total against its own letters', () => {
    // R + S = 8,103.3 + 3,402.7 = 11,506.0, printed 11,524.0; the grand total adds P+Q+R+S as printed
    // rows (14,261.5), not the sub-totals as printed (14,279.5), so it stands.
    const found = run(rows('8103.3', '14261.5'));
    expect(found.map((f) => [f.severity, f.expected, f.actual, f.source[0]?.line])).toEqual([
      ['error', '11506', '11524', 67],
    ]);
    expect(found[0]?.message).toContain('the rows its label adds');
  });

  it('says nothing when every lettered total adds up', () => {
    expect(run(rows('8121.3', '14279.5'))).toEqual([]);
  });
});

describe('sum.table-rows in a table of one column', () => {
  const single = (line: number, label: string, value: string, unit = 'kg') =>
    row(line, label, [value], unit, [2025]);

  it('warns when the rows above a total come near it but do not add up', () => {
    const found = run([
      ...single(60, 'Reused pallets', '31240'),
      ...single(61, 'Recycled cardboard', '904800'),
      ...single(62, 'Composted food waste', '215330'),
      ...single(63, 'Landfilled', '120600'),
      ...single(64, 'Total solid waste', '1302970'),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '1271970', '1302970']]);
    expect(found[0]?.message).toContain('no other column');
  });

  it('keeps one table together when extraction stored some rows in another unit than printed', () => {
    const tonnes = (line: number, label: string, value: string) =>
      printed({ metric: 'waste.diverted', value, unit: 't', printedUnit: 'kg', year: 2025, line, label });
    const found = run([
      ...single(70, 'Reused pallets', '31240'),
      tonnes(71, 'Recycled cardboard', '904800'),
      tonnes(72, 'Composted food waste', '215330'),
      ...single(73, 'Total solid waste', '1161370'),
    ]);
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['1151370', '1161370']]);
  });

  it('says nothing when the rows add up, a shorter run adds up, or the total is far from them', () => {
    const adds = [...single(80, 'Hazardous', '412.5', 't'), ...single(81, 'Non-hazardous', '9120.0', 't')];
    expect(run([...adds, ...single(82, 'Total', '9532.5', 't')])).toEqual([]);
    // Office paper belongs to another total: the two rows right above add up, so they are what it adds.
    const shorter = [...single(79, 'Office paper', '700', 't'), ...adds];
    expect(run([...shorter, ...single(82, 'Total', '9532.5', 't')])).toEqual([]);
    expect(run([...adds, ...single(82, 'Total (incl. sites not listed)', '15400', 't')])).toEqual([]);
  });
});

describe('sum.table-rows in a table of counts beside their shares', () => {
  /** A `Number | %` row: one count and its share of the table's total, both for 2025. */
  const counted = (line: number, label: string, count: string, share: string) => [
    ...row(line, label, [count], 'persons', [2025]),
    ...row(line, label, [share], '%', [2025]),
  ];

  it('reads the counts and passes over the shares, so a total that misses its rows is warned about', () => {
    const found = run([
      ...counted(90, 'Drivers', '6432', '71.5'),
      ...counted(91, 'Warehouse staff', '2118', '23.6'),
      ...counted(92, 'Office staff', '447', '5.0'),
      ...counted(93, 'Total', '9097', '100.0'),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '8997', '9097']]);
  });

  it('says nothing when the counts add up', () => {
    const found = run([
      ...counted(90, 'Drivers', '6432', '71.5'),
      ...counted(91, 'Warehouse staff', '2118', '23.5'),
      ...counted(93, 'Total', '8550', '100.0'),
    ]);
    expect(found).toEqual([]);
  });
});

describe('isTotalLabel', () => {
  it('reads total rows however they are numbered or worded', () => {
    const totals = [
      'Total',
      '(11) Total renewable energy (MWh)',
      'Sub-total',
      'Energy, total',
      '合计',
      'Grand total',
      "Consommation totale d'énergie",
      'Emissioni totali',
      'Residuos totales',
      'Insgesamt',
      'Razem',
      'Odpady ogółem',
      'Celkem',
      'Toplam',
      'Avfall totalt',
      'I alt',
    ];
    expect(totals.filter((l) => !isTotalLabel(l))).toEqual([]);
  });

  it('reads a Chinese total row that names its measure before 合計', () => {
    expect(['範疇一合計', '废弃物总计（吨）', '用水小計'].filter((l) => !isTotalLabel(l))).toEqual([]);
    // A share of the total names the total without being it.
    expect(isTotalLabel('範疇一占合計之比例')).toBe(false);
  });

  it('reads Japanese, Korean and Vietnamese total rows', () => {
    const totals = [
      '小計',
      '総計',
      '합계',
      '소계 (Subtotal)',
      '총계',
      '계',
      'Tổng cộng',
      'TỔNG CỘNG',
      'Tổng số lao động',
      'Tổng lượng nước khai thác',
      'Tổng',
    ];
    expect(totals.filter((l) => !isTotalLabel(l))).toEqual([]);
    expect(['계약직', 'Tổng giám đốc', '총 임직원 비율'].filter(isTotalLabel)).toEqual([]);
  });

  it('reads Cyrillic, Greek, Thai, Arabic and Indonesian total rows', () => {
    const totals = [
      'Итого выбросы',
      'Всего',
      'Общо отпадъци',
      'Σύνολο',
      'Συνολική κατανάλωση',
      'รวม',
      'รวมทั้งสิ้น',
      'ยอดรวม',
      'المجموع',
      'Jumlah limbah',
    ];
    expect(totals.filter((l) => !isTotalLabel(l))).toEqual([]);
    expect(['Общество и персонал', 'Jumlahnya', 'Всеобщий доступ'].filter(isTotalLabel)).toEqual([]);
  });

  it('does not read shares of a total or total rates as total rows', () => {
    const others = [
      'Share of renewables in total',
      'Total recordable injury rate',
      'Waste as % of total',
      'Totally',
      "Part d'énergie renouvelable dans le total",
      'Anteil an der Gesamtmenge',
      'Percentage of total hours',
      'Razem z partnerami w projekcie',
      'Toplama noktaları',
    ];
    expect(others.filter(isTotalLabel)).toEqual([]);
  });
});
