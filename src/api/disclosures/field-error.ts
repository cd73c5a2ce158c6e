import { isEsgError } from '../../core/index.js';
import { InvalidFieldError } from '../errors/index.js';

/**
 * Runs a store write and turns its INVALID_INPUT, whose message starts with the field it is about
 * (`reason: …`, `thresholds.x: …`), into an {@link InvalidFieldError}, so the response names the field.
 */
export async function namingField<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const field = isEsgError(e) && e.code === 'INVALID_INPUT' ? /^([\w.]+): (.*)$/s.exec(e.message) : null;
    if (field?.[1] !== undefined && field[2] !== undefined)
      throw new InvalidFieldError(field[1], field[2], { cause: e });
    throw e;
  }
}
