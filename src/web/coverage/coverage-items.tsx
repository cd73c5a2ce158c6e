import type { CoverageItemJson } from '../client/index.js';

/** Disclosures of one framework in one status: code, title, level, where disclosed or why omitted. */
export function CoverageItems({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly CoverageItemJson[];
}) {
  if (items.length === 0) return <p className="muted">{title}: none.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Disclosure</th>
            <th scope="col">Level</th>
            <th scope="col">Where, or why omitted</th>
            <th scope="col" className="num">
              Facts
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <td>{item.code}</td>
              <td>{item.title}</td>
              <td>{item.level.replace(/_/g, ' ')}</td>
              <td>{item.location ?? '—'}</td>
              <td className="num">{item.facts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
