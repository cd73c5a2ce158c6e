import { describe, expect, it } from 'vitest';
import { thousandsMarkOfLanguage } from './number-language.js';

describe('thousandsMarkOfLanguage', () => {
  it.each([
    [
      'German',
      'Der Wasserverbrauch wurde im Berichtsjahr gesenkt und die Abfälle der Werke mit einer neuen Anlage getrennt.',
    ],
    [
      'Vietnamese',
      'Trong năm, Công ty đã giảm lượng nước sử dụng và các nhà máy được lắp đặt hệ thống xử lý của riêng mình.',
    ],
    [
      'Indonesian',
      'Perusahaan mencatat bahwa limbah turun sebesar sepertiga karena kegiatan daur ulang karyawan.',
    ],
    [
      'Danish',
      'Forbruget af vand blev reduceret, og vores medarbejdere på fabrikken efter ombygningen ikke påvirket.',
    ],
    ['Spanish', 'El consumo de agua y los residuos de las plantas fueron menores según el informe del año.'],
    [
      'Portuguese',
      'O consumo de água dos sites foram reduzidos em uma década pelo programa e também ao nível dos fornecedores.',
    ],
    [
      'Italian',
      'Il consumo della risorsa idrica nel periodo è sceso, anche grazie agli impianti degli stabilimenti nella sede.',
    ],
    [
      'Turkish',
      'Bu yıl su tüketimi ve atık miktarı bir önceki yıla göre azalmış olarak kaydedildi ve tesis için yeni bir plan olan hazırlandı.',
    ],
  ])('reads %s prose as grouping thousands with a point', (_language, prose) => {
    expect(thousandsMarkOfLanguage([prose])).toBe('point');
  });

  it.each([
    [
      'English',
      'The water used by our plants fell this year, and the waste from the kilns was sorted with a new line.',
    ],
    ['Malay', 'Syarikat mencatat bahawa sisa daripada kilang turun kerana aktiviti kitar semula kakitangan.'],
    ['Chinese', '本年度公司用水量下降，废弃物经分类后交由合资格单位处理，员工培训覆盖全部厂区。'],
    ['Japanese', '当社は今年度、水の使用量を削減し、廃棄物の分別を全工場で実施しました。'],
    ['Thai', 'ในปีนี้บริษัทลดการใช้น้ำและคัดแยกขยะในโรงงานทุกแห่ง'],
  ])('reads %s prose as grouping thousands with a comma', (_language, prose) => {
    expect(thousandsMarkOfLanguage([prose])).toBe('comma');
  });

  it('decides nothing on a few words or on two languages that group differently, side by side', () => {
    expect(thousandsMarkOfLanguage(['Scope 1   1.240   1.050'])).toBeUndefined();
    const bilingual = [
      'Der Wasserverbrauch wurde im Berichtsjahr gesenkt und die Abfälle mit einer Anlage getrennt.',
      'The water used by our plants fell this year and the waste was sorted with a new line of the plant.',
    ];
    expect(thousandsMarkOfLanguage(bilingual)).toBeUndefined();
  });
});
