import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function sentence(label: string, value: string, unit: string) {
  const m: Mention = {
    kind: 'text',
    line: 9,
    label,
    context: [],
    value,
    unit,
    year: 2023,
    basis: 'actual',
    quote: label,
    dims: {},
  };
  return classifyMention(m, ['hkex-2020', 'gri-2021']).metric?.id;
}

describe('a sentence that says what its figure is with a verb', () => {
  it('reads money invested in or spent on something as that thing’s investment or expenditure', () => {
    expect(
      sentence('This year we spent RMB 3.2 million on environmental protection', '3.2', 'RMB million'),
    ).toBe('environment.investment');
    expect(
      sentence(
        'the Group invested HK$56.1 million in research and development, mainly',
        '56.1',
        'HK$ million',
      ),
    ).toBe('innovation.rd_investment');
    expect(sentence('the Group invested HK$56.1 million last year', '56.1', 'HK$ million')).toBeUndefined();
  });

  it('reads the people a company employs as its headcount, and only the figure after the verb', () => {
    expect(sentence('The Group employs approximately 830 staff across four countries', '830', 'staff')).toBe(
      'workforce.total',
    );
    expect(sentence('employs 830 staff, of whom 120 women', '120', 'women')).not.toBe('workforce.total');
  });
});

describe('power a company’s own plant generates', () => {
  it('is renewable energy, not electricity consumed', () => {
    expect(sentence('our rooftop solar array, generating 845,200 kWh of electricity', '845200', 'kWh')).toBe(
      'energy.renewable',
    );
    expect(sentence('the plant consumed 845,200 kWh of electricity', '845200', 'kWh')).not.toBe(
      'energy.renewable',
    );
  });
});

describe('people who attended or completed a course', () => {
  it('are employees trained, not the headcount; a code of conduct course is anti-corruption training', () => {
    expect(sentence('every one of our 917 staff completed the forklift safety course', '917', 'staff')).toBe(
      'training.trained',
    );
    expect(sentence('In March 1,306 workers took part in the new hygiene induction', '1306', 'workers')).toBe(
      'training.trained',
    );
    expect(
      sentence(
        '584 employees attended a workshop on our code of conduct and whistleblowing',
        '584',
        'employees',
      ),
    ).toBe('corruption.training_participants');
    expect(sentence('We employ 917 staff across four plants', '917', 'staff')).toBe('workforce.total');
  });

  it('reads a group of employees who completed a course as those trained', () => {
    expect(
      sentence(
        'All 2,075 permanent employees completed the revised allergen module',
        '2075',
        'permanent employees',
      ),
    ).toBe('training.trained');
    expect(sentence('Some 96 seasonal workers attended the induction', '96', 'seasonal workers')).toBe(
      'training.trained',
    );
  });

  it('reads a course completed by people, said in the passive, as those trained too', () => {
    expect(sentence('The new lockout induction was completed by 1,306 workers', '1306', 'workers')).toBe(
      'training.trained',
    );
    expect(
      sentence(
        'Whistleblowing and anti-bribery training was completed by 2,417 office employees',
        '2417',
        'employees',
      ),
    ).toBe('corruption.training_participants');
    expect(
      sentence(
        'Compliance training (online) was completed by 3,212 employees of the group',
        '3212',
        'employees',
      ),
    ).toBe('corruption.training_participants');
    expect(sentence('The audit was completed by 14 employees of the plant', '14', 'employees')).not.toBe(
      'training.trained',
    );
  });
});

describe('money a sentence says went to the communities it names', () => {
  it('is community investment, in English, Spanish or Portuguese, whatever it funded', () => {
    expect(
      sentence(
        'Together with the communities of Pinecrest, Lowmoor and Ashby we invested NZ$ 3.25 million in school meals',
        '3.25',
        'NZ$ million',
      ),
    ).toBe('community.donations');
    expect(
      sentence(
        'Junto a las comunidades de Rioverde, Altamira y Cerrolindo destinamos US$ 41.7 millones a becas y huertos',
        '41.7',
        'US$ millones',
      ),
    ).toBe('community.donations');
    expect(sentence('investimos R$ 14 milhões nas comunidades vizinhas', '14', 'R$ milhões')).toBe(
      'community.donations',
    );
    expect(
      sentence(
        'the community hall hosted 12 events; we invested US$ 41.7 million in a kiln',
        '41.7',
        'US$ million',
      ),
    ).not.toBe('community.donations');
  });

  it('reads a table row of social investment in Spanish as community investment', () => {
    const m: Mention = {
      kind: 'table',
      line: 40,
      label: 'Inversión social en la comunidad',
      context: ['Valor económico distribuido (miles de US$)'],
      value: '2915',
      unit: 'miles de US$',
      year: 2025,
      basis: 'actual',
      quote: 'Inversión social en la comunidad   2,915',
      dims: {},
    };
    expect(classifyMention(m, ['gri-2021']).metric?.id).toBe('community.donations');
  });
});

describe('a part of a waste stream a lead clause names', () => {
  it('is the waste the verb says was treated, not the whole stream', () => {
    expect(
      sentence('Of the hazardous waste, 318.7 tonnes were recycled by a licensed firm', '318.7', 'tonnes'),
    ).toBe('waste.diverted');
    expect(
      sentence('Of the non-hazardous waste, 2,914.5 t (cardboard and timber) were composted', '2914.5', 't'),
    ).toBe('waste.diverted');
    expect(sentence('Hazardous waste fell to 318.7 tonnes in the year', '318.7', 'tonnes')).toBe(
      'waste.hazardous',
    );
  });
});

describe('hours of a described course', () => {
  it('reads person-hours or man-hours of training named after a few words as training hours', () => {
    const total = 'training.hours_total';
    expect(
      sentence(
        'Our fitters received 7,315 person-hours of welding and rigging training in 2023',
        '7315',
        'person-hours',
      ),
    ).toBe(total);
    expect(
      sentence('Drivers logged 2,904 man-hours of defensive-driving training', '2904', 'man-hours'),
    ).toBe(total);
    expect(sentence('Crews worked 1,480,200 person-hours in 2023', '1480200', 'person-hours')).toBe(
      'safety.hours_worked',
    );
    expect(
      sentence('Crews logged 61,400 person-hours of work on the training centre', '61400', 'person-hours'),
    ).not.toBe(total);
    expect(
      sentence('Managers took 610 person-hours of anti-corruption training', '610', 'person-hours'),
    ).not.toBe(total);
  });

  it('reads plain hours so too, unless the course is one topic', () => {
    const total = 'training.hours_total';
    expect(sentence('Apprentices had 3,870 hours of classroom and workshop training', '3870', 'hours')).toBe(
      total,
    );
    expect(sentence('Drivers had 1,120 hours of fire safety training', '1120', 'hours')).not.toBe(total);
  });
});
