import { Readable } from "node:stream";
import type { CanonicalCsvInput } from "../dialect";
import type { ColumnPlan, PlannedColumn } from "../../metadata/column-plan";
import { columnList } from "../values-sql";
import { loadDataFailure, loadDataWarning } from "./load-outcome";

/** The part of mysql2's callback connection a LOAD DATA LOCAL needs. */
interface LoadConnection {
  query(options: { sql: string; infileStreamFactory?: () => Readable }, callback: (err: Error | null, result: unknown) => void): unknown;
  escape(value: string): string;
}

/**
 * `BulkDialect.loadCsv` on MySQL and MariaDB: `LOAD DATA LOCAL INFILE … FIELDS OPTIONALLY
 * ENCLOSED BY '"' ESCAPED BY ''` fed the canonical CSV as it comes. With enclosing quotes and
 * no escape character the server reads RFC 4180 (`""` inside quotes is one quote), the
 * unquoted word NULL as NULL and a quoted cell as text: the canonical form's convention.
 * LOCAL turns bad values and duplicate keys into warnings and keeps going, so any warning
 * fails the load ("at row N" is the record) and the caller's transaction rolls it back.
 */
export async function loadCsvFile(
  native: unknown,
  plan: ColumnPlan,
  columns: readonly PlannedColumn[],
  csv: CanonicalCsvInput,
): Promise<number> {
  const connection = native as LoadConnection;
  const sql =
    `LOAD DATA LOCAL INFILE 'typeorm-bulk' INTO TABLE ${plan.tableName} CHARACTER SET utf8mb4 ` +
    `FIELDS TERMINATED BY ${connection.escape(csv.delimiter)} OPTIONALLY ENCLOSED BY '"' ESCAPED BY '' ` +
    `LINES TERMINATED BY '\\n' ${columnList(columns)}`;
  let loaded: number;
  try {
    const result = await query(connection, { sql, infileStreamFactory: () => Readable.from(csv.chunks) });
    loaded = (result as { affectedRows: number }).affectedRows;
  } catch (error) {
    throw loadDataFailure(error, plan.entityName, "--method values");
  }
  const warning = await loadDataWarning(async (show) => (await query(connection, { sql: show })) as Record<string, unknown>[]);
  if (warning) throw warning;
  return loaded;
}

function query(connection: LoadConnection, options: { sql: string; infileStreamFactory?: () => Readable }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    connection.query(options, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

