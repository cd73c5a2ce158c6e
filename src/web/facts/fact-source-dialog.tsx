import { useState } from 'react';
import { metricLabel } from '../catalogue/index.js';
import type { FactJson } from '../client/index.js';
import { Dialog, formatShort } from '../ui/index.js';
import { dimsText } from './dims-text.js';
import { useDocumentHref } from './document-link.js';
import { FactHistory } from './fact-history.js';
import { ProvenanceView } from './provenance-view.js';
import { StatusBadge } from './status-badge.js';

/** Props of {@link FactSourceDialog}. */
export interface FactSourceDialogProps {
  readonly fact: FactJson;
  readonly onClose: () => void;
}

/** What a number is and where it comes from: its document source or its calculation, and its history. */
export function FactSourceDialog({ fact, onClose }: FactSourceDialogProps) {
  const [showHistory, setShowHistory] = useState(false);
  const breakdown = dimsText(fact.dims);
  const documentHref = useDocumentHref(fact.orgId, fact.provenance, fact.documentId);
  return (
    <Dialog
      title={`${metricLabel(fact.metric)}, ${String(fact.year)}`}
      onClose={onClose}
      actions={
        <button
          type="button"
          aria-expanded={showHistory}
          onClick={() => {
            setShowHistory((s) => !s);
          }}
        >
          {showHistory ? 'Hide history' : 'Show history'}
        </button>
      }
    >
      <p className="fact-figure">
        <strong>
          {formatShort(fact.value)} {fact.unit}
        </strong>{' '}
        <StatusBadge status={fact.status} />
        {fact.basis === 'target' ? <span className="badge info">target</span> : null}
      </p>
      <p className="muted">Exact value: {fact.value}</p>
      {breakdown !== '' && <p className="muted">{breakdown}</p>}
      {fact.label !== null && fact.label !== metricLabel(fact.metric) && (
        <p className="muted">Label: {fact.label}</p>
      )}
      <ProvenanceView provenance={fact.provenance} documentHref={documentHref} />
      <p className="muted">
        Version {fact.version}, {new Date(fact.changedAt).toLocaleString()}: {fact.reason}
      </p>
      {showHistory && <FactHistory orgId={fact.orgId} factId={fact.id} />}
    </Dialog>
  );
}
