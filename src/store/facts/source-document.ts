import { sql, type RawBuilder } from 'kysely';

// A fact read from a document names the file in its provenance, but a file name is not unique in
// an organisation (a report uploaded again, or two reports with one name). The uploaded document is
// the one whose import wrote the fact's current provenance: the most recent version with that same
// provenance that an import with a document wrote. Reviews and conflict resolutions append
// versions without an import (append-version.ts), so the current version's own import is not
// enough. Null for facts from other sources, and when no such import is recorded (a conflict's
// accepted proposal: its import wrote the conflict, not a version).

/**
 * The id of the uploaded document a fact's current value was read from, or null: a column of the
 * facts query (`facts as f` joined with its current version `v`, list-facts.ts). Only facts with
 * document provenance pay for the lookup.
 */
export function sourceDocumentId(): RawBuilder<string | null> {
  return sql<string | null>`case when v.provenance_kind = 'document' then (
    select i.document_id from fact_versions as dv inner join imports as i on i.id = dv.import_id
    where dv.fact_id = f.id and dv.provenance = v.provenance and i.document_id is not null
    order by dv.version desc limit 1) end`;
}
