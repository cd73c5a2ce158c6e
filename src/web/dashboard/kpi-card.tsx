import { pageHref } from '../routing/index.js';
import { formatDecimal, headlinePlaces } from '../ui/index.js';
import type { Headline } from './headline.js';
import type { KpiDefinition } from './kpis.js';
import { yearChange, type YearChange } from './year-change.js';

/** Props of {@link KpiCard}. */
export interface KpiCardProps {
  readonly kpi: KpiDefinition;
  readonly year: number;
  readonly current: Headline | undefined;
  readonly previous: Headline | undefined;
  /** Where the card's "see facts" link goes. */
  readonly orgId: string;
  readonly periodId: string;
}

function changeText(change: YearChange, previousYear: number): { text: string; className: string } {
  switch (change.kind) {
    case 'noComparison':
      return { text: `no ${previousYear} figure`, className: 'muted' };
    case 'fromZero':
      return { text: `up from zero in ${previousYear}`, className: 'badge warning' };
    case 'change': {
      if (change.direction === 'flat')
        return { text: `unchanged from ${previousYear}`, className: 'badge unverified' };
      const arrow = change.direction === 'up' ? '▲' : '▼';
      const word = change.direction === 'up' ? 'up' : 'down';
      const size = formatDecimal(change.percent.abs());
      return {
        text: `${arrow} ${word} ${size}% from ${previousYear}`,
        className: `badge ${change.good === true ? 'up-good' : 'error'}`,
      };
    }
  }
}

/** One headline figure with its year-on-year change, linking to the facts behind it. */
export function KpiCard({ kpi, year, current, previous, orgId, periodId }: KpiCardProps) {
  const headingId = `kpi-${kpi.id}`;
  return (
    <section className="card kpi" aria-labelledby={headingId} data-kpi={kpi.id}>
      <h2 id={headingId} className="kpi-label">
        {kpi.label}
      </h2>
      {current === undefined ? (
        <p className="kpi-value muted">No {year} figure</p>
      ) : (
        <>
          <p className="kpi-value">
            <span className="kpi-number">{formatDecimal(current.value, headlinePlaces(current.value))}</span>{' '}
            <span className="kpi-unit">{current.unit}</span>
          </p>
          <p className="kpi-change">
            {(() => {
              const { text, className } = changeText(
                yearChange(current.value, previous?.value, kpi.better),
                year - 1,
              );
              return <span className={className}>{text}</span>;
            })()}
          </p>
          <p className="kpi-note muted">
            {current.from === 'sites'
              ? `Sum of ${current.siteCount} site${current.siteCount === 1 ? '' : 's'} · `
              : ''}
            <a href={pageHref(orgId, periodId, 'facts', { metric: kpi.metric })}>
              Facts<span className="visually-hidden"> for {kpi.label}</span>
            </a>
          </p>
        </>
      )}
    </section>
  );
}
