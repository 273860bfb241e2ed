/**
 * A contract enumeration as plain values, so the contract module's runtime (zod) stays out of the
 * bundle: `allValues<Value>()([…])` keeps the list's literal types and fails to compile when the
 * list misses a value of `Value` (the contract gained one) or names one that is not a value.
 */
export function allValues<Value extends string>() {
  return <const Listed extends readonly Value[]>(values: Listed & NamesEvery<Value, Listed>): Listed => values;
}

type NamesEvery<Value, Listed extends readonly unknown[]> = [Exclude<Value, Listed[number]>] extends [never]
  ? unknown
  : { missing: Exclude<Value, Listed[number]> };
