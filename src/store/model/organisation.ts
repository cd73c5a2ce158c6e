/** A reporting organisation: the tenant every other record belongs to. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/** Whether a boundary decision puts an entity or site in or out of the reporting scope. */
export const BOUNDARY_KINDS = ['in', 'out'] as const;
/** One of {@link BOUNDARY_KINDS}. */
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

/**
 * The reporting boundary of an entity or site. HKEX's ESG Guide (reporting principles, "reporting
 * boundary") asks issuers to explain what is in scope and why; an exclusion always carries its reason.
 */
export type Boundary =
  { readonly kind: 'in'; readonly reason?: string } | { readonly kind: 'out'; readonly reason: string };

/** A legal entity (subsidiary) of an organisation. */
export interface Entity {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  readonly boundary: Boundary;
}

/** A physical site (plant, office, warehouse) whose activity data is reported. */
export interface Site {
  readonly id: string;
  readonly orgId: string;
  /** The entity operating the site, when recorded. */
  readonly entityId: string | null;
  readonly name: string;
  readonly boundary: Boundary;
}
