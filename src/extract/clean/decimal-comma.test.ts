import { describe, expect, it } from 'vitest';
import { toCommaGroupedCounts, toPointDecimals, usesDecimalComma } from './decimal-comma.js';

const COMMA_REPORT = [
  'Energieverbrauch\tMWh\t1.234,5\t1.187,25',
  'Frauenanteil\t%\t38,4 %\t36,9 %',
  'Wasserentnahme\tm3\t2.415.300\t2.388.040',
  'Stand: 31.12.2024',
];
const POINT_REPORT = [
  'Electricity\tMWh\t1,234.5\t1,187.25',
  'Women in the workforce\t38.4%\t36.9%',
  'Water withdrawn\tm3\t2,415,300\t2,388,040',
];

describe('usesDecimalComma', () => {
  it('decides for the whole document from the figures only one convention prints', () => {
    expect(usesDecimalComma(COMMA_REPORT)).toBe(true);
    expect(usesDecimalComma(POINT_REPORT)).toBe(false);
  });

  it('reads a comma after space-grouped thousands as a decimal comma ("7 318,6")', () => {
    const french = ['Énergie\tGJ\t7 318,6\t6 902,15', 'Eau\tm3\t51 440,9\t50 117,3'];
    expect(usesDecimalComma(french)).toBe(true);
    expect(usesDecimalComma(['Steam\tGJ\t7 318\t6 902', 'Water\tm3\t51 440\t50 117'])).toBe(false);
  });

  it('does not decide on figures that read either way or on a stray figure', () => {
    expect(usesDecimalComma(['Employees\t1,204\t1,176', 'Sites\t3.125\t2.750'])).toBe(false);
    expect(usesDecimalComma(['Share 12,4 %', 'Total 3.201,7'])).toBe(false); // two are too few
    // A consistent comma document with one point figure in a quote is still a comma document; one
    // with as many point figures as comma figures is not.
    const quoted = [...COMMA_REPORT, ...COMMA_REPORT, ...COMMA_REPORT, 'as reported: 5.2%'];
    expect(usesDecimalComma(quoted)).toBe(true);
    expect(usesDecimalComma([...COMMA_REPORT, ...POINT_REPORT])).toBe(false);
  });
});

describe('usesDecimalComma in a short text', () => {
  it('follows a language that groups thousands with a point when the figures cannot tell', () => {
    const german = [
      'Die Spenden der Stiftung wurden im Jahr 2025 auf 1.050 Tausend Euro erhöht und mit den Partnern geteilt.',
    ];
    const vietnamese = [
      'Trong năm 2025, Công ty đã hỗ trợ 1.240 triệu đồng cho các hộ nghèo và được địa phương ghi nhận.',
    ];
    const italian = [
      'Il consumo della sede nel 2025 è di 1.050 MWh, anche grazie agli impianti degli stabilimenti.',
    ];
    expect(usesDecimalComma(german)).toBe(true);
    expect(usesDecimalComma(vietnamese)).toBe(true);
    expect(usesDecimalComma(italian)).toBe(true);
  });

  it('keeps the decimal point in English prose and where the figures print it', () => {
    expect(
      usesDecimalComma([
        'In 2025 the plant sent 1.050 tonnes of sludge to composting with the rest of the waste from our sites.',
      ]),
    ).toBe(false);
    const germanQuotingPoints = [
      'Die Quote wurde im Jahr 2025 auf 12.5% und die Menge auf 1.050 t mit einer Anlage der Werke gesenkt.',
    ];
    expect(usesDecimalComma(germanQuotingPoints)).toBe(false);
    // Swiss German groups thousands with an apostrophe and keeps the decimal point.
    const swiss = [
      "Der Verbrauch wurde im Jahr 2025 mit einer Anlage der Werke auf 14'820 MWh und die Quote auf 1.050 gesenkt.",
    ];
    expect(usesDecimalComma(swiss)).toBe(false);
  });
});

describe('toCommaGroupedCounts', () => {
  it('reads a point before three digits that counts people as a thousands separator', () => {
    expect(toCommaGroupedCounts('a workforce of 1.240 employees, up 3.2%')).toBe(
      'a workforce of 1,240 employees, up 3.2%',
    );
    expect(toCommaGroupedCounts('1.240 người lao động')).toBe('1,240 người lao động');
    // Tonnes take decimals: English "1.050 tonnes" stays 1.05.
    expect(toCommaGroupedCounts('1.050 tonnes and 2.5 employees')).toBe('1.050 tonnes and 2.5 employees');
  });
});

describe('toPointDecimals', () => {
  it.each([
    ['1.234,5', '1,234.5'],
    ['12,4 %', '12.4 %'],
    ['2.415.300', '2,415,300'],
    ['1.204', '1,204'], // a dot groups thousands in such a document
    ['1,204', '1.204'], // and a comma is the decimal mark
    ['0,75 tCO2e/MWh', '0.75 tCO2e/MWh'],
    ['5 406,2', '5 406.2'], // a space groups thousands in either convention
  ])('reads %j as %j', (printed, read) => {
    expect(toPointDecimals(printed)).toBe(read);
  });

  it('keeps a comma before three digits that counts people as a thousands separator', () => {
    // 4,857 staff cannot be 4.857 staff; the share and the pay beside it still print the decimal comma.
    expect(toPointDecimals('The workforce reached 4,857 staff; 27,6% are women, paid 412,5 thousand.')).toBe(
      'The workforce reached 4,857 staff; 27.6% are women, paid 412.5 thousand.',
    );
    expect(toPointDecimals('Mittel 1,250 Mio. EUR, 3,407 Personen')).toBe(
      'Mittel 1.250 Mio. EUR, 3,407 Personen',
    );
  });

  it('leaves dates, lists and section numbers alone', () => {
    expect(toPointDecimals('Stand: 31.12.2024, Kapitel 4.2, Scopes 1,2,3')).toBe(
      'Stand: 31.12.2024, Kapitel 4.2, Scopes 1,2,3',
    );
  });
});
