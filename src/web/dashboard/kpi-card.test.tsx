import { renderHtml } from '../testing/render-html.js';
import { describe, expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import { factFixture } from '../testing/fact-fixture.js';
import type { Headline } from './headline.js';
import { KpiCard } from './kpi-card.js';
import { KPIS } from './kpis.js';

const scope1 = KPIS.find((k) => k.id === 'scope1');
if (scope1 === undefined) throw new Error('no scope1 KPI');

function headline(value: string, from: Headline['from'] = 'total', siteCount = 0): Headline {
  return { value: dec(value), unit: 'tCO2e', from, siteCount, facts: [factFixture({ value })] };
}

describe('KpiCard', () => {
  it('shows the figure, a fall in emissions as good news, and links to the facts', () => {
    const html = renderHtml(
      <KpiCard
        kpi={scope1}
        year={2025}
        current={headline('626.12')}
        previous={headline('653.05')}
        orgId="o1"
        periodId="p9"
      />,
    );
    expect(html).toContain('626.12');
    expect(html).toContain('▼ down 4.1% from 2024');
    expect(html).toContain('class="badge up-good"');
    expect(html).toContain('href="#/o/o1/p/p9/facts?metric=ghg.scope1"');
  });

  it('says when the figure is a sum of sites, and when there is nothing to compare', () => {
    const html = renderHtml(
      <KpiCard
        kpi={scope1}
        year={2025}
        current={headline('1200.4', 'sites', 2)}
        previous={undefined}
        orgId="o"
        periodId="p"
      />,
    );
    expect(html).toContain('1,200');
    expect(html).toContain('Sum of 2 sites');
    expect(html).toContain('no 2024 figure');
  });

  it('says when the year has no figure', () => {
    const html = renderHtml(
      <KpiCard
        kpi={scope1}
        year={2025}
        current={undefined}
        previous={headline('1')}
        orgId="o"
        periodId="p"
      />,
    );
    expect(html).toContain('No 2025 figure');
    expect(html).not.toContain('href=');
  });
});
