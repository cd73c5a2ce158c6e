import { useId, useState } from 'react';
import { FormMessage, type FormOutcome } from '../ui/index.js';
import type { NarrativeJson } from './narrative.api.js';

const LEVEL_TEXT: Readonly<Record<NarrativeJson['level'], string>> = {
  mandatory: 'Mandatory',
  comply_or_explain: 'Comply or explain',
  recommended: 'Recommended',
};

/** Props of {@link NarrativeEditor}. */
export interface NarrativeEditorProps {
  readonly slot: NarrativeJson;
  readonly disabled: boolean;
  readonly save: (text: string) => Promise<NarrativeJson>;
}

/** One aspect's text in a labelled text area, with the framework's requirement beside it. */
export function NarrativeEditor({ slot, disabled, save }: NarrativeEditorProps) {
  const textId = useId();
  const reqId = useId();
  const [text, setText] = useState(slot.text ?? '');
  const [saved, setSaved] = useState(slot);
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const changed = text.trim() !== (saved.text ?? '');

  async function submit(): Promise<void> {
    setMessage(null);
    try {
      const n = await save(text);
      setSaved(n);
      setMessage({ kind: 'ok', text: `Saved as version ${n.version ?? 1}.` });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <section className="narrative-editor" aria-labelledby={`${textId}-h`}>
      <form
        className="card stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${textId}-h`}>
          {slot.code} {slot.title}
        </h2>
        <div className="field">
          <label htmlFor={textId}>Policy text for {slot.qualified}</label>
          <textarea
            id={textId}
            rows={14}
            value={text}
            aria-describedby={reqId}
            disabled={disabled}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
          <p className="hint">
            Blank lines separate paragraphs. The text is printed in the report’s {slot.code} section.
          </p>
        </div>
        <div className="row">
          <button type="submit" className="primary" disabled={disabled || !changed || text.trim() === ''}>
            Save text
          </button>
          {saved.version !== null && (
            <span className="muted">
              Version {saved.version}, {saved.updatedAt?.slice(0, 16).replace('T', ' ')}
            </span>
          )}
        </div>
        <FormMessage message={message} />
      </form>
      <aside className="card requirement" id={reqId} aria-label={`What ${slot.qualified} asks for`}>
        <h3>What the framework asks</h3>
        <p>
          <strong>{slot.qualified}</strong> · {LEVEL_TEXT[slot.level]}
        </p>
        <p>{slot.requirement}</p>
      </aside>
    </section>
  );
}
