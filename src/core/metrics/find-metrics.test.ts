import { describe, expect, it } from 'vitest';
import { regexWork } from '../../../test/support/regex-work.js';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels and sentences as printed in the corpus reports (dev text reports and dev PDFs), with the
// metric an analyst files them under. Where the unit sits in its own column it is appended, as the
// extractor does when it classifies a row.
const LABELS: readonly (readonly [string, string])[] = [
  // 000 (HKEX-only, office-based)
  ['Total GHG emissions (tons of CO₂ equivalent)', 'ghg.total'],
  [
    'Including: Indirect GHG emissions from energy consumption (Scope 2) (tons of CO ₂ equivalent)',
    'ghg.scope2',
  ],
  ['GHG emission intensity (tons of CO₂ equivalent per square metre)', 'ghg.intensity'],
  ['Including: Total indirect energy consumption (MWh)', 'energy.indirect'],
  ['Energy intensity (MWh per square metre)', 'energy.intensity'],
  ['Total water consumption (tons)', 'water.consumption'],
  ['Water consumption intensity (tons per square meter)', 'water.intensity'],
  ['Number of employees', 'workforce.total'],
  ['Employee turnover*', 'turnover.rate'],
  ['Percentage of employees trained', 'training.trained_share'],
  ['Average training hours of employees', 'training.hours_average'],
  ['the number of working days lost due to work injuries was 0', 'safety.lost_days'],
  ['In the past three years, the Group had no work-related fatalities', 'safety.fatalities'],
  ['there were no concluded legal cases regarding corrupt practices brought against', 'corruption.cases'],
  ['did not involve any product recalls due to health and safety issues', 'product.recalls'],
  ['did not receive any complaints relating to our products or services', 'product.complaints'],
  ['the Company had a total of 475 suppliers', 'suppliers.count'],
  // 001 (Chinese manufacturer, GRI)
  ['• Direct GHG emission (Scope 1)', 'ghg.scope1'],
  ['Indirect GHG emission (Scope 2)', 'ghg.scope2'],
  ['Total energy consumption Tons of standard coal', 'energy.total_tce'],
  ['Total direct energy consumption <sup>6</sup>', 'energy.direct'],
  ['Natural gas Cubic meters', 'energy.natural_gas'],
  ['Total water withdrawal', 'water.withdrawal'],
  ['Total compliant industrial wastewater discharges', 'water.discharge'],
  ['Chemical oxygen demand', 'wastewater.cod'],
  ['Ammonia Nitrogen Discharge in Wastewater', 'wastewater.ammonia_nitrogen'],
  ['Sulfur oxides (SOx) emission', 'air.sox'],
  ['Nitrogen oxides (NOx) emission', 'air.nox'],
  ['Particulate matter emission', 'air.particulate_matter'],
  // Reports translated from Russian name particulate matter "solid particles" (твёрдые частицы).
  ['Emissions of solid particles (fly ash)', 'air.particulate_matter'],
  ['Volatile organic compound (VOC) emission', 'air.voc'],
  ['Total hazardous waste generated<sup>10</sup>', 'waste.hazardous'],
  ['Total general industrial solid waste generated', 'waste.non_hazardous'],
  ['Total utilization of general industrial solid waste', 'waste.diverted'],
  ['Lost work time due to work injuries', 'safety.lost_days'],
  ['Number of work-related fatalities Number of deaths', 'safety.fatalities'],
  ['Workers besides employees Dispatched workers', 'workforce.non_employees'],
  ['Proportion of female management level employees', 'workforce.share'],
  ['Training coverage', 'training.trained_share'],
  ['Employee training total time', 'training.hours_total'],
  ['Training time per capita by gender Male', 'training.hours_average'],
  ['Total suppliers <sup>12</sup>', 'suppliers.count'],
  ['Number of <b>corruption</b> lawsuits filed and concluded against the Company', 'corruption.cases'],
  [
    'Number of <b>customer privacy data</b> lawsuits filed and concluded against the Company',
    'privacy.complaints',
  ],
  ['Total R&D investment', 'innovation.rd_investment'],
  // 003 (HKEX and GRI, tech company)
  ['Total Energy Consumption (MWh)', 'energy.total'],
  ['Including: Purchased electricity (MWh)', 'energy.electricity'],
  ['Intensity of energy consumption (MWh/person)', 'energy.intensity'],
  ['Direct GHG emissions (Scope 1) (tCO ₂ e)', 'ghg.scope1'],
  ['Total GHG emissions (Scope 1 and Scope 2) (tCO $_2$ e)', 'ghg.total'],
  ['GHG emission intensity (tonnes/person)', 'ghg.intensity'],
  ['Total packaging material consumption (tonnes)', 'packaging.total'],
  ['Packaging material consumption intensity (kg/million revenue (RMB))', 'packaging.intensity'],
  ['Total wastewater discharge (tonnes)', 'water.discharge'],
  ['Intensity of wastewater discharge (tonnes/person)', 'water.discharge_intensity'],
  ['Total non-hazardous waste (tonnes)', 'waste.non_hazardous'],
  ['Non-hazardous waste intensity (tonnes/person)', 'waste.non_hazardous_intensity'],
  ['Turnover rate (%)', 'turnover.rate'],
  ['Average training hours per employee (hours)', 'training.hours_average'],
  ['the Group received no complaints about privacy violation or data leakage', 'privacy.complaints'],
  ['In 2022, SenseTime donated RMB 200 thousand', 'community.donations'],
  // Alfa Laval, BP and Microsoft PDFs
  ['Scope 2 (location-based)', 'ghg.scope2'],
  ['Category 6: Business travel', 'ghg.scope3'],
  ['Heating consumption', 'energy.heat'],
  ['Total energy consumed', 'energy.total'],
  ['Rate of employee turnover', 'turnover.rate'],
  ['Total number of employee turnover', 'turnover.count'],
  ['New employee hires', 'hires.count'],
  ['Rate of recordable work-related injuries/rate of LTIs', 'safety.injury_rate'],
  ['Number of high-consequence work-related injuries', 'safety.high_consequence_injuries'],
  ['Number of hours worked', 'safety.hours_worked'],
  ['TRIFR (contractors)', 'safety.injury_rate'],
  ['Incineration (with energy recovery)', 'waste.disposed'],
  ['Hazardous waste generated (excluding deepwell)', 'waste.hazardous'],
  ['Non-hazardous waste generated', 'waste.non_hazardous'],
  ['Hazardous industrial waste', 'waste.hazardous'],
  ['Non-hazardous industrial waste', 'waste.non_hazardous'],
  ['Total industrial waste', 'waste.total'],
  ['Effluents discharged', 'water.discharge'],
  ['Air emissions – nitrogen oxides', 'air.nox'],
  ['Rate of waste recycled or recovered', 'waste.recycling_rate'],
  ['Rate of employee exits', 'turnover.rate'],
  ['Total freshwater withdrawal', 'water.withdrawal'],
  ['Employees completing anti-bribery and corruption training', 'corruption.training_participants'],
  ['Scope 1 (direct) greenhouse gas emissions', 'ghg.scope1'],
  ['Non-renewable fuel consumed', 'energy.fuel_nonrenewable'],
  ['Total renewable electricity consumption', 'energy.renewable'],
  ['Percentage of renewable electricity', 'energy.renewable_share'],
  // A wrapped row whose second line lists what the renewables were (a qualifier, not the measure).
  ['Energy from renewable sources (wind PPA, solar and purchased electricity)', 'energy.renewable'],
  ['Total water discharges', 'water.discharge'],
  ['Total waste generated', 'waste.total'],
  ['Ozone depleting substances', 'air.ods'],
  ['Electricity consumption normalized by revenue (MWh/$M)', 'energy.intensity'],
  ['Total emissions (Scope 1 + 2 + 3)', 'ghg.total'],
  ['Scope 1 + 2', 'ghg.scope1_2'],
  // The frequencies' short names without the R (LTIF, TRIF), as Nordic and oil-and-gas reports print them
  ['LTIF (per million hours)', 'safety.lost_time_injury_rate'],
  ['TRIF (per million hours)', 'safety.injury_rate'],
  // Community investment as South Asian reports name it: CSR spending, or money spent on community development.
  ['Table 4  CSR expenditure by programme', 'community.donations'],
  ['Corporate social responsibility spending (₹ crore)', 'community.donations'],
  ['invested in clinics, scholarships and community development', 'community.donations'],
];

