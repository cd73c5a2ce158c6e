import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { classifyMention } from '../classify/index.js';
import { toReportLines } from '../layout/index.js';
import { isDisclosure } from '../select/index.js';
import { extractNarrative } from './extract-narrative.js';

// Synthetic sentences (every figure invented) for prose figures that held-out reports missed in
// several styles: parts of a total ("7 of the 12 seats"), meetings held ("met 6 times"), survey
// scores, counts named by "numbered", injury rates by their abbreviations, and amounts in ringgit,
// rupee crore and "ten thousand" units.

/** Value, unit, year and dims of each disclosure a paragraph gives, with its metric when known. */
function disclosures(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear, skip: new Set() })
    .mentions.map((m) => classifyMention(m, ['hkex-2020', 'gri-2021']))
    .filter(isDisclosure)
    .map((c) => ({
      value: c.mention.value,
      unit: c.mention.unit,
      year: c.mention.year,
      ...(Object.keys(c.mention.dims).length === 0 ? {} : { dims: c.mention.dims }),
    }));
}

describe('parts of a total', () => {
  it('reads the part and the total of "N of the M noun", the part narrowed', () => {
    expect(disclosures('Women now fill 7 of the 12 seats on our Supervisory Board.')).toEqual([
      { value: '7', unit: 'seats', year: 2024, dims: { gender: 'female' } },
      { value: '12', unit: 'seats', year: 2024 },
    ]);
    expect(disclosures('During the year 58 of our 230 tier-one suppliers passed an on-site audit.')).toEqual([
      { value: '58', unit: 'tier-one suppliers', year: 2024, dims: { scope: 'passed an on-site audit' } },
      { value: '230', unit: 'tier-one suppliers', year: 2024 },
    ]);
  });

  it('reads management posts held, though positions are otherwise no count', () => {
    expect(
      disclosures('Men held 95 of the 140 management positions at year end.').map((f) => f.value),
    ).toEqual(['95', '140']);
    expect(disclosures('The brand ranked in 3 positions of the index.')).toEqual([]);
  });
});

describe('parts named by their verb', () => {
  it('reads "of whom N are …" and "N of whom are …" as narrowed parts, women and men by gender', () => {
    expect(
      disclosures('The Management Board has 9 members, of whom 4 are non-executive and 3 are women.'),
    ).toEqual([
      { value: '9', unit: 'members', year: 2024 },
      { value: '4', unit: 'members', year: 2024, dims: { scope: 'non-executive' } },
      { value: '3', unit: 'members', year: 2024, dims: { gender: 'female' } },
    ]);
    expect(disclosures('The council seats 14 directors, 8 of whom are independent.')[1]).toEqual({
      value: '8',
      unit: 'directors',
      year: 2024,
      dims: { scope: 'independent' },
    });
  });

  it('counts reports raised through a speak-up channel, not any report', () => {
    expect(disclosures('Our speak-up hotline logged 53 reports, of which 12 were upheld.')).toEqual([
      { value: '53', unit: 'reports', year: 2024 },
      { value: '12', unit: 'reports', year: 2024, dims: { scope: 'upheld' } },
    ]);
    expect(disclosures('We published 4 reports on our website.')).toEqual([]);
  });
});

describe('parts after "of them" and after a colon', () => {
  it("narrows the whole by the part's own words: a place, a gender or a group", () => {
    expect(
      disclosures('We bought from 1,520 suppliers, 973 of them in Vietnam (64.0%).').find(
        (f) => f.value === '973',
      ),
    ).toEqual({ value: '973', unit: 'suppliers', year: 2024, dims: { region: 'vietnam' } });
    expect(disclosures('The Supervisory Board has 14 members, 6 of them women.')[1]).toEqual({
      value: '6',
      unit: 'members',
      year: 2024,
      dims: { gender: 'female' },
    });
    expect(
      disclosures('There were 310 apprentices in 2024, 201 of them previously unemployed.')[1]?.dims,
    ).toEqual({
      scope: 'previously unemployed',
    });
  });

  it('reads bare genders listed after a colon', () => {
    expect(disclosures('The plant employed 3,310 people: 1,702 men and 1,608 women.')).toEqual([
      { value: '3310', unit: 'people', year: 2024 },
      { value: '1702', unit: 'people', year: 2024, dims: { gender: 'male' } },
      { value: '1608', unit: 'people', year: 2024, dims: { gender: 'female' } },
    ]);
  });
});

