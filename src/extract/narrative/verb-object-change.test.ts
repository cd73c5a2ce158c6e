// Stated changes worded verb first: "we cut X by N%", where the changed quantity follows the verb.
import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

describe('stated changes worded verb, object, figure', () => {
  it('reads what the verb changed as the subject of the change', () => {
    expect(
      changesOf(
        'New chillers let the plant reduce costs, and we reduced our process water withdrawal by 4.35% compared with 2023.',
      ),
    ).toEqual([{ value: '4.35', direction: 'decrease', of: 'process water withdrawal' }]);
    expect(changesOf('Over the year the group increased fleet diesel use by 11% year on year.')).toEqual([
      { value: '11', direction: 'increase', of: 'fleet diesel use' },
    ]);
  });

  it('reads "lowered" and "raised" as the verbs of a change', () => {
    expect(changesOf('In the kilns we lowered our propane use by 8.15% compared with 2023.')).toEqual([
      { value: '8.15', direction: 'decrease', of: 'propane use' },
    ]);
    expect(changesOf('The mill raised its recycled fibre intake by 2.6% year on year.')).toEqual([
      { value: '2.6', direction: 'increase', of: 'recycled fibre intake' },
    ]);
  });

  it('still needs a comparison: a target to cut something by a share is no change', () => {
    expect(changesOf('We aim to cut water withdrawal by 20% by 2030.')).toEqual([]);
  });
});
