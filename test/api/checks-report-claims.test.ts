import { describe, expect, it } from 'vitest';
import { KESTREL_REPORT_2025 } from './support/files.js';
import { body, upload } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

interface CoverageJson {
  coverage: { code: string; level: string; status: string; location: string | null }[];
}

// Organisation A's report with a board statement under its heading and a GRI "with reference" claim.
const REPORT_WITH_CLAIMS = `${KESTREL_REPORT_2025}
This report has been prepared with reference to the GRI Standards for the period 1 January to 31 December 2025.

Statement of the Board
The board of directors reviews the group's climate risks twice a year and approves its emission targets.
`;

const { h, f, owner } = useHarness({ config: { maxUploadBytes: 64 * 1024 }, signIn: { owner: 'ownerA' } });

const coverage = async (framework: string) => {
  const res = await h.as(
    owner,
    `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/checks?framework=${framework}`,
  );
  expect(res.status).toBe(200);
  return new Map((await body<CoverageJson>(res)).coverage.map((c) => [c.code, c]));
};

describe("a period's coverage reads what its imported reports say about themselves", () => {
  it('counts a board statement as disclosed and a "with reference" GRI claim as requiring no disclosure', async () => {
    expect((await coverage('hkex-2020')).get('HKEX:MDR.governance')?.status).toBe('missing');
    expect((await coverage('gri-2021')).get('GRI:2-1')?.level).toBe('mandatory');
    const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/imports`, {
      method: 'POST',
      body: upload('report', 'kestrel-2025.txt', REPORT_WITH_CLAIMS),
    });
    expect(res.status).toBe(200);
    expect((await coverage('hkex-2020')).get('HKEX:MDR.governance')).toMatchObject({
      status: 'disclosed',
      location: 'Statement of the Board',
    });
    expect((await coverage('gri-2021')).get('GRI:2-1')).toMatchObject({
      level: 'recommended',
      status: 'missing',
    });
  });
});
