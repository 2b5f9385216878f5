import { delimitedText, escapeField, NULL_FIELD } from "../delimited-text";
import type { InsertBatch } from "../dialect";

type PrepareValue = (value: unknown) => unknown;

/**
 * Renders a batch as PostgreSQL COPY text format. Each value first goes through node-postgres'
 * own `prepareValue`, the conversion the INSERT path's parameters get (dates in local time,
 * arrays as `{…}`, objects as JSON), so both paths store the same thing.
 */
export function copyText(batch: InsertBatch): string {
  const { prepareValue } = require("pg/lib/utils") as { prepareValue: PrepareValue };
  return delimitedText(batch, (value) => copyField(prepareValue(value)));
}

function copyField(value: unknown): string {
  if (value === null || value === undefined) return NULL_FIELD;
  // bytea's hex text form, whose leading backslash COPY needs escaped
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString("hex")}`;
  return escapeField(String(value));
}

/** The 1-based data line a COPY error names (its `where` field: "COPY user, line 3, column …"). */
export function copyErrorLine(error: unknown): number | undefined {
  const where = (error as { where?: string }).where ?? "";
  const match = /line (\d+)/.exec(where);
  return match ? Number(match[1]) : undefined;
}
