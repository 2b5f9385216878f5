import { BulkError } from "../../errors";
import type { InsertBatch } from "../dialect";

type Escape = (value: unknown, stringifyObjects: boolean, timeZone: string) => string;

/**
 * Renders a batch for `LOAD DATA … FIELDS TERMINATED BY '\t' ESCAPED BY '\\'`: one line per row,
 * `\N` for NULL. Values match what mysql2's escaping sends on the INSERT path: booleans as 1/0,
 * dates formatted by mysql2 itself in the connection's time zone; strings get their backslashes,
 * tabs, newlines, carriage returns and NULs escaped.
 */
export function loadDataText(batch: InsertBatch, timeZone: string): string {
  const { escape } = require("mysql2") as { escape: Escape };
  const width = batch.columns.length;
  const lines = new Array<string>(batch.rowCount);
  const fields = new Array<string>(width);
  const values = batch.values;
  for (let r = 0, i = 0; r < batch.rowCount; r++) {
    for (let c = 0; c < width; c++, i++) fields[c] = loadField(values[i], batch, c, escape, timeZone);
    lines[r] = fields.join("\t");
  }
  lines.push("");
  return lines.join("\n");
}

function loadField(value: unknown, batch: InsertBatch, column: number, escape: Escape, timeZone: string): string {
  if (value === null || value === undefined) return "\\N";
  switch (typeof value) {
    case "string":
      return /[\\\t\n\r\0]/.test(value) ? value.replace(/[\\\t\n\r\0]/g, escapeChar) : value;
    case "number":
    case "bigint":
      return String(value);
    case "boolean":
      return value ? "1" : "0";
  }
  if (value instanceof Date) return escape(value, false, timeZone).slice(1, -1);
  const name = batch.columns[column]!.metadata.propertyPath;
  throw new BulkError(`${batch.plan.entityName}: method "load" can't carry the value of "${name}" (binary or structured); use method "values"`, {
    entity: batch.plan.entityName,
    key: name,
  });
}

function escapeChar(char: string): string {
  switch (char) {
    case "\\":
      return "\\\\";
    case "\t":
      return "\\t";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    default:
      return "\\0";
  }
}

/** The 1-based data row a LOAD DATA error or warning names ("… at row 3"). */
export function loadDataErrorRow(message: string): number | undefined {
  const match = /at (?:row|line) (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}
