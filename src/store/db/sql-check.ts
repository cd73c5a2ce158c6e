import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * A CHECK expression `column IN ('a', 'b')`. Migrations spell the allowed values out instead of
 * importing the `as const` lists, so an applied migration never changes when a list grows.
 */
export function sqlIn(column: string, values: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
