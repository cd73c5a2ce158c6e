import type { DocumentJson } from '../client/index.js';
import { fileSize } from './import-kinds.js';

/** The organisation's uploaded files, newest first. */
export function DocumentsTable({ documents }: { readonly documents: readonly DocumentJson[] }) {
  if (documents.length === 0) return <p className="muted">Nothing has been uploaded yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>Uploaded files</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col">Uploaded</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td>{d.name}</td>
              <td>{d.kind.toUpperCase()}</td>
              <td className="num">{fileSize(d.size)}</td>
              <td>
                <time dateTime={d.uploadedAt}>{new Date(d.uploadedAt).toLocaleString()}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
