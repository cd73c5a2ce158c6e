import { describe, expect, it } from 'vitest';
import { classifyMention } from '../classify/index.js';
import type { Mention } from '../mention/index.js';
import { dedupeMentions, isDisclosure } from './index.js';

function text(over: Partial<Mention>) {
  const m: Mention = {
    kind: 'text',
    line: 1,
    label: '',
    context: [''],
    value: '1',
    unit: '',
    year: 2022,
    basis: 'actual',
    quote: '',
    dims: {},
    ...over,
  };
  return classifyMention(m, ['hkex-2020', 'gri-2021']);
}

/** A table cell's mention, classified as the GRI reader sees it. */
function tableCell(line: number, label: string, value: string, unit: string, year = 2024) {
  const m: Mention = {
    kind: 'table',
    line,
    label,
    context: [],
    value,
    unit,
    year,
    basis: 'actual',
    quote: '',
    dims: {},
  };
  return classifyMention(m, ['gri-2021']);
}

describe('isDisclosure in German prose', () => {
  it('keeps counts of people and shares about staff, health and suppliers', () => {
    expect(
      isDisclosure(text({ label: 'beschäftigten wir 2.140 Menschen', value: '2140', unit: 'Menschen' })),
    ).toBe(true);
    expect(
      isDisclosure(text({ label: 'Die Krankenstandsquote lag bei 3,9 %', value: '3.9', unit: '%' })),
    ).toBe(true);
    expect(
      isDisclosure(
        text({ label: 'Der Einkaufsanteil bei Lieferanten aus der Region', value: '61', unit: '%' }),
      ),
    ).toBe(true);
    expect(isDisclosure(text({ label: 'ein Marktanteil von 14 %', value: '14', unit: '%' }))).toBe(false);
  });
});

describe('isDisclosure in Polish prose', () => {
  it('keeps shares about emissions, water and staff, drops a market share', () => {
    expect(isDisclosure(text({ label: 'emisje metanu spadły o 4,1% r/r', value: '4.1', unit: '%' }))).toBe(
      true,
    );
    expect(isDisclosure(text({ label: 'zużycie wody wzrosło o 2%', value: '2', unit: '%' }))).toBe(true);
    expect(isDisclosure(text({ label: 'udział kobiet wśród pracowników', value: '31', unit: '%' }))).toBe(
      true,
    );
    expect(isDisclosure(text({ label: 'udział w rynku wzrósł do 14%', value: '14', unit: '%' }))).toBe(false);
  });
});

describe('isDisclosure in Finnish prose', () => {
  it('keeps hours of training and shares about staff and safety, drops a market share', () => {
    const hours = 'henkilöstön koulutukseen kului 7 460 tuntia';
    expect(isDisclosure(text({ label: hours, value: '7460', unit: 'tuntia' }))).toBe(true);
    expect(isDisclosure(text({ label: 'naisten osuus työntekijöistä', value: '27', unit: '%' }))).toBe(true);
    expect(isDisclosure(text({ label: 'tapaturmataajuus laski', value: '6.2', unit: '' }))).toBe(true);
    expect(isDisclosure(text({ label: 'markkinaosuus kasvoi 12 prosenttiin', value: '12', unit: '%' }))).toBe(
      false,
    );
  });
});

