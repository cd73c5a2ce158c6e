import type { Provenance } from '../../core/index.js';
import { CalculationSource } from './calculation-source.js';
import { DocumentSource } from './document-source.js';
import { EntrySource } from './entry-source.js';

/** A fact's provenance, whichever of the three kinds it is; `documentHref` downloads a source document. */
export function ProvenanceView({
  provenance,
  documentHref,
}: {
  readonly provenance: Provenance;
  readonly documentHref?: string | undefined;
}) {
  switch (provenance.kind) {
    case 'document':
      return <DocumentSource source={provenance} href={documentHref} />;
    case 'calculation':
      return <CalculationSource source={provenance} />;
    case 'entry':
      return <EntrySource source={provenance} />;
  }
}

/** A short name of where a fact came from, for table cells. */
export const PROVENANCE_LABELS: Readonly<Record<Provenance['kind'], string>> = {
  document: 'Document',
  calculation: 'Calculation',
  entry: 'Entry',
};
