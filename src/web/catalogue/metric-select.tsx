import type { Metric } from '../../core/index.js';
import { metricGroups } from './metric-label.js';

/** Props of {@link MetricSelect}. */
export interface MetricSelectProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (metricId: string) => void;
  /** Text of the empty choice ("Any metric"); none when a metric is required. */
  readonly emptyLabel?: string;
  readonly keep?: (m: Metric) => boolean;
  readonly invalid?: boolean;
  readonly describedBy?: string;
}

/** A select of catalogue metrics grouped by topic; the caller supplies the label element. */
export function MetricSelect({
  id,
  value,
  onChange,
  emptyLabel,
  keep,
  invalid,
  describedBy,
}: MetricSelectProps) {
  return (
    <select
      id={id}
      value={value}
      aria-invalid={invalid === true ? true : undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        onChange(e.target.value);
      }}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {metricGroups(keep).map((g) => (
        <optgroup key={g.name} label={g.name}>
          {g.metrics.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
