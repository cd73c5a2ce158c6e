import type { EntryProvenance } from '../../core/index.js';

/** A fact a person typed in: who, when and their note. */
export function EntrySource({ source }: { readonly source: EntryProvenance }) {
  return (
    <section aria-label="Manual entry">
      <dl className="facts-list">
        <dt>Entered by</dt>
        <dd>{source.user}</dd>
        <dt>When</dt>
        <dd>
          <time dateTime={source.at}>{new Date(source.at).toLocaleString()}</time>
        </dd>
        {source.note !== undefined && (
          <>
            <dt>Note</dt>
            <dd>{source.note}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
