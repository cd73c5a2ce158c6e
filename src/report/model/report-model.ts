import type { Decimal, Fact, FactorUse, FrameworkId, FrameworkItem } from '../../core/index.js';
import type { MaterialityResult } from '../materiality/index.js';
import type { ChartSpec } from './chart-spec.js';
import type { ExternalLocation, ReportOrganisation } from './report-input.js';

/** What a footnote says about where a number came from: one body per provenance kind. */
export type FootnoteBody =
  | {
      readonly kind: 'calculation';
      readonly formula: string;
      readonly inputs: readonly {
        readonly activity: string;
        readonly amount: string;
        readonly unit: string;
        readonly rows: string;
      }[];
      readonly factors: readonly FactorUse[];
    }
  | {
      readonly kind: 'document';
      readonly document: string;
      readonly page?: number;
      readonly line?: number;
      readonly quote: string;
      readonly reported: string;
    }
  | { readonly kind: 'entry'; readonly user: string; readonly at: string; readonly note?: string };

/** A numbered note under a table; `n` is unique across the report. */
export interface Footnote {
  readonly n: number;
  /** The HTML id of the note (`fn-12`). */
  readonly id: string;
  readonly body: FootnoteBody;
}

/** One year's figure in a KPI row. */
export interface KpiCell {
  readonly year: number;
  /** The value in the row's unit, exact. */
  readonly value: Decimal;
  /** The value as the table prints it (rounded, grouped). */
  readonly display: string;
  readonly footnote: number;
  readonly fact: Fact;
}

/** A row of a KPI table: a metric with its breakdown (dims), one cell per year (null: no figure). */
export interface KpiRow {
  /** HTML id of the row, `kpi-<n>`. */
  readonly id: string;
  readonly metric: string;
  readonly label: string;
  readonly dims: Readonly<Record<string, string>>;
  /** 0 for a total, 1 for a breakdown under it. */
  readonly depth: number;
  /** The unit the row prints (`tCO2e`, `MWh per m2`). */
  readonly unit: string;
  /** Qualified codes of the framework this row discloses. */
  readonly codes: readonly string[];
  readonly cells: readonly (KpiCell | null)[];
}

/** A KPI table: the rows of one aspect or topic, three years side by side. */
export interface KpiTable {
  readonly id: string;
  readonly caption: string;
  readonly years: readonly number[];
  readonly rows: readonly KpiRow[];
}

/** A policy or narrative text placed in a section, with the disclosure it answers. */
export interface NarrativeBlock {
  readonly id: string;
  /** The qualified code it answers (`HKEX:A1.GD`). */
  readonly code: string;
  readonly title: string;
  /** Paragraphs of the text as given (escaped by renderers). */
  readonly paragraphs: readonly string[];
}

/** One aspect (HKEX A1 … B8, Part D) or topic standard (GRI 305): narratives, the KPI table and its notes. */
export interface AspectSection {
  readonly id: string;
  /** The framework code of the aspect or standard (`A1`, `305`, `D`), or `other`. */
  readonly code: string;
  readonly title: string;
  readonly narratives: readonly NarrativeBlock[];
  readonly table: KpiTable | null;
  /** Scope and boundary notes for the table. */
  readonly notes: readonly string[];
  readonly footnotes: readonly Footnote[];
}

/** Where a disclosure is answered inside this report: the section and (after printing) the page. */
export interface ReportLocation {
  readonly section: string;
  /** HTML id of the element (a section, a narrative or a KPI row). */
  readonly anchor: string;
  readonly page?: number;
}

/** The state of one framework item in the content index. */
export type IndexStatus =
  | {
      readonly kind: 'reported';
      readonly locations: readonly ReportLocation[];
      readonly external: readonly ExternalLocation[];
    }
  | { readonly kind: 'omitted'; readonly reason: string }
  | { readonly kind: 'not_applicable'; readonly reason: string }
  /** A recommended (voluntary) disclosure not made: no reason is owed. */
  | { readonly kind: 'not_reported' }
  /** A disclosure with neither facts, text, location nor explanation: an error the command reports. */
  | { readonly kind: 'missing' }
  /** A heading (part, aspect, standard) that groups the rows under it. */
  | { readonly kind: 'heading' };

/** A row of the content index. */
export interface ContentIndexRow {
  readonly qualified: string;
  readonly item: FrameworkItem;
  readonly depth: number;
  readonly status: IndexStatus;
}

/** A problem the preparer must fix (error) or should look at (warning). */
export interface ReportIssue {
  readonly severity: 'error' | 'warning';
  readonly code:
    'missing_explanation' | 'conflicting_values' | 'unknown_code' | 'unmapped_metric' | 'unit_mismatch';
  readonly message: string;
}

/** A factor cited in the appendix, with the facts that used it. */
export interface FactorRow extends FactorUse {
  readonly usedBy: readonly string[];
}

/** A calculation method cited in the appendix: the formula and the metrics computed with it. */
export interface MethodRow {
  readonly formula: string;
  readonly metrics: readonly string[];
}

/** A document figures were taken from, with the pages cited. */
export interface DocumentRow {
  readonly document: string;
  readonly pages: readonly number[];
  readonly facts: number;
}

/** The appendix: methods, factors and their sources, and source documents. */
export interface MethodsAppendix {
  readonly methods: readonly MethodRow[];
  readonly factors: readonly FactorRow[];
  readonly documents: readonly DocumentRow[];
  readonly entries: number;
}

/** The publishable report as data: renderers (HTML, PDF, XLSX, CSV) only lay it out. */
export interface ReportModel {
  readonly title: string;
  readonly organisation: ReportOrganisation;
  readonly year: number;
  /** The three years the tables show, oldest first. */
  readonly years: readonly number[];
  readonly framework: {
    readonly id: FrameworkId;
    readonly name: string;
    readonly version: string;
    readonly publisher: string;
  };
  readonly generatedAt?: string;
  /** The reporting-boundary statement and site list, as sentences. */
  readonly boundary: readonly string[];
  readonly charts: readonly ChartSpec[];
  readonly materiality: MaterialityResult | null;
  readonly sections: readonly AspectSection[];
  readonly contentIndex: readonly ContentIndexRow[];
  readonly appendix: MethodsAppendix;
  readonly issues: readonly ReportIssue[];
}
