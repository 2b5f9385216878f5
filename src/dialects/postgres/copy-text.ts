import { delimitedText, escapeField, type FieldText, NULL_FIELD } from "../delimited-text";
import type { InsertBatch } from "../dialect";
import type { PgColumn } from "./catalog";
import { bufferAsText, prepareValue, refusal } from "./pg-values";

/**
 * Renders a batch as PostgreSQL COPY text format. Each value first goes through node-postgres'
 * own `prepareValue`, the conversion the INSERT path's parameters get (dates in local time,
 * arrays as `{…}`, objects as JSON), so both paths store the same thing. A Buffer, which the
 * INSERT path sends as a binary parameter, becomes what the column's type reads from one.
 * `columns` are the catalog entries of the batch's columns, in order.
 */
export function copyText(batch: InsertBatch, columns: readonly PgColumn[]): string {
  // strings, numbers and NULL (what prepareValue leaves as they are, or turns into their
  // toString()) are written by delimitedText itself; everything else is prepared here
  const field: FieldText = (value, column, index) => {
    let prepared: unknown;
    try {
      prepared = prepareValue(value);
      if (!Buffer.isBuffer(prepared)) return prepared === null || prepared === undefined ? NULL_FIELD : escapeField(String(prepared));
      const text = bufferAsText(prepared, columns[column]!.bufferInput);
      // bytea's hex text form, whose leading backslash COPY needs escaped
      return text === undefined ? `\\\\x${prepared.toString("hex")}` : escapeField(text);
    } catch (error) {
      throw refusal(error, batch.plan.entityName, batch.columns[column]!, Math.floor(index / batch.columns.length));
    }
  };
  return delimitedText(batch, field);
}

/** SQLSTATE classes of errors about the row being written: data exceptions, integrity violations, a trigger's RAISE. */
const ROW_ERROR_CLASSES = new Set(["22", "23", "P0"]);

/**
 * The 1-based data line a COPY error is about, or `undefined` when it isn't about one row.
 * PostgreSQL's context (`where`) names the line it was reading ("COPY user, line 3, column …")
 * whatever went wrong, including a cancelled statement or a terminated connection; only errors
 * of a row-specific class are taken as that row's fault, and only from the COPY's own context
 * line (a trigger's context has lines of its own: "PL/pgSQL function f() line 4 at RAISE").
 */
export function copyErrorLine(error: unknown, relname: string): number | undefined {
  const { code, where } = error as { code?: unknown; where?: unknown };
  if (typeof code !== "string" || !ROW_ERROR_CLASSES.has(code.slice(0, 2)) || typeof where !== "string") return undefined;
  const prefix = `COPY ${relname}, line `;
  for (const line of where.split("\n")) {
    if (!line.startsWith(prefix)) continue;
    const match = /^\d+/.exec(line.slice(prefix.length));
    return match ? Number(match[0]) : undefined;
  }
  return undefined;
}

/**
 * Rethrows a driver error with the key a unique or foreign-key violation is about in its
 * message ("Key (roleId)=(9) is not present in table …"), which node-postgres keeps in
 * `detail`; other details ("Failing row contains …", every column's value) stay there.
 */
export function withKeyDetail(error: unknown): never {
  const detail = (error as { detail?: unknown } | null)?.detail;
  if (error instanceof Error && typeof detail === "string" && detail.startsWith("Key (") && !error.message.includes(detail)) {
    error.message = `${error.message}: ${detail}`;
  }
  throw error;
}
