// Test-only: a count of the work extraction does, for bounds that cannot flake as a stopwatch can.
// Reading is regular-expression matching over lines, and every match (test, match, matchAll, replace,
// split) goes through RegExp.prototype.exec (ECMA-262 §22.2.7.1 RegExpExec), so counting exec calls
// and the characters each may scan measures the work the same way on a busy machine and an idle one.

/** The regular-expression work of one run: exec calls, and characters from where each starts to the end. */
export interface RegexWork<T> {
  readonly result: T;
  readonly calls: number;
  readonly chars: number;
}

/** Runs `run` with RegExp.prototype.exec counted; restores it afterwards. */
export function regexWork<T>(run: () => T): RegexWork<T> {
  const original = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')?.value as (
    this: RegExp,
    input: string,
  ) => RegExpExecArray | null;
  let calls = 0;
  let chars = 0;
  RegExp.prototype.exec = function exec(this: RegExp, input: string): RegExpExecArray | null {
    calls += 1;
    const text = input;
    // A sticky match tries one position; a global one starts at lastIndex.
    const from = this.global ? Math.min(this.lastIndex, text.length) : 0;
    chars += this.sticky ? 1 : text.length - from;
    return original.call(this, text);
  };
  try {
    return { result: run(), calls, chars };
  } finally {
    RegExp.prototype.exec = original;
  }
}
