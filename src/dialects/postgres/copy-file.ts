import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ColumnPlan, PlannedColumn } from "../../metadata/column-plan";
import { BatchRowError, type CanonicalCsvInput } from "../dialect";
import { columnList } from "../values-sql";
import { copyErrorLine, withKeyDetail } from "./copy-text";

/** The part of node-postgres' client a COPY needs. */
interface CopyClient {
  query<T extends Writable>(stream: T): T;
}

/**
 * `BulkDialect.loadCsv` on PostgreSQL: `COPY … FROM STDIN (FORMAT csv, NULL 'NULL')` fed the
 * canonical CSV as it comes. In CSV format COPY reads an unquoted NULL as NULL and a quoted
 * cell, `""` included, as text: the canonical form's convention. A row error names the COPY
 * line, which counts records (a quoted LF doesn't start a line) and CRs inside quoted cells.
 */
export async function copyCsv(
  native: unknown,
  plan: ColumnPlan,
  columns: readonly PlannedColumn[],
  csv: CanonicalCsvInput,
): Promise<number> {
  const { from } = require("pg-copy-streams") as typeof import("pg-copy-streams");
  const { escapeLiteral } = require("pg") as { escapeLiteral(value: string): string };
  const sql = `COPY ${plan.tableName} ${columnList(columns)} FROM STDIN (FORMAT csv, DELIMITER ${escapeLiteral(csv.delimiter)}, NULL 'NULL')`;
  const stream = (native as CopyClient).query(from(sql));
  try {
    await pipeline(Readable.from(csv.chunks), stream).catch(withKeyDetail);
  } catch (error) {
    const line = copyErrorLine(error, plan.metadata.tableName);
    if (line === undefined) throw error;
    throw new BatchRowError(`COPY line ${line}: ${(error as Error).message}`, csv.recordAtCopyLine(line), error);
  }
  return stream.rowCount;
}
