import { useId } from 'react';
import { FACT_STATUSES } from '../../core/index.js';
import { MetricSelect } from '../catalogue/index.js';
import type { SiteJson } from '../client/index.js';

/** The facts browser's filters, as the URL carries them. */
export interface FactFilterValues {
  readonly metric: string;
  readonly siteId: string;
  readonly status: string;
}

/** Props of {@link FactFilters}. */
export interface FactFiltersProps {
  readonly values: FactFilterValues;
  readonly sites: readonly SiteJson[];
  readonly onChange: (values: FactFilterValues) => void;
}

/** Labelled selects for metric, site and status; each change applies at once. */
export function FactFilters({ values, sites, onChange }: FactFiltersProps) {
  const metricId = useId();
  const siteId = useId();
  const statusId = useId();
  return (
    <form
      className="filters row"
      role="search"
      aria-label="Filter facts"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <div className="field">
        <label htmlFor={metricId}>Metric</label>
        <MetricSelect
          id={metricId}
          value={values.metric}
          emptyLabel="Any metric"
          onChange={(metric) => {
            onChange({ ...values, metric });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={siteId}>Site</label>
        <select
          id={siteId}
          value={values.siteId}
          onChange={(e) => {
            onChange({ ...values, siteId: e.target.value });
          }}
        >
          <option value="">Any site</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={values.status}
          onChange={(e) => {
            onChange({ ...values, status: e.target.value });
          }}
        >
          <option value="">Any status</option>
          {FACT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
