import { BulkError } from "../../errors";
import { delimitedText, escapeField, NULL_FIELD } from "../delimited-text";
import type { InsertBatch } from "../dialect";

type Escape = (value: unknown, stringifyObjects: boolean, timeZone: string) => string;

/**
 * Renders a batch for `LOAD DATA … FIELDS TERMINATED BY '\t' ESCAPED BY '\\'`. Values match what
 * mysql2's escaping sends on the INSERT path: booleans as 1/0, dates formatted by mysql2 itself
 * in the connection's time zone.
 */
export function loadDataText(batch: InsertBatch, timeZone: string): string {
  const { escape } = require("mysql2") as { escape: Escape };
  return delimitedText(batch, (value, column) => {
    if (value === null || value === undefined) return NULL_FIELD;
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
    const name = batch.columns[column]!.metadata.propertyPath;
    throw new BulkError(
      `${batch.plan.entityName}: method "load" can't carry the value of "${name}" (binary or structured); use method "values"`,
      { entity: batch.plan.entityName, key: name },
    );
  });
}

/** The 1-based data row a LOAD DATA error or warning names ("… at row 3"). */
export function loadDataErrorRow(message: string): number | undefined {
  const match = /at (?:row|line) (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}