describe('lists that share one trailing unit', () => {
  it('reads every item in the unit the last one prints, each with its bracketed year', () => {
    expect(
      disclosures(
        'Factors: natural gas 0.18411, grid electricity 0.20915 and transport fuel 0.24107 kgCO2e/kWh. ' +
          'The grid factor was 0.581 kgCO2e/kWh (2021), 0.577 (2022) and 0.552 kgCO2e/kWh (2023).',
      ),
    ).toEqual([
      { value: '0.18411', unit: 'kgCO2e/kWh', year: 2024 },
      { value: '0.20915', unit: 'kgCO2e/kWh', year: 2024 },
      { value: '0.24107', unit: 'kgCO2e/kWh', year: 2024 },
      { value: '0.581', unit: 'kgCO2e/kWh', year: 2021 },
      { value: '0.577', unit: 'kgCO2e/kWh', year: 2022 },
      { value: '0.552', unit: 'kgCO2e/kWh', year: 2023 },
    ]);
  });

  it('leaves a range alone', () => {
    expect(disclosures('Spills ranged between 2 and 5 tonnes.').map((f) => f.value)).toEqual(['5']);
  });
});

describe('counts and scores named around a bare number', () => {
  it('reads meetings held from "met N times"', () => {
    expect(disclosures('The Audit and Risk Committee met 6 times in 2024.')).toEqual([
      { value: '6', unit: 'meetings', year: 2024 },
    ]);
  });

  it('reads survey scores with or without "points"', () => {
    expect(
      disclosures(
        'The tenant satisfaction score was 81.5 points (2023: 79.9 points). Our staff engagement index stood at 64.',
      ),
    ).toEqual([
      { value: '81.5', unit: 'points', year: 2024 },
      { value: '79.9', unit: 'points', year: 2023 },
      { value: '64', unit: 'points', year: 2024 },
    ]);
  });

  it('reads a count named before "numbered", and a gender part only of a count of people', () => {
    expect(disclosures('Contract workers numbered 1,315 at the end of the year.')).toEqual([
      { value: '1315', unit: 'Contract workers', year: 2024 },
    ]);
    const after = disclosures('The board met 9 times. Female employees numbered 288.');
    expect(after.find((f) => f.value === '288')?.unit).toBe('Female employees');
  });

  it('names an injury rate by its abbreviation, with or without a verb', () => {
    expect(
      disclosures('LTIFR 0.31 per 200,000 hours worked. The TRIFR improved to 1.72 during the year.'),
    ).toEqual([
      { value: '0.31', unit: '', year: 2024 },
      { value: '1.72', unit: '', year: 2024 },
    ]);
    const lines = toReportLines(docFromText('LTIFR 0.31 per 200,000 hours worked.'));
    const [m] = extractNarrative(lines, { reportYear: 2024, skip: new Set() }).mentions;
    expect(m && classifyMention(m, ['gri-2021']).metric?.id).toBe('safety.lost_time_injury_rate');
  });
});

describe('amounts in local scales', () => {
  it('reads ringgit glued to a scaled amount, rupee crore and "ten thousand" units', () => {
    expect(
      disclosures(
        'Revenue reached RM2,317.9 million. Community spending was ₹ 6.35 crore. ' +
          'The rooftop array generated 58.27 ten thousand kWh.',
      ),
    ).toEqual([
      { value: '2317.9', unit: 'RM million', year: 2024 },
      { value: '6.35', unit: '₹ crore', year: 2024 },
      { value: '58.27', unit: 'ten thousand kWh', year: 2024 },
    ]);
  });

  it('reads taka printed "Tk" before an amount in crore or lakh', () => {
    expect(
      disclosures('The welfare trust received Tk 31.86 crore. Scholarships took Tk. 412.5 lakh.'),
    ).toEqual([
      { value: '31.86', unit: 'Tk crore', year: 2024 },
      { value: '412.5', unit: 'Tk. lakh', year: 2024 },
    ]);
  });
});

describe('a fleet counted by its kind', () => {
  it('keeps counts of buses, ferries and double-deckers in service, as it keeps vans and trucks', () => {
    const text =
      'At year end we ran 1,386 buses, 74 hybrid ferries and 212 electric double-deckers across the network.';
    expect(disclosures(text).map((f) => [f.value, f.unit])).toEqual([
      ['1386', 'buses'],
      ['74', 'hybrid ferries'],
      ['212', 'electric double-deckers'],
    ]);
  });
});

describe('people counted in other alphabets, and shares printed with their fraction', () => {
  it('reads a count of people whose noun the unit registry knows (Indonesian, Russian, Greek)', () => {
    expect(
      disclosures('Sebanyak 61.3% dari seluruh karyawan, atau 1,742 orang, adalah warga lokal.'),
    ).toEqual([
      { value: '61.3', unit: '%', year: 2024 },
      { value: '1742', unit: 'orang', year: 2024 },
    ]);
    expect(disclosures('Вводный инструктаж прошли 3 306 работников.').map((d) => d.value)).toEqual(['3306']);
    expect(disclosures('Στο πρόγραμμα συμμετείχαν 418 άτομα.').map((d) => d.value)).toEqual(['418']);
  });

  it('keeps a share printed with the two amounts it is the quotient of, whatever its topic', () => {
    expect(
      disclosures('На эти компании приходится 88.4% выручки (204.1 из 230.9 млрд рублей).').filter(
        (d) => d.unit === '%',
      ),
    ).toEqual([{ value: '88.4', unit: '%', year: 2024 }]);
  });
});
