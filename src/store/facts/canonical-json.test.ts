import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('spells equal values one way whatever the key order, at every depth', () => {
    const a = { scope2_method: 'market', gender: 'female', nested: { z: 1, a: [{ y: 2, b: 3 }] } };
    const b = { nested: { a: [{ b: 3, y: 2 }], z: 1 }, gender: 'female', scope2_method: 'market' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe(
      '{"gender":"female","nested":{"a":[{"b":3,"y":2}],"z":1},"scope2_method":"market"}',
    );
  });

  it('drops undefined members and keeps array order', () => {
    expect(canonicalJson({ note: undefined, line: 12 })).toBe('{"line":12}');
    expect(canonicalJson(['b', 'a'])).not.toBe(canonicalJson(['a', 'b']));
  });
});
