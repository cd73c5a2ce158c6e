import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up exchange-guideline index: each article, its topic and the section of the report, then the page.
const INDEX = (heading: string, rows: readonly string[]) =>
  ['Guideline index', '', heading, '-'.repeat(72), ...rows].join('\n');

describe('an index of sections under a heading that ends in "Page"', () => {
  it('reads no page as a figure, in any order and with a dash for none', () => {
    const text = INDEX('Article        Topic                    Section of this report      Page', [
      'Article 12     Energy use               4. Energy                     17',
      'Article 30     Employees                Seven                         26',
      'Article 8      Biodiversity             Not applicable                 -',
      'Article 19     Water                    Table 5-3                     21',
    ]);
    expect(tableMentions(text, 2030)).toEqual([]);
  });

  it('does so under a Chinese 页码 heading', () => {
    const text = INDEX('条款          议题                    本报告章节                  页码', [
      '第十二条      能源利用                四、能源                      17',
      '第三十条      员工                    七                            26',
      '第十九条      水资源                  表5-3                         21',
    ]);
    expect(tableMentions(text, 2030)).toEqual([]);
  });

  it('does so when the first rows print page ranges, the heading above them', () => {
    // A range holds no figure, so a row printing one before the single pages is left out of their block.
    const rows = [
      '指标对照',
      '  指引条款      议题                    本报告章节                  页码',
      '  第十一条      环境管理                环境；治理                    3-5',
      '  第十九条      水资源                  表5                           21',
      '  第四十条      商业道德                治理：合规                    31',
      '  第二十条      员工                    社会：员工、健康              22-23',
      '  第四十一条    供应链                  表2                           9',
    ];
    expect(tableMentions(rows.join('\n'), 2030)).toEqual([]);
  });

  it('still reads a table of figures under words that end in "page"', () => {
    const text = INDEX('Site           Metric                   See also the next           page', [
      'North          Spills                   Tanks                         17',
      'South          Spills                   Pipes                       2.5 t',
    ]);
    expect(tableMentions(text, 2030).map((m) => m.value)).toEqual(['17', '2.5']);
  });
});
