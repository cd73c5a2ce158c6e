import { useId, useState } from 'react';
import { OMISSION_KINDS, type ContentIndexLineJson, type OmissionKind } from './narrative.api.js';

const STATUS_TEXT: Readonly<Record<ContentIndexLineJson['status'], string>> = {
  reported: 'Reported',
  omitted: 'Omitted',
  not_applicable: 'Not applicable',
  not_reported: 'Not reported (recommended only)',
  missing: 'Needs an explanation',
  heading: '',
};

const KIND_TEXT: Readonly<Record<OmissionKind, string>> = {
  omitted: 'Omitted',
  not_applicable: 'Not applicable',
};

/** Props of {@link OmissionRow}. */
export interface OmissionRowProps {
  readonly line: ContentIndexLineJson;
  readonly disabled: boolean;
  readonly save: (kind: OmissionKind, reason: string) => Promise<void>;
  readonly remove: () => Promise<void>;
}

/** One content-index line: its status and, unless reported, a kind and reason to explain it. */
export function OmissionRow({ line, disabled, save, remove }: OmissionRowProps) {
  const id = useId();
  const [kind, setKind] = useState<OmissionKind>(line.explanation?.kind ?? 'omitted');
  const [reason, setReason] = useState(line.explanation?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const editable = line.status !== 'heading' && line.status !== 'reported';

  async function run(action: () => Promise<void>): Promise<void> {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <tr className={`omission status-${line.status} depth-${line.depth}`} data-code={line.qualified}>
      <th scope="row">{line.code}</th>
      <td>{line.title}</td>
      <td>{STATUS_TEXT[line.status]}</td>
      <td>
        {editable && (
          <form
            className="omission-form"
            aria-label={`Explain ${line.qualified}`}
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => save(kind, reason));
            }}
          >
            <label className="visually-hidden" htmlFor={`${id}-k`}>
              Kind of omission for {line.code}
            </label>
            <select
              id={`${id}-k`}
              value={kind}
              disabled={disabled}
              onChange={(e) => {
                setKind(OMISSION_KINDS.find((k) => k === e.target.value) ?? 'omitted');
              }}
            >
              {OMISSION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_TEXT[k]}
                </option>
              ))}
            </select>
            <label className="visually-hidden" htmlFor={`${id}-r`}>
              Reason for {line.code}
            </label>
            <input
              id={`${id}-r`}
              type="text"
              value={reason}
              placeholder="Reason"
              disabled={disabled}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            />
            <button type="submit" disabled={disabled || reason.trim() === ''}>
              Save
            </button>
            {line.explanation && (
              <button type="button" disabled={disabled} onClick={() => void run(remove)}>
                Remove
              </button>
            )}
            {error && (
              <span className="error" role="alert">
                {error}
              </span>
            )}
          </form>
        )}
      </td>
    </tr>
  );
}
