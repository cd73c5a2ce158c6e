import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { phraseKey } from './phrase-tokens.js';

// Row labels as Greek sustainability reports print them (metrics.el.data.json). Invented wordings.
const GREEK: readonly (readonly [string, string])[] = [
  ['Άμεσες εκπομπές (Πεδίο 1)', 'ghg.scope1'],
  ['Εκπομπές Πεδίου 2 – μέθοδος αγοράς', 'ghg.scope2'],
  ['Σύνολο Πεδίου 1 και 2', 'ghg.scope1_2'],
  ['ΕΚΠΟΜΠΕΣ ΑΕΡΙΩΝ ΘΕΡΜΟΚΗΠΙΟΥ', 'ghg.total'],
  ['Συνολική κατανάλωση ενέργειας εντός της εταιρείας', 'energy.total'],
  ['Ηλεκτρική ενέργεια από το δίκτυο', 'energy.electricity'],
  ['Απόληψη νερού από γεωτρήσεις', 'water.withdrawal'],
  ['Μη επικίνδυνα απόβλητα', 'waste.non_hazardous'],
  ['Επικίνδυνα απόβλητα', 'waste.hazardous'],
  ['Συνολικός αριθμός εργαζομένων', 'workforce.total'],
  ['Κινητικότητα προσωπικού (%)', 'turnover.rate'],
  ['Μέσες ώρες εκπαίδευσης ανά εργαζόμενο', 'training.hours_average'],
  ['Ατυχήματα με απώλεια χρόνου εργασίας', 'safety.lost_time_injuries'],
  ['Αριθμός προμηθευτών', 'suppliers.count'],
  ['Παράπονα πελατών', 'product.complaints'],
  ['Δωρεές και χορηγίες', 'community.donations'],
];

describe('Greek wordings of the catalogue', () => {
  it('finds each Greek metric in a label, whatever its case or accents', () => {
    for (const [label, id] of GREEK) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('reads a Greek word in its other cases as one ("εκπομπές", "εκπομπών"; "ατυχήματα", "ατυχημάτων")', () => {
    expect(phraseKey('Εκπομπές')).toBe(phraseKey('εκπομπών'));
    expect(phraseKey('ατυχήματα')).toBe(phraseKey('ΑΤΥΧΗΜΑΤΩΝ'));
    expect(phraseKey('Κατανάλωση ενέργειας')).toBe(phraseKey('κατανάλωσης ενέργειας'));
  });

  it('keeps Greek words of look-alike letters Greek among other Greek words ("ΚΑΙ", "ΝΕΡΟ")', () => {
    expect(phraseKey('ΑΠΟΛΗΨΗ ΝΕΡΟΥ')).toBe(phraseKey('απόληψη νερού'));
    expect(phraseKey('Πεδίο 1 ΚΑΙ 2')).toBe(phraseKey('πεδίο 1 and 2'));
  });

  it('reads a lone μ as the micro prefix, not a Greek word', () => {
    expect(phraseKey('PM10 (μg/m3)')).toBe(phraseKey('PM10 (g/m3)'));
  });
});
