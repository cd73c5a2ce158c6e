import { useApi } from '../app/api-context.js';
import { FrameworkSelect, useCanWrite, useFramework } from '../narrative/index.js';
import { AsyncView, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { materialityApi, type MaterialityJson } from './materiality.api.js';
import { SurveyUpload } from './survey-upload.js';
import { TopicTable } from './topic-table.js';
import { WeightsForm } from './weights-form.js';
import './materiality.css';

/** The matrix as an image: the server's SVG, shown where scripts in it could never run. */
function Matrix({ svg, topics }: { readonly svg: string; readonly topics: number }) {
  return (
    <figure className="card matrix">
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
        alt={`Materiality matrix of ${topics} topics; the ranked table below gives the same scores.`}
      />
      <figcaption>Materiality matrix</figcaption>
    </figure>
  );
}

/** Materiality assessment: import the stakeholder survey, weigh the groups, read the matrix and ranking. */
export function MaterialityPage() {
  const api = useApi();
  const ws = useWorkspace();
  const framework = useFramework();
  const canWrite = useCanWrite();
  const client = materialityApi(api, ws.org.id, ws.period.id, framework);
  const { resource, reload } = useResource(client.get, `${ws.org.id}/${ws.period.id}/${framework}`);
  return (
    <div className="stack materiality-page">
      <FrameworkSelect page="materiality" />
      <SurveyUpload disabled={!canWrite} upload={client.upload} onImported={() => void reload()} />
      <AsyncView resource={resource} what="the materiality assessment">
        {(m: MaterialityJson) => {
          const a = m.assessment;
          if (!a) {
            return (
              <p className="muted" role="status">
                {m.problem ?? `No survey imported for ${ws.period.year} yet.`}
              </p>
            );
          }
          const axes = { x: a.x.label, y: a.y.label };
          return (
            <>
              <p className="muted">
                {m.responses} responses from {m.source ?? 'the survey'};{' '}
                {a.topics.filter((t) => t.material).length} of {a.topics.length} topics material.
              </p>
              <WeightsForm
                key={a.groups.map((g) => g.group).join('|')}
                groups={a.groups.map((g) => g.group)}
                settings={m.settings}
                thresholds={a.thresholds}
                axes={axes}
                disabled={!canWrite}
                save={async (s) => {
                  await client.putSettings(s);
                  await reload();
                }}
              />
              <Matrix svg={a.svg} topics={a.topics.length} />
              <TopicTable topics={a.topics} axes={axes} />
            </>
          );
        }}
      </AsyncView>
    </div>
  );
}