describe('isDisclosure', () => {
  it('keeps ESG quantities and counts of people, drops business figures', () => {
    expect(isDisclosure(text({ label: 'saved 45 million kWh', value: '45', unit: 'million kWh' }))).toBe(
      true,
    );
    expect(
      isDisclosure(
        text({ label: 'a total of 259 technical personnel', value: '259', unit: 'technical personnel' }),
      ),
    ).toBe(true);
    expect(
      isDisclosure(text({ label: 'more than 67,000 AI models', value: '67000', unit: 'AI models' })),
    ).toBe(false);
    expect(
      isDisclosure(
        text({ label: 'a road network of 10,381 kilometers', value: '10381', unit: 'kilometers' }),
      ),
    ).toBe(false);
    expect(isDisclosure(text({ label: 'with an accuracy ≥ 90%', value: '90', unit: '%' }))).toBe(false);
    expect(isDisclosure(text({ label: 'employee satisfaction rate of 90%', value: '90', unit: '%' }))).toBe(
      true,
    );
    expect(isDisclosure(text({ label: 'no work-related fatalities', value: '0' }))).toBe(true);
    expect(
      isDisclosure(
        text({ label: 'once the leave was over, a return-to-work rate of 91.7%', value: '91.7', unit: '%' }),
      ),
    ).toBe(true);
  });

  it('keeps counts and shares of nationals hired under a localisation quota', () => {
    const hired = 'we had 238 Omani nationals on the payroll';
    expect(isDisclosure(text({ label: hired, value: '238', unit: 'Omani nationals' }))).toBe(true);
    const share = '238 Omani nationals on the payroll, 27.1% of our 878';
    expect(isDisclosure(text({ label: share, value: '27.1', unit: '%' }))).toBe(true);
  });
});

