export { FactsPage } from './facts-page.js';
export { FactSourceDialog, type FactSourceDialogProps } from './fact-source-dialog.js';
export { ProvenanceView, PROVENANCE_LABELS } from './provenance-view.js';
export { StatusBadge } from './status-badge.js';
export { dimsText } from './dims-text.js';
export { locationText } from './document-source.js';
export { useFactPages, type FactPages } from './use-fact-pages.js';
