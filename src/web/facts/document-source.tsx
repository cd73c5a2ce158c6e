import type { DocumentProvenance } from '../../core/index.js';

/** Where a document says it: "page 12", "line 48", "page 3, line 7". */
export function locationText(location: DocumentProvenance['location']): string {
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`page ${location.page}`);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  return parts.length === 0 ? 'location not recorded' : parts.join(', ');
}

/**
 * A fact read from a document: the file (with a link to download it when `href` is known), the page
 * or line, the value and unit as printed, and the quoted text. The quote is untrusted document text
 * and is rendered as text (React escapes it).
 */
export function DocumentSource({
  source,
  href,
}: {
  readonly source: DocumentProvenance;
  readonly href?: string | undefined;
}) {
  return (
    <section aria-label="Source document">
      <dl className="facts-list">
        <dt>Document</dt>
        <dd>
          {source.document}
          {href !== undefined && (
            <>
              {' '}
              <a href={href} download={source.document}>
                Download the file
              </a>
            </>
          )}
        </dd>
        <dt>Where</dt>
        <dd>{locationText(source.location)}</dd>
        <dt>As printed</dt>
        <dd>
          {source.reported.value} {source.reported.unit}
        </dd>
        <dt>Read from</dt>
        <dd>{source.extraction === 'table' ? 'a table' : 'a sentence'}</dd>
      </dl>
      <h3>Quoted text</h3>
      <blockquote className="quote">{source.quote}</blockquote>
    </section>
  );
}
