import { useApi } from '../app/api-context.js';
import { AsyncView, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { DocumentsTable } from './documents-table.js';
import { UploadForm } from './upload-form.js';
import './imports.css';

/** Upload a report, activity data or a roster into the period, and see what has been uploaded. */
export function ImportsPage() {
  const api = useApi();
  const ws = useWorkspace();
  const { resource, reload } = useResource(() => api.imports.documents(ws.org.id), ws.org.id);
  return (
    <div className="stack">
      {ws.period.status === 'locked' && (
        <p className="notice" role="note">
          {ws.period.year} is locked: nothing can be imported into it.
        </p>
      )}
      <UploadForm onImported={() => void reload()} />
      <AsyncView resource={resource} what="uploaded files">
        {({ items }) => <DocumentsTable documents={items} />}
      </AsyncView>
    </div>
  );
}
