import { findItem, FRAMEWORK_IDS, type FrameworkId } from '../../core/index.js';
import type { Doc } from '../document/index.js';
import { classifyMention, type CodeScope, type PhraseCache } from '../classify/index.js';
import {
  codedSections,
  codesAt,
  findOmissionStatements,
  headingCodes,
  indexFigureLines,
  mergeOmissions,
  parseContentIndex,
  type IndexEntry,
} from '../content-index/index.js';
import { findContentsPage, findRunningHeaders, toReportLines } from '../layout/index.js';
import { readMetadata, type ClaimedFramework } from '../metadata/index.js';
import { extractNarrative, toParagraphs } from '../narrative/index.js';
import { readQuestionnaire } from '../questionnaire/index.js';
import { dedupeMentions, isDisclosure } from '../select/index.js';
import { applyScopeNotes } from '../scope-note/index.js';
import { extractTables } from '../table/index.js';
import type { ExtractResult, ExtractedFact } from './extract-result.js';
import { readEitherUnits } from './alternative-units.js';
import { bareWaterAsWithdrawal } from './bare-water.js';
import { certificationFacts } from './certification-coverage.js';
import { inDocumentOrder } from './document-order.js';
import { fullCoverageClaims } from './full-coverage-claims.js';
import { featureRowCounts } from './feature-rows.js';
import { homeCurrencies, inHomeCurrency } from './home-currency.js';
import { numberedItemShares } from './numbered-item-share.js';
import { sectionCodesFor } from './section-codes.js';
import { staffGroupsOfSentences } from './staff-group-sentences.js';
import { statedChangeFacts } from './stated-change-facts.js';
import { decideSenses } from './change-sense.js';
import { tableChangeFacts } from './table-change-facts.js';
import { toFact } from './to-fact.js';

/** Options of {@link extractDocument}. */
export interface ExtractOptions {
  /** The report year when the document does not state it (or to override what it states). */
  readonly year?: number;
}

/**
 * Reads a document into facts: tables (with their headers, groups and units) and sentences give
 * mentions; each is classified to a catalogue metric with dimensions, codes and a canonical value;
 * repeats are merged; the content index and omission statements give the index.
 */
