import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Indonesian, Malay and Vietnamese sentences stating a change between years. Each text prints
// enough decimal commas ("4,7%", "0,3") for the document to be read in that convention, as these reports are.
describe('Indonesian and Malay stated changes', () => {
  it('reads a verb before "sebesar" and the figure, against a year or the year before', () => {
    expect(
      changesOf('Konsumsi solar armada tambang menurun sebesar 4,7% dibandingkan tahun 2030.', 2031),
    ).toEqual([{ value: '4.7', direction: 'decrease', of: 'Konsumsi solar armada tambang' }]);
    expect(changesOf('Timbulan limbah B3 naik 12,5% dari tahun sebelumnya.', 2031)).toEqual([
      { value: '12.5', direction: 'increase', of: 'Timbulan limbah B3' },
    ]);
    expect(changesOf('Penggunaan elektrik kilang berkurang 2,7% berbanding tahun lepas.', 2031)).toEqual([
      { value: '2.7', direction: 'decrease', of: 'Penggunaan elektrik kilang' },
    ]);
  });

  it('reads a change worded as a noun after "mengalami"', () => {
    expect(
      changesOf(
        'Pengambilan air tanah mengalami peningkatan sebesar 3,1% dibandingkan dengan tahun 2030.',
        2031,
      ),
    ).toEqual([{ value: '3.1', direction: 'increase', of: 'Pengambilan air tanah' }]);
  });

  it('reads ", turun X%" as the change of the figure printed just before it, since an earlier year', () => {
    const text =
      'Pada tahun 2031 konsumsi energi pabrik adalah 2.486.310 GJ, turun 6,4% dibandingkan dengan tahun 2028. ' +
      'Intensitasnya 0,41 GJ per ton dan 0,39 GJ per ton.';
    expect(changesOf(text, 2031)).toEqual([
      { value: '6.4', direction: 'decrease', of: '2486310 GJ', since: 2028 },
    ]);
  });
});

describe('Vietnamese stated changes', () => {
  it('reads "giảm" or "tăng" before the figure, "so với" the year before', () => {
    expect(changesOf('Lượng chất thải rắn giảm 7,3% so với năm trước.', 2031)).toEqual([
      { value: '7.3', direction: 'decrease', of: 'Lượng chất thải rắn' },
    ]);
    expect(changesOf('Điện năng tiêu thụ đã tăng 2,2% so với cùng kỳ năm trước.', 2031)).toEqual([
      { value: '2.2', direction: 'increase', of: 'Điện năng tiêu thụ' },
    ]);
  });

  it('reads ", giảm X%" as the change of the figure printed just before it', () => {
    const text =
      'Tổng lượng nước khai thác năm 2031 là 1.318.460 m3, giảm 3,6% so với năm 2030. ' +
      'Cường độ nước là 2,45 m3/tấn và 2,51 m3/tấn.';
    expect(changesOf(text, 2031)).toEqual([{ value: '3.6', direction: 'decrease', of: '1318460 m3' }]);
  });
});
