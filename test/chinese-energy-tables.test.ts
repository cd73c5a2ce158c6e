// Chinese energy and staff tables as mainland issuers print them in a 可持续发展报告: each energy source in
// its physical unit by year beside that year's figure in tonnes of standard coal equivalent, and staff
// rows printing only the latest year's figure and its share. Companies and figures are invented.
import { describe, expect, it } from 'vitest';
import { byLine, facts } from './support/facts-by-line.js';

const COAL_EQUIVALENT = [
  '青禾新能源科技股份有限公司 2031年可持续发展报告',
  '',
  '品种              计量单位        2031年        2030年        2029年        2031年折标煤（吨标准煤）',
  '柴油              吨              61.4          66.0          70.3          89.5',
  '液化石油气        吨              23.8          21.2          19.6          40.8',
  '',
].join('\n');

describe('Chinese energy tables with a coal-equivalent column', () => {
  it('dates the year columns and reads the last column as that year in tce', () => {
    const found = facts(COAL_EQUIVALENT);
    expect(byLine(found, 4)).toEqual([
      [2031, '61.4', 't'],
      [2030, '66', 't'],
      [2029, '70.3', 't'],
      // 89.5 tce, held in the catalogue's MWh (1 tce = 29.3076 GJ): not 89.5 t of diesel.
      [2031, '728.6195', 'MWh'],
    ]);
    expect(byLine(found, 5).map((r) => r[0])).toEqual([2031, 2030, 2029, 2031]);
  });
});

const LATEST_WITH_SHARE = [
  '表3  员工结构',
  '指标                  2031年        占比          2030年        2029年',
  '在职员工（人）        4,120         100%          3,870         3,655',
  '本科及以上（人）      1,236         30.0%',
  '大专及以下（人）      2,884         70.0%',
  '',
].join('\n');

describe('rows printing only the latest year and its share', () => {
  it('dates the figure and its share to the first year, not to the last two columns', () => {
    const found = facts(LATEST_WITH_SHARE);
    expect(byLine(found, 4)).toEqual([
      [2031, '1236', 'persons'],
      [2031, '30', '%'],
    ]);
    expect(byLine(found, 3).map((r) => r[0])).toEqual([2031, 2031, 2030, 2029]);
  });
});

const BY_POSITION = [
  '青禾新能源科技股份有限公司 2031年可持续发展报告',
  '',
  '表6  员工构成（单位：人）',
  '类别                              男性        女性        合计',
  '按岗位',
  '  生产人员                       2,044         391       2,435',
  '  技术研发人员                     517         143         660',
  '合计                             2,561         534       3,095',
  '',
].join('\n');

describe('an R&D category among staff categories', () => {
  it('reads 技术研发人员 under 按岗位 as a category of the headcount, not the R&D headcount', () => {
    const rows = facts(BY_POSITION).filter(
      (f) => f.provenance.kind === 'document' && f.provenance.location.line === 7,
    );
    expect(rows.map((f) => [f.metric, f.quantity.value.toString(), f.dims.employee_category])).toEqual([
      ['workforce.total', '517', '技术研发人员'],
      ['workforce.total', '143', '技术研发人员'],
      ['workforce.total', '660', '技术研发人员'],
    ]);
  });
});

const ATTENDANCES = [
  '青禾新能源科技股份有限公司 2031年可持续发展报告',
  '',
  '表8  员工培训情况（单位：人）',
  '员工类别          培训人次        受训人数',
  '管理人员          1,376           298',
  '一线员工          9,054           2,611',
  '',
].join('\n');

describe('person-times beside people trained', () => {
  it('reads 培训人次 as attendances, never as persons, even under a table in 人', () => {
    const found = facts(ATTENDANCES);
    expect(byLine(found, 5)).toEqual([
      [2031, '1376', '人次'],
      [2031, '298', 'persons'],
    ]);
  });
});
