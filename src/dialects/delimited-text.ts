import type { InsertBatch } from "./dialect";

// The text both bulk-load channels read (PostgreSQL COPY text format, MySQL LOAD DATA with
// FIELDS TERMINATED BY '\t' ESCAPED BY '\\'): tab-separated fields, one row per line,
// `\N` for NULL, and backslash escapes for the characters that would break the layout.

/** The NULL marker of both formats (distinct from the empty string). */
export const NULL_FIELD = "\\N";

/**
 * Renders one value of column `column` (an index into the batch's columns) as its field text;
 * `index` is the value's position in the batch's values (its row is `index / width`).
 */
export type FieldText = (value: unknown, column: number, index: number) => string;

/**
 * `batch` as lines of tab-separated fields. Strings, numbers and NULL (`null`, `undefined`)
 * are written here, the same way on both channels (escaped text, the number's `toString()`,
 * `\N`); every other value, and every value of a column flagged in `custom`, goes through
 * `field`. Built by appending to one string (V8 keeps it as a rope until it is encoded), with
 * no array per row.
 */
export function delimitedText(batch: InsertBatch, field: FieldText, custom?: readonly boolean[]): string {
  const width = batch.columns.length;
  const values = batch.values;
  const count = batch.rowCount * width;
  let text = "";
  for (let i = 0, c = 0; i < count; i++) {
    const value = values[i];
    if (custom !== undefined && custom[c] === true) text += field(value, c, i);
    else if (typeof value === "string") text += escapeField(value);
    else if (typeof value === "number") text += value.toString();
    else if (value === null || value === undefined) text += NULL_FIELD;
    else text += field(value, c, i);
    if (++c === width) {
      text += "\n";
      c = 0;
    } else {
      text += "\t";
    }
  }
  return text;
}

const SPECIAL = /[\\\t\n\r\0]/;
const SPECIAL_ALL = /[\\\t\n\r\0]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\0": "\\0" };

/** `text` with backslashes, tabs, newlines, carriage returns and NULs backslash-escaped. */
export function escapeField(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (char) => ESCAPES[char]!) : text;
}
