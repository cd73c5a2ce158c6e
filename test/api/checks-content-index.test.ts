import { describe, expect, it } from 'vitest';
import { KESTREL_REPORT_2025 } from './support/files.js';
import { body, upload } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

interface CoverageJson {
  coverage: { code: string; status: string; location: string | null; facts: number }[];
}

// Organisation A's report with an HKEX content index: one disclosure omitted with a reason, one
// not applicable, one located in a section without a figure.
const REPORT_WITH_INDEX = `${KESTREL_REPORT_2025}
HKEX ESG REPORTING GUIDE CONTENT INDEX
Code\tDisclosure\tSection
A1.1\tThe types of emissions and respective emissions data\tNot applicable: the foundry's furnaces are electric and emit no NOx or SOx
A1.2\tDirect and energy indirect greenhouse gas emissions\tA1 Emissions
A2.2\tWater consumption in total and intensity\tA2 Use of Resources
A2.5\tTotal packaging material used for finished products\tNot disclosed: packaging is bought by customers and not tracked
B6.4\tDescription of quality assurance process and recall procedures\tB6 Product Responsibility
`;

const { h, f, owner } = useHarness({ config: { maxUploadBytes: 64 * 1024 }, signIn: { owner: 'ownerA' } });

const coverage = async (periodId: string) =>
  (
    await body<CoverageJson>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${periodId}/checks?framework=hkex-2020`),
    )
  ).coverage;

describe("a period's coverage reads the content index of the reports imported into it", () => {
  it('shows omissions the report explains as explained, with the printed reason', async () => {
    const before = new Map((await coverage(f.periodA2025)).map((c) => [c.code, c]));
    expect(before.get('HKEX:A2.5')?.status).toBe('missing');
    const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/imports`, {
      method: 'POST',
      body: upload('report', 'kestrel-2025.txt', REPORT_WITH_INDEX),
    });
    expect(res.status).toBe(200);
    const after = new Map((await coverage(f.periodA2025)).map((c) => [c.code, c]));
    expect(after.get('HKEX:A2.5')).toMatchObject({ status: 'explained', facts: 0 });
    expect(after.get('HKEX:A2.5')?.location).toMatch(/packaging is bought by customers/);
    expect(after.get('HKEX:A1.1')).toMatchObject({ status: 'explained' });
    expect(after.get('HKEX:A1.1')?.location).toMatch(/furnaces are electric/);
    expect(after.get('HKEX:B6.4')).toMatchObject({
      status: 'disclosed',
      location: 'B6 Product Responsibility',
    });
    // Another period of the same organisation has no report: its coverage is unchanged.
    const other = new Map((await coverage(f.periodA2024)).map((c) => [c.code, c]));
    expect(other.get('HKEX:A2.5')?.status).toBe('missing');
  });
});
