// Keys of rows that must not share a statement (see `WriteOperation.rowKey`).

/**
 * A column value as key text, loosely: case and trailing blanks folded, `1` equal to `"1"`, so
 * that two values a database may treat as the same key get the same text. Folding too much
 * only costs a statement; folding too little would let two writes of one row share a statement.
 */
export function keyText(value: unknown): string {
  if (typeof value === "string") return value.toLowerCase().trimEnd();
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex");
  if (value instanceof Date) return String(value.getTime());
  if (typeof value === "object" && value !== null) return JSON.stringify(value) ?? String(value);
  return String(value);
}

/** The key text of the values at `positions` of `values` (one row's slots). */
export function keyAt(values: readonly unknown[], positions: readonly number[]): string {
  if (positions.length === 1) return keyText(values[positions[0]!]);
  let key = "";
  for (const position of positions) key += `${keyText(values[position])}\u0000`;
  return key;
}
