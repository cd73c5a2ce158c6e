import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels as Indonesian sustainability reports (laporan keberlanjutan, POJK 51/2017) print them
// (metrics.id.data.json). Invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['Emisi Cakupan 1 dari pembakaran', 'ghg.scope1'],
  ['Emisi Cakupan 2 (berbasis lokasi)', 'ghg.scope2'],
  ['Total emisi Cakupan 1 dan 2', 'ghg.scope1_2'],
  ['Intensitas emisi GRK (ton CO2e/ton produk)', 'ghg.intensity'],
  ['Total konsumsi energi', 'energy.total'],
  ['Intensitas energi (GJ/ton produk)', 'energy.intensity'],
  ['Listrik PLN', 'energy.electricity'],
  ['Batubara untuk pembangkit', 'energy.coal'],
  ['Pengambilan air permukaan', 'water.withdrawal'],
  ['Konsumsi air', 'water.consumption'],
  ['Jumlah limbah B3', 'waste.hazardous'],
  ['Limbah non-B3 yang dimanfaatkan', 'waste.non_hazardous'],
  ['Jumlah karyawan tetap', 'workforce.total'],
  ['Tingkat perputaran karyawan (%)', 'turnover.rate'],
  ['Rata-rata jam pelatihan per karyawan', 'training.hours_average'],
  ['Total jam pelatihan', 'training.hours_total'],
  ['Kecelakaan fatal', 'safety.fatalities'],
  ['Jam kerja karyawan dan kontraktor', 'safety.hours_worked'],
  ['Dana pengembangan masyarakat', 'community.donations'],
];

describe('Indonesian wordings of the catalogue', () => {
  it('finds each metric in a label', () => {
    for (const [label, id] of LABELS) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('keeps "limbah non B3" (non-hazardous) apart from "limbah B3"', () => {
    const ids = findMetricsByPhrase('Jumlah limbah non B3').map((m) => m.metric.id);
    expect(ids[0]).toBe('waste.non_hazardous');
  });

  it('reads no metric in English words an Indonesian phrase would share ("air", "solar")', () => {
    expect(findMetricsByPhrase('Air quality monitoring').map((m) => m.metric.id)).not.toContain(
      'water.withdrawal',
    );
    expect(findMetricsByPhrase('Solar panels installed').map((m) => m.metric.id)).not.toContain(
      'energy.diesel',
    );
  });
});