describe('findMetricsByPhrase', () => {
  it.each(LABELS)('%s → %s', (label, id) => {
    expect(findMetricsByPhrase(label)[0]?.metric.id).toBe(id);
  });

  it('ranks a label that names two metrics by its head, not its bracketed qualifier', () => {
    const [first, second] = findMetricsByPhrase('Total GHG emissions (Scope 1 and Scope 2)');
    expect(first?.metric.id).toBe('ghg.total');
    expect(second?.metric.id).toBe('ghg.scope1_2');
    expect(first?.score).toBeGreaterThan(second?.score ?? Infinity);
  });

  it('prefers the standard-coal metric only when the unit says so', () => {
    expect(findMetricsByPhrase('Total energy consumption (MWh)')[0]?.metric.id).toBe('energy.total');
    expect(findMetricsByPhrase('Comprehensive energy consumption (tce)')[0]?.metric.id).toBe(
      'energy.total_tce',
    );
  });

  it('reads look-alike letters, plurals and markup', () => {
    // A Cyrillic "о" inside "Non-hazardous" and "Туре" (Cyrillic Т, у, е), plural "wastes", HTML.
    expect(findMetricsByPhrase('Total N\u043En-hazardous wastes')[0]?.metric.id).toBe('waste.non_hazardous');
    expect(findMetricsByPhrase('Indirect GHG emission (Scope <sub>2</sub>)')[0]?.metric.id).toBe(
      'ghg.scope2',
    );
    expect(findMetricsByPhrase('Hazardous waste by \u0422\u0443\u0440\u0435')[0]?.metric.id).toBe(
      'waste.hazardous',
    );
  });

  it('reports coverage and the matching phrase', () => {
    const [match] = findMetricsByPhrase('Average training hours');
    expect(match?.phrase).toBe('average training hours');
    expect(match?.coverage).toBe(1);
    expect(findMetricsByPhrase('Average training hours by gender')[0]?.coverage).toBeCloseTo(3 / 5);
  });

  it("files fuel rows of an energy table as fuels, not heat or the table's total", () => {
    // Heating oil is a fuel oil (GRI 302-1 a: fuel consumption), not purchased heat.
    expect(findMetricsByPhrase('Heating oil (boilers)')[0]?.metric.id).toBe('energy.other_fuels');
    expect(findMetricsByPhrase('Fuels (ferries)')[0]?.metric.id).toBe('energy.other_fuels');
    // A longer phrase still wins over the bare word.
    expect(findMetricsByPhrase('Fuel consumption')[0]?.metric.id).toBe('energy.direct');
    expect(findMetricsByPhrase('Fossil fuels')[0]?.metric.id).toBe('energy.fuel_nonrenewable');
    expect(findMetricsByPhrase('Fatal accidents')[0]?.metric.id).toBe('safety.fatalities');
  });

  it("files a share of grid electricity apart from electricity consumed (SASB's energy metric)", () => {
    expect(findMetricsByPhrase('(ii) Percentage grid electricity')[0]?.metric.id).toBe(
      'energy.grid_electricity_share',
    );
    expect(findMetricsByPhrase('Grid electricity share of energy (%)')[0]?.metric.id).toBe(
      'energy.grid_electricity_share',
    );
    expect(findMetricsByPhrase('Grid electricity (MWh)')[0]?.metric.id).toBe('energy.electricity');
  });

  it('files a figure per FTE by what it measures, not as full-time equivalents', () => {
    expect(findMetricsByPhrase('Revenue per FTE')[0]?.metric.id).toBe('economic.revenue');
    expect(findMetricsByPhrase('Employees (FTE)')[0]?.metric.id).toBe('workforce.fte');
  });

  it('files Polish revenue and community giving by their wording', () => {
    expect(findMetricsByPhrase('Przychody ze sprzedaży w 2031 r. (mln zł)')[0]?.metric.id).toBe(
      'economic.revenue',
    );
    expect(findMetricsByPhrase('przekazaliśmy darowizny dla szkół (tys. zł)')[0]?.metric.id).toBe(
      'community.donations',
    );
    expect(findMetricsByPhrase('Inwestycje społeczne')[0]?.metric.id).toBe('community.donations');
  });

  it('returns nothing for text with no metric phrasing, and honours the limit', () => {
    expect(findMetricsByPhrase('Male')).toEqual([]);
    expect(findMetricsByPhrase('')).toEqual([]);
    expect(findMetricsByPhrase('Total GHG emissions (Scope 1 and Scope 2)', { limit: 2 })).toHaveLength(2);
  });

  // Work is counted, not timed (test/support/regex-work.ts): a stopwatch flakes on a busy machine.
  it('does bounded work on very long input: twice the length costs exactly the same', () => {
    findMetricsByPhrase('scope 1 emissions'); // builds the phrase index, which is not the label's work
    const work = (repeats: number) =>
      regexWork(() => findMetricsByPhrase('scope 1 emissions '.repeat(repeats))[0]?.metric.id);
    const long = work(50_000);
    const longer = work(100_000);
    expect(long.result).toBe('ghg.scope1');
    expect(longer.result).toBe('ghg.scope1');
    // The text is cut before it is matched, so the work past the cut does not grow with the input.
    expect(long.calls).toBeGreaterThan(0);
    expect(longer).toEqual(long);
  });
});
