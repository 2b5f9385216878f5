import { utcDatetimeText } from "./sqlite-clients";

/**
 * A batch as one JSON parameter: an array of row arrays, read back in SQL by
 * `json_each(?)` and `value->>n`. node-sqlite3 spends most of an insert binding parameters
 * one by one; a single text parameter (parsed by SQLite's own JSON reader) is much cheaper.
 *
 * Each cell is written so that `->>` yields the value the bound parameter would have been:
 * - numbers as their JavaScript text, which is exactly the literal TypeORM inlines for a number
 *   (an integral one is an INTEGER, any other a REAL, parsed by the same SQLite routine);
 *   NaN as null and ±Infinity as ±9e999 (what binding them stores);
 * - booleans, Dates and bigints as the driver binds TypeORM's parameters (1/0, which
 *   better-sqlite3 binds as REAL; UTC datetime text; see `sqliteParameters`);
 * - strings as JSON strings (`->>` gives TEXT, so column affinity acts as on bound text);
 * - cells JSON can't carry exactly are "special": a blob as `["<hex>"]`, and text that SQLite's
 *   JSON reader would change (a NUL, which SQLite before 3.45 cuts the text at; a lone
 *   surrogate, which node-sqlite3 binds as U+FFFD) as `{"t":"<hex of its UTF-8>"}`.
 *   A column with a special cell in the batch reads its cells through {@link jsonCellSql}'s
 *   `CASE json_type(…)`; other columns are a plain `value->>n`.
 */
export interface JsonRows {
  /** The JSON text: `rowCount` arrays of the row's cells, then its presence flags. */
  readonly text: string;
  /** Positions (into a row array, ascending) where some row holds a special cell. */
  readonly special: readonly number[];
}

/** Characters `JSON.stringify` escapes (or may: any surrogate), so that the rest is safe to quote as it is. */
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON escape that SQLite's JSON reader does not turn back into the bound text (see {@link JsonRows}). */
const UNSAFE_ESCAPE = { "sqlite3": /\\u(?:0000|d[89a-f])/, "better-sqlite3": /\\u0000/ } as const;

/**
 * The JSON text of a batch: each row's `width` cells (absent `undefined` cells as null), then a
 * presence flag (1 given, 0 absent) per row position of `flagged`, as `withPresenceFlags` lays
 * them out.
 */
export function jsonRows(
  values: readonly unknown[],
  width: number,
  rowCount: number,
  flagged: readonly number[],
  driver: "sqlite3" | "better-sqlite3",
): JsonRows {
  return (allPlain(values, rowCount * width) && nativeJsonRows(values, width, rowCount, flagged, driver)) || encodedJsonRows(values, width, rowCount, flagged, driver);
}

/** Whether every cell is one `JSON.stringify` writes as {@link CellEncoder} does: a string, a finite number, null or absent. */
function allPlain(values: readonly unknown[], count: number): boolean {
  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (typeof value === "string" || value === null || value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) return false;
  }
  return true;
}

/**
 * The batch through V8's own serializer, which writes a plain batch (see {@link allPlain}) as
 * the cell encoder would (numbers as `String(n)`, `undefined` in an array as null), in a
 * fraction of the time, and as one flat string that the driver copies without flattening a
 * rope first. `undefined` when a string needs the encoder's special form (its escape has a
 * `\u` SQLite would not read back).
 */
function nativeJsonRows(
  values: readonly unknown[],
  width: number,
  rowCount: number,
  flagged: readonly number[],
  driver: "sqlite3" | "better-sqlite3",
): JsonRows | undefined {
  const rows = new Array<unknown[]>(rowCount);
  for (let r = 0, base = 0; r < rowCount; r++, base += width) {
    const row = values.slice(base, base + width);
    for (let k = 0; k < flagged.length; k++) row.push(values[base + flagged[k]!] === undefined ? 0 : 1);
    rows[r] = row;
  }
  const text = JSON.stringify(rows);
  if (text.includes("\\u") && UNSAFE_ESCAPE[driver].test(text)) return undefined;
  return { text, special: [] };
}

