import { useId, useState } from 'react';
import { findMetric, metricLabel, unitsForMetric } from '../catalogue/index.js';
import { ApiError, type FactEntry, type FactJson } from '../client/index.js';
import { StatusBadge } from '../facts/index.js';
import { formatShort } from '../ui/index.js';

/** Props of {@link EntryRow}. */
export interface EntryRowProps {
  readonly metric: string;
  readonly current: FactJson | undefined;
  /** The id of the column header cells, for each control's accessible name. */
  readonly headers: { readonly value: string; readonly unit: string };
  readonly onSave: (entry: Pick<FactEntry, 'metric' | 'value' | 'unit'>) => Promise<FactJson>;
}

type RowState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly fact: FactJson }
  | { readonly kind: 'error'; readonly message: string; readonly field: 'value' | 'unit' | 'other' };

function fieldOf(e: unknown): 'value' | 'unit' | 'other' {
  if (!(e instanceof ApiError)) return 'other';
  return e.field === 'value' || e.field === 'unit' ? e.field : 'other';
}

/** One metric of the grid: its current value, a value input, the unit choice, Save and the API's answer. */
export function EntryRow({ metric, current, headers, onSave }: EntryRowProps) {
  const units = (() => {
    const m = findMetric(metric);
    return m === undefined ? [] : unitsForMetric(m);
  })();
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState(units[0] ?? '');
  const [state, setState] = useState<RowState>({ kind: 'idle' });
  const rowId = useId();
  const messageId = `${rowId}-message`;

  async function save(): Promise<void> {
    if (value.trim() === '') {
      setState({ kind: 'error', message: 'Enter a number first.', field: 'value' });
      return;
    }
    setState({ kind: 'saving' });
    try {
      setState({ kind: 'saved', fact: await onSave({ metric, value: value.trim(), unit }) });
      setValue('');
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e), field: fieldOf(e) });
    }
  }

  const invalid = (field: 'value' | 'unit') => state.kind === 'error' && state.field === field;
  const shown = state.kind === 'saved' ? state.fact : current;
  return (
    <>
      <tr>
        <th scope="row" id={rowId}>
          {metricLabel(metric)}
        </th>
        <td className="num">
          {shown === undefined ? (
            <span className="muted">none</span>
          ) : (
            <>
              {formatShort(shown.value)} {shown.unit} <StatusBadge status={shown.status} />
            </>
          )}
        </td>
        <td>
          <input
            type="text"
            inputMode="decimal"
            className="entry-value"
            aria-labelledby={`${rowId} ${headers.value}`}
            aria-invalid={invalid('value') || undefined}
            aria-describedby={messageId}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
            }}
          />
        </td>
        <td>
          <select
            aria-labelledby={`${rowId} ${headers.unit}`}
            aria-invalid={invalid('unit') || undefined}
            aria-describedby={messageId}
            value={unit}
            onChange={(e) => {
              setUnit(e.target.value);
            }}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </td>
        <td>
          <button type="button" onClick={() => void save()} disabled={state.kind === 'saving'}>
            Save<span className="visually-hidden"> {metricLabel(metric)}</span>
          </button>
        </td>
      </tr>
      <tr className={`entry-message${state.kind === 'idle' ? ' empty' : ''}`}>
        <td colSpan={5}>
          <div id={messageId} role="status">
            {state.kind === 'saving' && 'Saving…'}
            {state.kind === 'saved' && (
              <span className="ok">
                Saved {metricLabel(metric)}: {formatShort(state.fact.value)} {state.fact.unit}, for review.
              </span>
            )}
            {state.kind === 'error' && <span className="field-error">{state.message}</span>}
          </div>
        </td>
      </tr>
    </>
  );
}
