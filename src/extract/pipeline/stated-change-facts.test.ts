import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './extract-document.js';
import { STATED_CHANGE } from './stated-change-facts.js';

const REPORT = [
  'Sample Fibres Limited',
  'This report covers the period from 1 January 2024 to 31 December 2024.',
  'Indicator\tUnit\t2023\t2024',
  'Direct emissions (Scope 1)\ttCO2e\t2,480.0\t2,232.0',
  'Water consumption\tm3\t71,500\t64,350',
  'During the Reporting Period, Scope 1 emissions decreased by 27% compared with 2023.',
  'Water consumption was 64,350 m3, a decrease of 10% year on year.',
  'Electricity consumption fell by 6% against the 2019 baseline.',
  'Compared with traditional kilns, natural gas consumption has been reduced by about 44%.',
  'The Group aims to cut Scope 2 emissions by 35% by 2030 compared with 2021.',
].join('\n');

describe('stated changes', () => {
  it('become change facts of the metric they name, with direction and baseline, on their line', () => {
    const facts = extractDocument(docFromText(REPORT)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(
      facts.map((f) => [
        f.fact.provenance.kind === 'document' ? f.fact.provenance.location.line : 0,
        f.fact.quantity.value.toString(),
        f.fact.period.year,
        f.fact.dims,
      ]),
    ).toEqual([
      [6, '27', 2024, { of: 'ghg.scope1', direction: 'decrease' }],
      [7, '10', 2024, { of: 'water.consumption', direction: 'decrease' }],
      [8, '6', 2024, { of: 'energy.electricity', direction: 'decrease', since: '2019' }],
    ]);
  });

  it('keep a Spanish change of natural gas worded with no comparison, against the year before', () => {
    const report = [
      'Hilaturas de Muestra, S.A.',
      'Este informe cubre el ejercicio del 1 de enero al 31 de diciembre de 2024.',
      'Fuente\tUnidad\t2024\t2023',
      'Gas natural\tMWh\t41.230\t43.540',
      'En la planta, el consumo de gas natural se redujo un 5,3 % gracias a la nueva caldera.',
    ].join('\n');
    const facts = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(facts.map((f) => [f.fact.quantity.value.toString(), f.fact.dims])).toEqual([
      ['5.3', { of: 'energy.natural_gas', direction: 'decrease' }],
    ]);
  });

  it('keep a Russian change named by its words only, of a metric measured in a physical unit', () => {
    const report = [
      'АО «Образцовый Комбинат»',
      'Отчёт об устойчивом развитии за 2031 год',
      'Показатель\tЕд.\t2030\t2031',
      'Забор воды\tтыс. м3\t812,0\t779,5',
      'На обогатительной фабрике забор воды снизился на 4,0% благодаря оборотному водоснабжению.',
    ].join('\n');
    const facts = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(facts.map((f) => [f.fact.quantity.value.toString(), f.fact.dims])).toEqual([
      ['4', { of: 'water.withdrawal', direction: 'decrease' }],
    ]);
  });

  it('keep an intensity, with the denominator its sentence says it is per', () => {
    const report = [
      'Sample Mills Limited',
      'This report covers the period from 1 January 2024 to 31 December 2024.',
      'Indicator\tUnit\t2023\t2024',
      'Water consumption per tonne of paper\tm3 / tonne\t9.40\t8.91',
      'In 2024, the water consumption per tonne of paper was 8.91 m3, a reduction of 5.2% year on year.',
      'Energy intensity fell by 3% year on year.',
    ].join('\n');
    const facts = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(facts.map((f) => [f.fact.quantity.value.toString(), f.fact.dims])).toEqual([
      ['5.2', { denominator: 'tonne', of: 'water.intensity', direction: 'decrease' }],
      ['3', { of: 'energy.intensity', direction: 'decrease' }],
    ]);
  });

  it('read a subject worded "X per Y" as X\'s intensity over Y, the water withdrawn as its withdrawal', () => {
    const report = [
      'Sample Smelters Limited',
      'This report covers the period from 1 January 2024 to 31 December 2024.',
      'Indicator\tUnit\t2023\t2024',
      'Water withdrawn per tonne of ingot\tm3/t ingot\t6.12\t5.87',
      'Water withdrawn per tonne of ingot decreased by 4.1% in 2024 after the new cooling loop.',
    ].join('\n');
    const facts = extractDocument(docFromText(report)).facts;
    const row = facts.find((f) => f.fact.quantity.value.toString() === '5.87');
    expect(row?.fact.metric).toBe('water.intensity');
    const changes = facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(changes.map((f) => [f.fact.quantity.value.toString(), f.fact.dims])).toEqual([
      ['4.1', { denominator: 'tonne of ingot', of: 'water.intensity', direction: 'decrease' }],
    ]);
  });

  it('keep a change of a figure in a physical unit whose subject the words near the percentage miss', () => {
    const report = [
      'Sample Bakeries Limited',
      'This report covers the period from 1 January 2024 to 31 December 2024.',
      'Indicator\tUnit\t2023\t2024',
      'Steam bought\tGJ\t12,480\t13,105',
      'Steam bought from the district loop climbed to 13,105 GJ, a rise of 5% over FY2023, with the new oven.',
      'Sales climbed to USD 48.2 million, a rise of 9% over FY2023.',
    ].join('\n');
    const facts = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(facts.map((f) => [f.fact.quantity.value.toString(), f.fact.dims.of])).toEqual([
      ['5', 'energy.heat'],
    ]);
  });

  it('keep a change in percentage points only for a share', () => {
    const report = [
      'Sample Looms Limited',
      'This report covers the period from 1 January 2024 to 31 December 2024.',
      'Indicator\tUnit\t2023\t2024',
      'Renewable electricity share\t%\t31.2\t33.0',
      'Natural gas\tm3\t48,200\t45,900',
      'The share of renewable electricity rose by 1.8 percentage points compared with 2023.',
      'Natural gas consumption fell by 4.8 percentage points compared with 2023.',
    ].join('\n');
    const facts = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(facts.map((f) => [f.fact.quantity.value.toString(), f.fact.dims])).toEqual([
      ['1.8', { of: 'energy.renewable_share', direction: 'increase' }],
    ]);
  });

  it('keep a change of R&D investment, in English and Chinese, though no figure around it is an emission', () => {
    const report = [
      'Sample Fibres Limited',
      'This report covers the period from 1 January 2024 to 31 December 2024.',
      'Indicator\tUnit\t2023\t2024',
      'R&D investment\tRMB million\t84.6\t96.3',
      'R&D investment was RMB 96.3 million, up 13.8% year on year.',
      '2024年，公司全年研发投入9,630万元，较上年增长13.8%。',
    ].join('\n');
    const facts = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(facts.map((f) => [f.fact.quantity.value.toString(), f.fact.dims])).toEqual([
      ['13.8', { of: 'innovation.rd_investment', direction: 'increase' }],
      ['13.8', { of: 'innovation.rd_investment', direction: 'increase' }],
    ]);
  });
});

describe('a paragraph under highlight tiles', () => {
  it('is prose, not titles of a table the tiles head, so its wrapped change is read', () => {
    const report = [
      'Sample Malting A/S',
      'This report covers the period from 1 January 2024 to 31 December 2024.',
      '',
      '  38.1% renewable power        7,410 tCO2e Scope 1                 2,214 employees',
      '  (2023: 31.9%)                (2023: 8,020)                       (2023: 2,160)',
      '',
      'Turnover reached EUR 612.3m. Direct emissions (Scope 1) were down 11.4% on the restated',
      '2023 figure, helped by heat pumps at the kilns and a new boiler burning barley husks at two',
      'maltings in the south of the country.',
    ].join('\n');
    const changes = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(changes.map((f) => [f.fact.quantity.value.toString(), f.fact.dims])).toEqual([
      ['11.4', { of: 'ghg.scope1', direction: 'decrease' }],
    ]);
  });
});

describe('a key-figures box pair worded as a change', () => {
  it('is a change of what it names, revenue too, as a table figure is', () => {
    const report = [
      'Kafue Creamery plc',
      'This report covers the year ended 31 December 2024.',
      '',
      'THE YEAR AT A GLANCE',
      '',
      '  Cheese made                 9,640 t   |   Staff at year end                    742',
      '  Sales growth                up 6.3%   |   Recordable injuries                    11',
    ].join('\n');
    const facts = extractDocument(docFromText(report)).facts.filter((f) => f.fact.metric === STATED_CHANGE);
    expect(facts.map((f) => [f.fact.quantity.value.toString(), f.fact.period.year, f.fact.dims])).toEqual([
      ['6.3', 2024, { of: 'economic.revenue', direction: 'increase' }],
    ]);
  });
});