describe('dedupeMentions', () => {
  it('keeps the table row over a sentence quoting it, and the paragraph over the highlight', () => {
    const table = classifyMention(
      {
        kind: 'table',
        line: 50,
        label: 'Total employees',
        context: [],
        value: '10724',
        unit: 'Person',
        year: 2023,
        basis: 'actual',
        quote: '',
        dims: {},
      },
      ['gri-2021'],
    );
    const quoted = text({
      line: 10,
      label: 'a total of 10,724 employees',
      value: '10724',
      unit: 'employees',
      year: 2023,
    });
    const highlight = text({
      line: 20,
      label: 'recycled 1.0139 million tons',
      value: '1.0139',
      unit: 'million tons',
      year: 2023,
    });
    const body = text({
      line: 30,
      label: 'recycled 1,013,900 tons of secondary aluminum',
      value: '1013900',
      unit: 'tons',
      year: 2023,
    });
    const lines: Record<number, string> = {
      20: '- Recycled 1.0139 million tons',
      30: 'This year, the Company comprehensively recycled 1,013,900 tons of secondary aluminum from its customers.',
    };
    const kept = dedupeMentions([table, quoted, highlight, body], (n) => lines[n] ?? '');
    expect(kept.map((c) => c.mention.line)).toEqual([50, 30]);
  });
  it('keeps a sentence whose digits match a table cell of another kind of quantity', () => {
    const fuel = tableCell(40, 'Biogas consumed', '73260', 'MWh', 2024);
    const hours = text({
      line: 90,
      label: 'Staff completed 73,260 hours of training',
      value: '73260',
      unit: 'hours',
      year: 2024,
    });
    expect(fuel.metric?.id).toBeDefined();
    expect(hours.metric?.id).toBe('training.hours_total');
    const kept = dedupeMentions([fuel, hours], () => '');
    expect(kept.map((c) => c.mention.line)).toEqual([40, 90]);
  });

  it('keeps a part of a list whose digits match a part of another metric’s breakdown in a table', () => {
    const young = tableCell(40, 'Employees under 30 years', '412', 'persons', 2024);
    const suppliers = text({
      line: 90,
      label: '412 in Mainland China',
      quote: 'We engaged 646 suppliers in 2024: 86 in Hong Kong, 412 in Mainland China and 148 overseas',
      value: '412',
      unit: 'suppliers',
      year: 2024,
      dims: { region: 'mainland china' },
    });
    expect(young.dims).toEqual({ age: '<30' });
    expect(suppliers.metric?.id).toBe('suppliers.count');
    expect(suppliers.dims).toEqual({ region: 'mainland china' });
    const kept = dedupeMentions([young, suppliers], () => '');
    expect(kept.map((c) => c.mention.line)).toEqual([40, 90]);
  });

  it('weighs each line once, however many figures it prints', () => {
    // A highlights line and a paragraph each printing 30 figures: every figure of one repeats in the other.
    const figures = Array.from({ length: 30 }, (_v, i) => String(4100 + i * 37));
    const on = (line: number) =>
      figures.map((value) => text({ line, label: `used ${value} MWh`, value, unit: 'MWh', year: 2024 }));
    const lines: Record<number, string> = {
      7: `- ${figures.join(' MWh, ')} MWh`,
      12: `Our sites used ${figures.join(' MWh, then ')} MWh of electricity over the year.`,
    };
    let reads = 0;
    const kept = dedupeMentions([...on(7), ...on(12)], (n) => {
      reads += 1;
      return lines[n] ?? '';
    });
    expect(kept.map((c) => c.mention.line)).toEqual(figures.map(() => 12));
    expect(reads).toBe(2);
  });
  it('does not merge small round numbers that say different things', () => {
    const a = text({
      line: 5,
      label: '9 subsidiaries obtained ISO 14064 certification',
      value: '9',
      unit: 'subsidiaries',
    });
    const b = text({
      line: 9,
      label: '9 subsidiaries obtained ISO 45001 certification',
      value: '9',
      unit: 'subsidiaries',
    });
    const c = text({
      line: 12,
      label: 'obtained ISO 14064 certification at 9 subsidiaries',
      value: '9',
      unit: 'subsidiaries',
    });
    expect(dedupeMentions([a, b, c], () => 'x').map((x) => x.mention.line)).toEqual([5, 9]);
  });

  it('keeps a sentence naming an unnamed cell’s digits as a metric the table prints otherwise', () => {
    const perEmployee = tableCell(40, 'Average training hours per employee', '18.6', 'hours');
    const perAttendee = tableCell(47, 'Forklift operators', '21.4', '');
    const said = text({
      line: 12,
      label: 'average training hours per employee (an average of 21.4 hours per employee)',
      value: '21.4',
      unit: 'hours',
      year: 2024,
    });
    expect(said.metric?.id).toBe('training.hours_average');
    expect(perAttendee.metric).toBeUndefined();
    const kept = dedupeMentions([perEmployee, perAttendee, said], () => 'x');
    expect(kept.map((c) => c.mention.line)).toEqual([40, 47, 12]);
    // A sentence agreeing with the table's own row is a restatement, dropped as before.
    const agrees = text({ ...said.mention, value: '18.6', label: 'an average of 18.6 hours per employee' });
    expect(dedupeMentions([perEmployee, agrees], () => 'x').map((c) => c.mention.line)).toEqual([40]);
  });

  it('drops such a sentence when the unnamed row also prints one of the metric’s table figures', () => {
    // The metric's row read with a year slipped (the 2023 figure under 2024), and a summary row
    // reprinting both years without a label the extractor names.
    const named = tableCell(30, 'Average training hours per employee', '17.3', 'hours', 2024);
    const summary = [
      tableCell(52, 'All staff', '17.3', '', 2023),
      tableCell(52, 'All staff', '19.8', '', 2024),
    ];
    const said = text({
      line: 60,
      label: 'average training hours per employee (an average of 19.8 hours per employee)',
      value: '19.8',
      unit: 'hours',
      year: 2024,
    });
    const kept = dedupeMentions([named, ...summary, said], () => 'x');
    expect(kept.map((c) => c.mention.line)).toEqual([30, 52, 52]);
  });
});

describe('isDisclosure of a share restating a part of a whole counted before it', () => {
  it('keeps the share whatever its words when a whole and its part come before it', () => {
    const share = (quote: string, label: string) => text({ label, value: '27.9', unit: '%', quote });
    expect(
      isDisclosure(
        share('Aastal töötas 1 040 inimest, neist 290 meest (27.9%).', 'neist 290 meest ( 27.9% )'),
      ),
    ).toBe(true);
    expect(
      isDisclosure(share('Aastal kasvas müük 1 040 ühikuni, ehk 27.9%.', 'müük 1 040 ühikuni, ehk 27.9%')),
    ).toBe(false);
  });
});
