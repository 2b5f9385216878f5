import type { InsertBatch } from "./dialect";

// The text both bulk-load channels read (PostgreSQL COPY text format, MySQL LOAD DATA with
// FIELDS TERMINATED BY '\t' ESCAPED BY '\\'): tab-separated fields, one row per line,
// `\N` for NULL, and backslash escapes for the characters that would break the layout.

/** The NULL marker of both formats (distinct from the empty string). */
export const NULL_FIELD = "\\N";

/** `batch` as lines of tab-separated fields; `field(value, column)` renders one value. */
export function delimitedText(batch: InsertBatch, field: (value: unknown, column: number) => string): string {
  const width = batch.columns.length;
  const lines = new Array<string>(batch.rowCount + 1);
  const fields = new Array<string>(width);
  const values = batch.values;
  for (let r = 0, i = 0; r < batch.rowCount; r++) {
    for (let c = 0; c < width; c++, i++) fields[c] = field(values[i], c);
    lines[r] = fields.join("\t");
  }
  lines[batch.rowCount] = "";
  return lines.join("\n");
}

const SPECIAL = /[\\\t\n\r\0]/;
const SPECIAL_ALL = /[\\\t\n\r\0]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\0": "\\0" };

/** `text` with backslashes, tabs, newlines, carriage returns and NULs backslash-escaped. */
export function escapeField(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (char) => ESCAPES[char]!) : text;
}
