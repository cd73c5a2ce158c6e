import { useId, useRef, useState } from 'react';
import {
  IMPORT_KINDS,
  type ImportKind,
  type ImportSummaryJson,
  type UploadProgress,
} from '../client/index.js';
import { useApi } from '../app/api-context.js';
import { useWorkspace } from '../workspace/index.js';
import { IMPORT_KIND_INFO } from './import-kinds.js';
import { UploadStatus } from './upload-status.js';

/** What the upload is doing. */
export type UploadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly file: string; readonly progress: UploadProgress }
  | { readonly kind: 'done'; readonly file: string; readonly summary: ImportSummaryJson }
  | { readonly kind: 'failed'; readonly file: string; readonly message: string };

/** Choose what the file is, choose the file, upload it with progress, read what the import did. */
export function UploadForm({ onImported }: { readonly onImported: () => void }) {
  const api = useApi();
  const ws = useWorkspace();
  const fileId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('report');
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const locked = ws.period.status === 'locked';
  const busy = state.kind === 'uploading';

  async function upload(): Promise<void> {
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setState({ kind: 'failed', file: '', message: 'Choose a file first.' });
      return;
    }
    setState({
      kind: 'uploading',
      file: file.name,
      progress: { phase: 'sending', loaded: 0, total: file.size },
    });
    try {
      const summary = await api.imports.upload(ws.org.id, ws.period.id, kind, file, (progress) => {
        setState({ kind: 'uploading', file: file.name, progress });
      });
      setState({ kind: 'done', file: file.name, summary });
      onImported();
    } catch (e) {
      setState({ kind: 'failed', file: file.name, message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <form
      className="card stack"
      aria-label="Upload a file"
      onSubmit={(e) => {
        e.preventDefault();
        void upload();
      }}
    >
      <fieldset className="kinds" disabled={busy || locked}>
        <legend>What is the file?</legend>
        {IMPORT_KINDS.map((k) => (
          <label key={k} className="kind">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
              }}
            />{' '}
            {IMPORT_KIND_INFO[k].label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={fileId}>File</label>
        <input
          ref={input}
          id={fileId}
          type="file"
          accept={IMPORT_KIND_INFO[kind].accept}
          aria-describedby={hintId}
          disabled={busy || locked}
        />
        <p id={hintId} className="hint">
          {IMPORT_KIND_INFO[kind].hint} Into {ws.period.year}; figures of other years are left out.
        </p>
      </div>
      <div>
        <button type="submit" className="primary" disabled={busy || locked}>
          {busy ? 'Importing…' : 'Upload and import'}
        </button>
      </div>
      <UploadStatus state={state} />
    </form>
  );
}
