import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareStatedFractionRule } from './share-stated-fraction.js';

/** A share read from a sentence, with the sentence as its quote. */
function share(value: string, quote: string) {
  return printed({
    metric: 'unclassified',
    value,
    unit: '%',
    year: 2030,
    line: 12,
    extraction: 'text',
    quote,
  });
}

const run = (value: string, quote: string) =>
  shareStatedFractionRule.run(ruleContext([share(value, quote)], () => undefined));

describe('share.stated-fraction', () => {
  it('says nothing when the share is its two counts’ quotient within its printed digits', () => {
    expect(
      run('38.5', 'Of our vendors, 1,540 of our 4,000 contracted vendors (38.5%) signed the code.'),
    ).toEqual([]);
    expect(run('62.5', '32 were audited and 20 of these (62.5%) had findings closed.')).toEqual([]);
    expect(run('62.5', 'Women chair 62.5% of committees (5 of 8 committees).')).toEqual([]);
  });

  it('warns when the printed share is not the quotient of the counts beside it', () => {
    // 20 / 52 = 38.5%, printed 62.5%.
    const found = run('62.5', '52 were audited and 20 of these (62.5%) had findings closed.');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '38.5', '62.5']]);
    const after = run('41.0', 'Women hold 41.0% of the seats (7 of 19 seats).');
    expect(after.map((f) => f.expected)).toEqual(['36.8']);
  });

  it('reads a share set after "or" behind its two counts, unless it is a share of something else', () => {
    // 1,057 / 1,620 = 65.2%, printed 72.6%.
    const found = run('72.6', 'In harvest season 1,057 of the 1,620 pickers we hired, or 72.6%, were local.');
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['65.2', '72.6']]);
    expect(
      run('65.2', 'In harvest season 1,057 of the 1,620 pickers we hired, or 65.2%, were local.'),
    ).toEqual([]);
    expect(run('18.0', 'We audited 14 of our 90 mills, or 18.0% of the tonnage milled.')).toEqual([]);
  });

  it('reads a whole printed after the share ("…, 41.2% of our 2,410 staff") against the count before it', () => {
    // 806 / 2,410 = 33.4%, printed 41.2%.
    const found = run(
      '41.2',
      'By the end of 2030 we had hired 806 local graduates, 41.2% of our 2,410 staff.',
    );
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['33.4', '41.2']]);
    expect(
      run('33.4', 'By the end of 2030 we had hired 806 local graduates, 33.4% of our 2,410 staff.'),
    ).toEqual([]);
    // No count before the share in its clause, or a share of a figure that is no count: nothing to check.
    expect(run('41.2', 'Local graduates made up 41.2% of our 2,410 staff in 2030.')).toEqual([]);
    expect(run('41.2', 'We spent 12.5 million, 41.2% of our 2,410 suppliers.')).toEqual([]);
  });

  it('takes the part a clause before the share counts by the noun the share names', () => {
    // 1,221 / 4,040 = 30.2%, printed 32.6%.
    const quote = (v: string) =>
      `The plants employed 2,819 men and 1,221 women; women therefore make up ${v}% of the workforce of 4,040.`;
    expect(run('32.6', quote('32.6')).map((f) => [f.expected, f.actual])).toEqual([['30.2', '32.6']]);
    expect(run('30.2', quote('30.2'))).toEqual([]);
    // A noun no count before it printed names no part.
    expect(
      run('32.6', 'The plants employed 2,828 men; staff therefore make up 32.6% of the workforce of 4,040.'),
    ).toEqual([]);
  });

  it('takes no year for a count and no "these" without a count before it in the sentence', () => {
    expect(run('62.5', 'In 2029, 20 of these (62.5%) had findings closed.')).toEqual([]);
    expect(run('62.5', '20 of them (62.5%) had findings closed.')).toEqual([]);
  });
});

describe('share.stated-fraction with "of whom"', () => {
  it('reads the whole a clause counts and the part "of whom" takes from it', () => {
    // 1,450 / 5,120 = 28.3%, printed 31.4%.
    const quote = (v: string) =>
      `At year end the group had 5,120 staff, of whom 1,450 were engineers, accounting for ${v}% of the total.`;
    expect(run('31.4', quote('31.4')).map((f) => [f.expected, f.actual])).toEqual([['28.3', '31.4']]);
    expect(run('28.3', quote('28.3'))).toEqual([]);
    expect(run('31.4', 'We run 64 depots, of which 18 are leased (31.4%).').map((f) => f.expected)).toEqual([
      '28.1',
    ]);
    // A share that says nothing of a whole is no share of that count.
    expect(
      run('31.4', 'We had 5,120 staff, of whom 1,450 were engineers; output rose 31.4% on 2029.'),
    ).toEqual([]);
  });
  it('reads a share of two amounts in brackets in other languages, within their printed rounding', () => {
    // 311.6 / 348.2 = 89.5% (89.47–89.52 within the amounts' rounding), printed 91.3%.
    const russian = (v: string) =>
      `На эти предприятия приходится ${v}% выручки группы (311.6 из 348.2 млрд рублей).`;
    expect(run('91.3', russian('91.3')).map((f) => [f.expected, f.actual])).toEqual([['89.5', '91.3']]);
    expect(run('89.5', russian('89.5'))).toEqual([]);
    const indonesian = 'Sebanyak 1 214 dari 1 562 pemasok lokal (72.8%) telah diaudit.';
    expect(run('72.8', indonesian).map((f) => f.expected)).toEqual(['77.7']);
  });
});

describe('share.stated-fraction with "of whom" in other languages', () => {
  // 318 / 874 = 36.4%, printed 41.7%: the part's share of the whole the clause before counted.
  it.each([
    'Kokku töötas meil 874 inimest, neist 318 naist (41.7%).',
    'Fin 2030, le groupe comptait 874 salariés, dont 318 femmes (41.7 %).',
    'Zum Jahresende beschäftigten wir 874 Mitarbeitende, davon 318 Frauen (41.7 %).',
    'Na kraju godine imali smo 874 zaposlenih, od toga 318 žena (41.7%).',
    'Na koniec roku zatrudnialiśmy 874 pracowników, w tym 318 kobiet (41.7%).',
    'Al cierre había 874 empleados, de los cuales 318 eran mujeres (41.7%).',
    'Alla fine dell’anno avevamo 874 dipendenti, di cui 318 donne (41.7%).',
    'Eind 2030 telden we 874 medewerkers, waarvan 318 vrouwen (41.7%).',
    'We employed 874 people, of whom 318 women, or 41.7%.',
    'Nous comptions 874 salariés, dont 318 femmes, soit 41.7 %.',
  ])('warns when the share is not the part over the whole: %s', (quote) => {
    expect(run('41.7', quote).map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ['warning', '36.4', '41.7'],
    ]);
    expect(run('36.4', quote.replace('41.7', '36.4'))).toEqual([]);
  });

  it('reads a whole printed with its thousands spaced, and leaves a share that restates nothing', () => {
    // 1,318 / 2,874 = 45.9%, printed 41.7%.
    const spaced = 'Au total 2 874 salariés, dont 1 318 femmes (41.7 %).';
    expect(run('41.7', spaced).map((f) => f.expected)).toEqual(['45.9']);
    // The share after "of whom" is a change, not the part's share: no word ties it to the part.
    expect(run('41.7', 'Töötas 874 inimest, neist 318 naist; palgad kasvasid 41.7%.')).toEqual([]);
  });
});
