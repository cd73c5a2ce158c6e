// Stated changes worded in Romanian: a verb after its subject ("au scăzut cu 4,1%", "a crescut cu"),
// against the year before ("față de anul trecut") or a year ("comparativ cu 2023"), and a change noun
// ("o reducere de 9%"). Sentences are invented.
import { describe, expect, it } from 'vitest';
import { changesOf } from '../src/extract/narrative/testing/read-mentions.js';

describe('stated changes worded in Romanian', () => {
  it('reads a change verb after its subject', () => {
    expect(
      changesOf(
        'Consumul de motorină al flotei a scăzut cu 4,1% față de anul trecut, iar consumul de apă a crescut cu 2,3% comparativ cu 2023.',
      ),
    ).toEqual([
      { value: '4.1', direction: 'decrease', of: 'Consumul de motorină al flotei' },
      { value: '2.3', direction: 'increase', of: 'consumul de apă' },
    ]);
    expect(changesOf('Emisiile indirecte (Scope 2) au scăzut cu 9,4% față de anul precedent.')).toEqual([
      { value: '9.4', direction: 'decrease', of: 'Emisiile indirecte (Scope 2)' },
    ]);
    expect(changesOf('Deșeurile periculoase s-au redus cu 12% în 2024.')).toEqual([
      { value: '12', direction: 'decrease', of: 'Deșeurile periculoase' },
    ]);
  });

  it('reads a change noun', () => {
    expect(
      changesOf('Consumul de gaz natural a înregistrat o reducere de 7,5% față de anul trecut.'),
    ).toEqual([{ value: '7.5', direction: 'decrease', of: 'Consumul de gaz natural' }]);
  });
});