export function extractDocument(doc: Doc, options: ExtractOptions = {}): ExtractResult {
  const lines = toReportLines(doc);
  const meta = readMetadata(lines);
  const warnings: string[] = [];
  const reportYear = options.year ?? meta.reportYear;
  if (reportYear === undefined)
    warnings.push('no report year found; figures without a printed year were left out (pass --year)');
  const noise = findRunningHeaders(lines);
  const contentIndex = parseContentIndex(lines);
  const skip = new Set([...findContentsPage(lines), ...contentIndex.lines]);
  const year = reportYear ?? 0;
  // A questionnaire response (CDP) prints each field's label over its value: read before the tables.
  const form = readQuestionnaire(lines, { reportYear: year, ignore: (no) => noise.has(no) || skip.has(no) });
  const tables = extractTables(lines, { reportYear: year, noise, skip: new Set([...skip, ...form.lines]) });
  const prose = extractNarrative(lines, {
    reportYear: year,
    skip: new Set([...skip, ...noise, ...form.lines, ...tables.tableLines]),
  });
  // A highlight tile worded as a change reads as a sentence; its figure is the tile's already.
  const tileChanges = extractNarrative(tables.changeSentences, { reportYear: year, skip: new Set() }).changes;
  // A box's pair worded as a change is a table's figure, as a change column's is: revenue's counts too.
  const boxChanges = extractNarrative(tables.boxChangeSentences, {
    reportYear: year,
    skip: new Set(),
  }).changes.map((c) => ({ ...c, mention: { ...c.mention, kind: 'table' as const } }));
  // An index row answering with a figure ("Energy use | Table 4: 84,210.5 GJ") states it once more.
  const answers = extractNarrative(indexFigureLines(lines, contentIndex.lines), {
    reportYear: year,
    skip: new Set(),
  });
  const index = mergeOmissions(contentIndex.entries, findOmissionStatements(lines, skip));
  const scope = codeScope(meta.frameworks, index);
  const phrases: PhraseCache = new Map();
  const texts = new Map(lines.map((l) => [l.no, l.raw]));
  const home = homeCurrencies(lines.map((l) => l.raw));
  // "PUE improved by 6%" is a change only when the metric says which way better goes.
  const sensed = decideSenses(prose.changes, scope, phrases);
  const classified = bareWaterAsWithdrawal(
    numberedItemShares(
      staffGroupsOfSentences(
        readEitherUnits([
          ...tables.mentions,
          ...form.mentions,
          ...prose.mentions,
          ...sensed.figures,
          ...answers.mentions,
        ])
          .filter((m) => m.year !== 0)
          .map((m) => inHomeCurrency(classifyMention(m, scope, phrases), home)),
      ),
    ).filter(isDisclosure),
    scope,
  );
  const sections = codedSections(lines, index, skip);
  const headed = headingCodes(lines, skip);
  const entity = meta.company ?? doc.source;
  const changes = statedChangeFacts(
    [...sensed.changes, ...tileChanges, ...boxChanges].filter((c) => c.mention.year !== 0),
    scope,
    phrases,
    entity,
    doc.source,
    classified,
  );
  const facts: ExtractedFact[] = dedupeMentions(classified, (n) => texts.get(n) ?? '')
    .map((c): ExtractedFact => ({
      fact: toFact(c, entity, doc.source),
      codes: sectionCodesFor(c, headed.get(c.mention.line) ?? [], codesAt(sections, c.mention.line)),
      kind: c.mention.kind,
    }))
    .concat(changes);
  // A table's change column ("YoY change (%)") states changes the table reader does not keep.
  facts.push(...tableChangeFacts(facts, (n) => texts.get(n) ?? ''));
  // A site table's yes/no cells under a standard, and a sentence's claim that it certifies every site.
  const claims: ExtractedFact[] = [];
  if (reportYear !== undefined) {
    // Both claim readers read every paragraph (none skipped): built once for the two.
    const paragraphs = toParagraphs(lines, new Set());
    claims.push(
      ...[
        ...certificationFacts(lines, paragraphs, entity, doc.source, year),
        // "All of our 22 owned ships are fitted with …": a claim check sets against the table's count.
        ...fullCoverageClaims(paragraphs, entity, doc.source, year),
        // A site table's column some rows lack ("CEMS online: No", "Solar generated: –"): the claim's count.
        ...(doc.kind === 'text' ? featureRowCounts(doc.lines, entity, doc.source, year) : []),
      ].map((fact): ExtractedFact => ({
        fact,
        codes: [],
        kind: fact.provenance.kind === 'document' ? fact.provenance.extraction : 'text',
      })),
    );
  }
  const read = inDocumentOrder(facts, claims);
  // "The above water consumption only covers offices in …": the figures a note narrows get its scope.
  const scoped = applyScopeNotes(
    read.map((f) => f.fact),
    lines,
  );
  // A claim is no disclosure: it is kept apart from the facts, for check alone.
  const isClaim = new Set(claims);
  const final = read.map((f, i) => ({ read: { ...f, fact: scoped[i] ?? f.fact }, claim: isClaim.has(f) }));
  return {
    document: {
      source: doc.source,
      kind: doc.kind,
      sha256: doc.sha256,
      ...(meta.company === undefined ? {} : { company: meta.company }),
      ...(reportYear === undefined ? {} : { reportYear }),
      frameworks: meta.frameworks,
      ...(Object.keys(meta.claimBases).length === 0 ? {} : { claimBases: meta.claimBases }),
      ...(meta.statements.length === 0 ? {} : { statements: meta.statements }),
      ...(doc.pages === undefined ? {} : { pages: doc.pages }),
      lines: doc.lines[doc.lines.length - 1]?.no ?? 0,
    },
    facts: final.flatMap((f) => (f.claim ? [] : [f.read])),
    claims: final.flatMap((f) => (f.claim ? [f.read] : [])),
    index,
    warnings,
  };
}

/**
 * The frameworks whose codes a report's facts carry: those it claims, and those its index cites (an
 * HKEX code in the index is read against the catalogue that has it, the 2020 Guide first); all when
 * it names none.
 */
function codeScope(frameworks: readonly ClaimedFramework[], index: readonly IndexEntry[]): CodeScope {
  const set = new Set<FrameworkId>();
  for (const f of frameworks) {
    if (f === 'HKEX-2020') set.add('hkex-2020');
    if (f === 'HKEX-C2') set.add('hkex-c2');
    if (f === 'GRI-2021') set.add('gri-2021');
  }
  for (const e of index) {
    const home = findItem(e.code)?.framework.id;
    const claimed = [...set].some((f) => findItem(e.code, f) !== undefined);
    if (home && !claimed) set.add(home);
  }
  return set.size === 0 ? [...FRAMEWORK_IDS] : [...set];
}
