import type { InsertBatch } from "../dialect";

type PrepareValue = (value: unknown) => unknown;

/**
 * Renders a batch as PostgreSQL COPY text format: one line per row, tab-separated, `\N` for
 * NULL. Each value first goes through node-postgres' own `prepareValue`, the conversion the
 * INSERT path's parameters get (dates in local time, arrays as `{…}`, objects as JSON), so both
 * paths store the same thing; then tabs, newlines, carriage returns and backslashes are escaped.
 */
export function copyText(batch: InsertBatch): string {
  const { prepareValue } = require("pg/lib/utils") as { prepareValue: PrepareValue };
  const width = batch.columns.length;
  const lines = new Array<string>(batch.rowCount);
  const fields = new Array<string>(width);
  const values = batch.values;
  for (let r = 0, i = 0; r < batch.rowCount; r++) {
    for (let c = 0; c < width; c++, i++) fields[c] = copyField(prepareValue(values[i]));
    lines[r] = fields.join("\t");
  }
  lines.push("");
  return lines.join("\n");
}

const SPECIAL = /[\\\t\n\r]/;

function copyField(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  // bytea's hex text form, whose leading backslash COPY needs escaped
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString("hex")}`;
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, escapeChar) : text;
}

function escapeChar(char: string): string {
  switch (char) {
    case "\\":
      return "\\\\";
    case "\t":
      return "\\t";
    case "\n":
      return "\\n";
    default:
      return "\\r";
  }
}

/** The 1-based data line a COPY error names (its `where` field: "COPY user, line 3, column …"). */
export function copyErrorLine(error: unknown): number | undefined {
  const where = (error as { where?: string }).where ?? "";
  const match = /line (\d+)/.exec(where);
  return match ? Number(match[1]) : undefined;
}
