import { useId, useRef, useState } from 'react';
import type { SurveyImportJson } from './materiality.api.js';

/** What the upload is doing. */
type UploadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly result: SurveyImportJson }
  | { readonly kind: 'failed'; readonly message: string };

/** Props of {@link SurveyUpload}. */
export interface SurveyUploadProps {
  readonly disabled: boolean;
  readonly upload: (file: File) => Promise<SurveyImportJson>;
  readonly onImported: () => void;
}

/** Choose a survey file (CSV or XLSX) and import it, replacing the period's responses. */
export function SurveyUpload({ disabled, upload, onImported }: SurveyUploadProps) {
  const fileId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<UploadState>({ kind: 'idle' });

  async function submit(): Promise<void> {
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setState({ kind: 'failed', message: 'Choose a survey file first.' });
      return;
    }
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', result: await upload(file) });
      onImported();
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <form
      className="card stack"
      aria-label="Import a stakeholder survey"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>Stakeholder survey</h2>
      <div className="field">
        <label htmlFor={fileId}>Survey file (CSV or XLSX)</label>
        <input
          ref={input}
          id={fileId}
          type="file"
          accept=".csv,.xlsx,text/csv"
          aria-describedby={hintId}
          disabled={disabled || state.kind === 'busy'}
        />
        <p id={hintId} className="hint">
          Columns: respondent group, topic, importance to stakeholders (1–5), impact on the business (1–5);
          optionally impact and financial materiality (1–5). Importing replaces the period’s responses.
        </p>
      </div>
      <div>
        <button type="submit" className="primary" disabled={disabled || state.kind === 'busy'}>
          {state.kind === 'busy' ? 'Importing…' : 'Import survey'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'done' && (
          <p className="ok">
            Stored {state.result.stored} responses.
            {state.result.problems.length > 0 &&
              ` ${state.result.problems.length} ${state.result.problems.length === 1 ? 'row' : 'rows'} left out:`}
          </p>
        )}
        {state.kind === 'done' && state.result.problems.length > 0 && (
          <ul className="survey-problems">
            {state.result.problems.slice(0, 20).map((p) => (
              <li key={p.row}>
                Row {p.row}: {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
