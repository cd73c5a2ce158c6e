import type { ImportSummaryJson } from '../client/index.js';
import type { UploadState } from './upload-form.js';

function percent(loaded: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
}

/** The upload's progress bar, then what the import did or why it failed (announced politely). */
export function UploadStatus({ state }: { readonly state: UploadState }) {
  return (
    <div role="status" aria-live="polite" className="upload-status">
      {state.kind === 'uploading' && state.progress.phase === 'sending' && (
        <>
          <p>
            Sending {state.file}: {percent(state.progress.loaded, state.progress.total)}%
          </p>
          <progress
            max={100}
            value={percent(state.progress.loaded, state.progress.total)}
            aria-label={`Upload of ${state.file}`}
          />
        </>
      )}
      {state.kind === 'uploading' && state.progress.phase === 'processing' && (
        <>
          <p>Sent {state.file}; reading and storing its figures…</p>
          <progress aria-label={`Import of ${state.file}`} />
        </>
      )}
      {state.kind === 'done' && <ImportSummary file={state.file} summary={state.summary} />}
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {state.file === '' ? '' : `${state.file}: `}
          {state.message}
        </p>
      )}
    </div>
  );
}

function ImportSummary({ file, summary }: { readonly file: string; readonly summary: ImportSummaryJson }) {
  const skipped = summary.skipped;
  const unitless = skipped.unitless ?? 0;
  const skippedTotal =
    skipped.otherYears + skipped.outsideSites + skipped.repeats + unitless + skipped.unclassified;
  return (
    <div className="notice">
      <p>
        <strong>Imported {file}:</strong> {summary.read} figures read — {summary.inserted} new,{' '}
        {summary.updated} changed, {summary.unchanged} unchanged
        {summary.conflicts > 0
          ? `, ${String(summary.conflicts)} kept as conflicts with verified figures`
          : ''}
        .
      </p>
      {skippedTotal > 0 && (
        <p>
          Left out: {skipped.otherYears} of other years, {skipped.outsideSites} outside the boundary,{' '}
          {skipped.repeats} repeated, {unitless} without a readable unit, {skipped.unclassified} unclassified.
        </p>
      )}
      {summary.notes.length > 0 && (
        <ul>
          {summary.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
