import { BulkError } from "../../errors";
import { delimitedText, escapeField, type FieldText, NULL_FIELD } from "../delimited-text";
import type { InsertBatch } from "../dialect";
import { isBinaryColumn } from "./column-sql";

type Escape = (value: unknown, stringifyObjects: boolean, timeZone: string) => string;

/**
 * Renders a batch for `LOAD DATA … FIELDS TERMINATED BY '\t' ESCAPED BY '\\'`. Values match what
 * mysql2's escaping sends on the INSERT path: booleans as 1/0, dates formatted by mysql2 itself
 * in the connection's time zone. Binary columns (blob, binary, varbinary) travel as hex, read
 * back by `UNHEX` (see `loadDataTargets`), so any bytes, buffers included, arrive unchanged.
 */
export function loadDataText(batch: InsertBatch, timeZone: string): string {
  const { escape } = require("mysql2") as { escape: Escape };
  const binary = batch.columns.map((c) => isBinaryColumn(c.metadata));
  // strings, numbers and NULL are written by delimitedText itself, except in binary columns
  const field: FieldText = (value, column) => {
    if (value === null || value === undefined) return NULL_FIELD;
    if (binary[column]) return hexOf(value, timeZone, escape) ?? unloadable(batch, column);
    switch (typeof value) {
      case "string":
        return escapeField(value);
      case "number":
      case "bigint":
        return String(value);
      case "boolean":
        return value ? "1" : "0";
    }
    if (value instanceof Date) return escape(value, false, timeZone).slice(1, -1);
    return unloadable(batch, column);
  };
  return delimitedText(batch, field, binary);
}

/** The hex of the bytes a value puts into a binary column on the INSERT path. */
function hexOf(value: unknown, timeZone: string, escape: Escape): string | undefined {
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex");
  let text: string;
  switch (typeof value) {
    case "string":
      text = value;
      break;
    case "number":
    case "bigint":
      text = String(value);
      break;
    case "boolean":
      text = value ? "1" : "0";
      break;
    default:
      if (!(value instanceof Date)) return undefined;
      text = escape(value, false, timeZone).slice(1, -1);
  }
  return Buffer.from(text, "utf8").toString("hex");
}

function unloadable(batch: InsertBatch, column: number): never {
  const name = batch.columns[column]!.metadata.propertyPath;
  throw new BulkError(
    `${batch.plan.entityName}: method "load" can't carry the value of "${name}" (structured); use method "values"`,
    { entity: batch.plan.entityName, key: name },
  );
}

/** The 1-based data row a LOAD DATA error or warning names ("… at row 3", "Row 3 was truncated …"). */
export function loadDataErrorRow(message: string): number | undefined {
  const match = /(?:at (?:row|line)|\bRow) (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}
