import type { MaterialTopicJson } from './materiality.api.js';

const TIER_TEXT: Readonly<Record<MaterialTopicJson['tier'], string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** The ranked topics with their scores, tier and the disclosures they are reported under. */
export function TopicTable({
  topics,
  axes,
}: {
  readonly topics: readonly MaterialTopicJson[];
  readonly axes: { readonly x: string; readonly y: string };
}) {
  return (
    <div className="table-wrap">
      <table className="topics">
        <caption>Ranked topics</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Topic</th>
            <th scope="col">{axes.y}</th>
            <th scope="col">{axes.x}</th>
            <th scope="col">Tier</th>
            <th scope="col">Material</th>
            <th scope="col">Disclosures</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => (
            <tr key={t.topic} className={`tier-${t.tier}`}>
              <td>{t.rank}</td>
              <th scope="row">{t.topic}</th>
              <td className="num">{t.y}</td>
              <td className="num">{t.x}</td>
              <td>{TIER_TEXT[t.tier]}</td>
              <td>{t.material ? 'Yes' : 'No'}</td>
              <td>{t.codes.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
