import { useId, useState } from 'react';
import { FormMessage, type FormOutcome } from '../ui/index.js';
import type { MaterialitySettingsJson } from './materiality.api.js';

/** Props of {@link WeightsForm}. */
export interface WeightsFormProps {
  /** The stakeholder groups in the survey. */
  readonly groups: readonly string[];
  readonly settings: MaterialitySettingsJson;
  /** The cut-offs in force (the assessment's default when none is set). */
  readonly thresholds: { readonly x: number; readonly y: number };
  readonly axes: { readonly x: string; readonly y: string };
  readonly disabled: boolean;
  readonly save: (settings: MaterialitySettingsJson) => Promise<void>;
}

/** Weights per stakeholder group and the two thresholds, saved together. */
export function WeightsForm({ groups, settings, thresholds, axes, disabled, save }: WeightsFormProps) {
  const idBase = useId();
  const [weights, setWeights] = useState(() =>
    Object.fromEntries(groups.map((g) => [g, String(settings.weights[g] ?? 1)])),
  );
  const [x, setX] = useState(String(thresholds.x));
  const [y, setY] = useState(String(thresholds.y));
  const [message, setMessage] = useState<FormOutcome | null>(null);

  async function submit(): Promise<void> {
    setMessage(null);
    try {
      await save({
        ...settings,
        weights: Object.fromEntries(Object.entries(weights).map(([g, w]) => [g, Number(w)])),
        thresholds: { x: Number(x), y: Number(y) },
      });
      setMessage({ kind: 'ok', text: 'Saved; the ranking and matrix are updated.' });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <form
      className="card stack"
      aria-label="Weights and thresholds"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>Weights and thresholds</h2>
      <fieldset className="weights" disabled={disabled}>
        <legend>Weight of each stakeholder group (0 leaves a group out)</legend>
        {groups.map((g, i) => (
          <div className="field" key={g}>
            <label htmlFor={`${idBase}-w${i}`}>{g}</label>
            <input
              id={`${idBase}-w${i}`}
              type="number"
              min="0"
              max="1000"
              step="0.1"
              value={weights[g] ?? '1'}
              onChange={(e) => {
                setWeights({ ...weights, [g]: e.target.value });
              }}
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="weights" disabled={disabled}>
        <legend>Material from (1–5)</legend>
        <div className="field">
          <label htmlFor={`${idBase}-x`}>{axes.x}</label>
          <input
            id={`${idBase}-x`}
            type="number"
            min="1"
            max="5"
            step="0.05"
            value={x}
            onChange={(e) => {
              setX(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idBase}-y`}>{axes.y}</label>
          <input
            id={`${idBase}-y`}
            type="number"
            min="1"
            max="5"
            step="0.05"
            value={y}
            onChange={(e) => {
              setY(e.target.value);
            }}
          />
        </div>
      </fieldset>
      <div>
        <button type="submit" className="primary" disabled={disabled}>
          Save weights and thresholds
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