/** The batch cell by cell through {@link CellEncoder}, appending to one string. */
function encodedJsonRows(
  values: readonly unknown[],
  width: number,
  rowCount: number,
  flagged: readonly number[],
  driver: "sqlite3" | "better-sqlite3",
): JsonRows {
  const encoder = new CellEncoder(driver, width + flagged.length);
  // appended piece by piece: V8 keeps the pieces as a rope and flattens it once, when it is bound
  let text = "[";
  for (let r = 0, base = 0; r < rowCount; r++, base += width) {
    text += r === 0 ? "[" : ",[";
    for (let c = 0; c < width; c++) text += (c === 0 ? "" : ",") + encoder.cell(values[base + c], c);
    for (let k = 0; k < flagged.length; k++) text += (width + k === 0 ? "" : ",") + (values[base + flagged[k]!] === undefined ? "0" : "1");
    text += "]";
  }
  return { text: `${text}]`, special: encoder.specialPositions() };
}

/** Encodes cells and remembers which row positions held a special one. */
class CellEncoder {
  private readonly special: Uint8Array;
  private anySpecial = false;
  private readonly unsafe: RegExp;

  constructor(
    private readonly driver: "sqlite3" | "better-sqlite3",
    positions: number,
  ) {
    this.special = new Uint8Array(positions);
    this.unsafe = UNSAFE_ESCAPE[driver];
  }

  /** The JSON of one cell at row position `position`. */
  cell(value: unknown, position: number): string {
    switch (typeof value) {
      case "string":
        return this.text(value, position);
      case "number":
        return numberJson(value);
      case "boolean":
        // as bound: 1/0, which better-sqlite3 binds as a REAL (a text column stores "1.0")
        return this.driver === "sqlite3" ? (value ? "1" : "0") : value ? "1.0" : "0.0";
      case "bigint":
        // node-sqlite3 gets a bigint's decimal text (sqliteParameters); better-sqlite3 binds an INTEGER
        return this.driver === "sqlite3" ? `"${value}"` : String(value);
      case "undefined":
        return "null";
      case "object":
        return this.object(value, position);
      default:
        return JSON.stringify(String(value));
    }
  }

  /** Positions that held a special cell. */
  specialPositions(): number[] {
    if (!this.anySpecial) return [];
    const out: number[] = [];
    this.special.forEach((flag, i) => flag && out.push(i));
    return out;
  }

  private text(value: string, position: number): string {
    // most text has nothing JSON escapes: it is its own JSON between quotes
    if (!JSON_ESCAPED.test(value)) return `"${value}"`;
    const json = JSON.stringify(value);
    // only \u escapes can be unsafe: test the cheap part first
    if (json.indexOf("\\u") < 0 || !this.unsafe.test(json)) return json;
    this.mark(position);
    return `{"t":"${Buffer.from(value, "utf8").toString("hex")}"}`;
  }

  private object(value: object | null, position: number): string {
    if (value === null) return "null";
    if (value instanceof Date) return `"${utcDatetimeText(value)}"`;
    if (ArrayBuffer.isView(value)) {
      this.mark(position);
      return `["${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}"]`;
    }
    return JSON.stringify(String(value));
  }

  private mark(position: number): void {
    this.special[position] = 1;
    this.anySpecial = true;
  }
}

/** A number as the literal TypeORM would inline; the non-finite ones as binding them stores them. */
function numberJson(value: number): string {
  if (Number.isFinite(value)) return String(value);
  if (Number.isNaN(value)) return "null";
  return value > 0 ? "9e999" : "-9e999";
}

/**
 * The SQL reading row position `position` of a `json_each` row (`source` is its `value`
 * column): `value->>n`, or for a position with special cells the CASE that decodes them.
 */
export function jsonCellSql(source: string, position: number, special: boolean): string {
  const plain = `${source}->>${position}`;
  if (!special) return plain;
  const cell = `(${source}->${position})`;
  return (
    `CASE json_type(${source}, '$[${position}]') WHEN 'array' THEN unhex(${cell}->>0) ` +
    `WHEN 'object' THEN CAST(unhex(${cell}->>'t') AS TEXT) ELSE ${plain} END`
  );
}
