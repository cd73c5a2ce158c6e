// An arrow before a figure gives the direction of a change, as Chinese and Japanese tables print a
// year-on-year column ("↑5.4%", "↓16.9%", "▼ 3.1%"): a falling arrow is a minus sign, a rising one a plus.
// Filled and hollow triangles and the plain and heavy arrows are all printed for it.

/** The arrows that mark a rise, as the body of a regular-expression character class. */
export const RISING_ARROWS = '▲△↑⬆';

/** The arrows that mark a fall, as the body of a regular-expression character class. */
export const FALLING_ARROWS = '▼▽↓⬇';
