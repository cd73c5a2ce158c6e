import type { Role } from '../../store/index.js';

// The demo company (demo/README.md): Harbourline Components Ltd., fictional, with two plants in
// mainland China and a head office in Hong Kong. Site names are those of demo/activity.csv.

/** The demo organisation's name. */
export const DEMO_ORGANISATION = 'Harbourline Components Ltd.';

/** The demo's sites, all inside the reporting boundary. */
export const DEMO_SITES = [
  { name: 'Shenzhen Assembly Plant', reason: 'operated plant (operational control)' },
  { name: 'Suzhou Components Works', reason: 'operated plant (operational control)' },
  { name: 'Hong Kong Head Office', reason: 'leased office (operational control)' },
] as const;

/** The demo's reporting years: activity data covers both, the roster and the report 2025. */
export const DEMO_YEARS = [2024, 2025] as const;

/** A demo sign-in. */
export interface DemoUserSpec {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** Sites a contributor enters data for (by name). */
  readonly sites: readonly string[];
}

/** One user per working role. */
export const DEMO_USERS: readonly DemoUserSpec[] = [
  { email: 'owner@harbourline.example', name: 'Mei Chan (ESG lead)', role: 'owner', sites: [] },
  {
    email: 'reviewer@harbourline.example',
    name: 'Daniel Okafor (internal audit)',
    role: 'reviewer',
    sites: [],
  },
  {
    email: 'contributor@harbourline.example',
    name: 'Li Wei (Shenzhen EHS)',
    role: 'contributor',
    sites: ['Shenzhen Assembly Plant'],
  },
];

/** The demo's files in the demo folder. */
export const DEMO_FILES = {
  activity: 'activity.csv',
  roster: 'roster-2025.csv',
  report: 'report-2025.txt',
  /** 2025 narratives, omission explanations and hand-entered figures for HKEX C2. */
  disclosures: 'disclosures-2025.json',
  /** 2025 stakeholder survey for the materiality assessment. */
  survey: 'materiality-survey-2025.csv',
} as const;
