import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// Invented site tables: a unit in brackets in each column header, yes/no answers under two standards after
// the figures, an office row without production and a total row counting the yes cells ("2/3").
// Sites are named in the table's own script.
const LATIN = ['Eastwick', 'Marlow', 'Quarry Hill', 'Head office'] as const;
const CYRILLIC = ['Східний', 'Західний', 'Гірський', 'Офіс'] as const;

const siteTable = (
  corner: string,
  yes: string,
  no: string,
  total: string,
  names: readonly string[],
): string =>
  [
    'Plants in 2031',
    '',
    `  ${corner.padEnd(14)}Output (t)   Natural gas (MWh)   Employees   ISO 14001   ISO 50001`,
    `  ${names[0]?.padEnd(14)}    71 240              48 310         233   ${yes.padEnd(9)}   ${yes}`,
    `  ${names[1]?.padEnd(14)}    52 815              36 904         171   ${yes.padEnd(9)}   ${no}`,
    `  ${names[2]?.padEnd(14)}    18 402              12 077          95   ${no.padEnd(9)}   ${yes}`,
    `  ${names[3]?.padEnd(14)}                             –          41`,
    `  ${total.padEnd(14)}   142 457              97 291         540         2/3         2/3`,
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text), { year: 2031 }).facts.map((f) => f.fact);
}

const printed = (text: string, metric: string) =>
  facts(text)
    .filter((f) => f.metric === metric)
    .map((f) => [f.dims.site ?? 'whole', f.quantity.value.toString()]);

describe('a site table with yes/no certification columns', () => {
  it.each([
    ['Site', 'Yes', 'No', 'Total', LATIN],
    ['Plant', 'yes', 'no', 'Total', LATIN],
    ['Standort', 'ja', 'nein', 'Gesamt', LATIN],
    ['Gyár', 'igen', 'nem', 'Összesen', LATIN],
    ['Завод', 'так', 'ні', 'Всього', CYRILLIC],
    ['Завод', 'да', 'нет', 'Итого', CYRILLIC],
  ])("reads each site's figures under its unit header (%s, %s/%s)", (corner, yes, no, total, names) => {
    const text = siteTable(corner, yes, no, total, names);
    expect(printed(text, 'production.output')).toEqual([
      [names[0], '71240'],
      [names[1], '52815'],
      [names[2], '18402'],
      ['whole', '142457'],
    ]);
    expect(printed(text, 'workforce.total')).toContainEqual([names[3], '41']);
  });

  it('reads no figure from the yes/no cells or the total row\'s "2/3" counts', () => {
    // The shares and the counts of rows answering yes are read from the cells on purpose, as claims for
    // check (`ExtractResult.claims`), never as facts.
    const values = facts(siteTable('Site', 'Yes', 'No', 'Total', LATIN)).map((f) =>
      f.quantity.value.toNumber(),
    );
    expect(values).not.toContain(2);
    expect(values).not.toContain(3);
    expect(values).not.toContain(0.6667);
  });
});
