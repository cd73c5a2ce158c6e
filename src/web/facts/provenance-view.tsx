import type { Provenance } from '../../core/index.js';
import { CalculationSource } from './calculation-source.js';
import { DocumentSource } from './document-source.js';
import { EntrySource } from './entry-source.js';

/** A fact's provenance, whichever of the three kinds it is. */
export function ProvenanceView({ provenance }: { readonly provenance: Provenance }) {
  switch (provenance.kind) {
    case 'document':
      return <DocumentSource source={provenance} />;
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
