import {
  getFramework,
  getMetric,
  isMetricId,
  normaliseCode,
  parseQualifiedCode,
  qualify,
  type Framework,
  type FrameworkId,
  type FrameworkItem,
} from '../../core/index.js';

/** Item kinds that head a KPI section: an HKEX aspect or a GRI topic standard. */
const SECTION_KINDS: ReadonlySet<string> = new Set(['aspect', 'standard']);
/** Item kinds that only group others; they have no status of their own in the content index. */
const HEADING_KINDS: ReadonlySet<string> = new Set(['part', 'subject_area', 'aspect', 'standard', 'section']);

/** A framework catalogue indexed for the report: lookups by code, ancestors, sections. */
export class FrameworkView {
  readonly framework: Framework;
  private readonly byCode: ReadonlyMap<string, FrameworkItem>;
  private readonly childrenOf: ReadonlyMap<string, readonly FrameworkItem[]>;

  constructor(id: FrameworkId) {
    this.framework = getFramework(id);
    this.byCode = new Map(this.framework.items.map((i) => [i.code, i]));
    const children = new Map<string, FrameworkItem[]>();
    for (const item of this.framework.items) {
      if (item.parent === null) continue;
      children.set(item.parent, [...(children.get(item.parent) ?? []), item]);
    }
    this.childrenOf = children;
  }

  /** `HKEX:A1.2` for `A1.2`. */
  qualified(code: string): string {
    return qualify(this.framework.prefix, code);
  }

  item(code: string): FrameworkItem | undefined {
    return this.byCode.get(code);
  }

  children(code: string): readonly FrameworkItem[] {
    return this.childrenOf.get(code) ?? [];
  }

  /** True for parts, aspects, standards and sections: rows that group disclosures. */
  isHeading(item: FrameworkItem): boolean {
    return HEADING_KINDS.has(item.kind);
  }

  /** The item and its ancestors, nearest first. */
  ancestry(code: string): FrameworkItem[] {
    const chain: FrameworkItem[] = [];
    for (
      let item = this.byCode.get(code);
      item;
      item = item.parent === null ? undefined : this.byCode.get(item.parent)
    ) {
      chain.push(item);
    }
    return chain;
  }

  /** The aspect or standard an item belongs to; for items outside any (HKEX Part D), the top-level part. */
  sectionOf(code: string): FrameworkItem | undefined {
    const chain = this.ancestry(code);
    return chain.find((i) => SECTION_KINDS.has(i.kind)) ?? chain.at(-1);
  }

  /**
   * The framework's own code for a code as a preparer writes it (`A1.1`, `HKEX:A1.1`, `KPI A1.1`,
   * `GRI 305-1`, `305`), or undefined when this framework has no such item.
   */
  resolve(text: string): string | undefined {
    const trimmed = text.trim();
    if (this.byCode.has(trimmed)) return trimmed;
    const qualified = parseQualifiedCode(trimmed) ? trimmed : normaliseCode(trimmed);
    const parsed = qualified === undefined ? undefined : parseQualifiedCode(qualified);
    if (parsed?.prefix !== this.framework.prefix) return undefined;
    return this.byCode.has(parsed.code) ? parsed.code : undefined;
  }

  /** The codes of this framework a metric is disclosed under, in the catalogue's order of the metric's codes. */
  codesOfMetric(metric: string): string[] {
    if (!isMetricId(metric)) return [];
    const out: string[] = [];
    for (const q of getMetric(metric).codes) {
      const parsed = parseQualifiedCode(q);
      if (parsed?.prefix === this.framework.prefix && this.byCode.has(parsed.code)) out.push(parsed.code);
    }
    return out;
  }

  /** Position of an item in the catalogue, for ordering sections as the framework does. */
  order(code: string): number {
    const i = this.framework.items.findIndex((item) => item.code === code);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  }
}
