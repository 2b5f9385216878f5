import { Readable } from "node:stream";
import { BulkError } from "../../errors";
import type { ColumnPlan } from "../../metadata/column-plan";
import type { SqlStatement } from "../../types";
import { BatchRowError, type BulkDialect, type DatabaseClient, type ExecResult, type InsertBatch, type InsertOutcome, type UpdateBatch } from "../dialect";
import {
  type Bookkeeping,
  bookkeepingSets,
  countExistingKeys,
  keyMatch,
  returningClause,
  sourceAliases,
  updateSetList,
} from "../on-conflict-sql";
import { columnList, partialKey, shapeKey, SqlCache, valuesClause, withPresenceFlags } from "../values-sql";
import { loadDataErrorRow, loadDataText } from "./load-data-text";

/** Placeholders one prepared statement may hold (a 16-bit count in the protocol). */
const MAX_PLACEHOLDERS = 65535;
/** ER_DUP_ENTRY: the one warning `INSERT IGNORE` may leave for `onConflict: "ignore"`. */
const DUPLICATE_ENTRY = 1062;
/** `CURRENT_TIMESTAMP(6)` for a `datetime(6)` column: plain CURRENT_TIMESTAMP would drop its fraction. */
const BOOKKEEPING: Bookkeeping = {
  now: (column) => (column.precision ? `CURRENT_TIMESTAMP(${column.precision})` : "CURRENT_TIMESTAMP"),
  current: "",
};

/** The part of mysql2's callback `Connection` used here (what TypeORM's pool hands out). */
interface MysqlConnection {
  query(sql: string, values: unknown[], callback: (err: Error | null, result: unknown) => void): unknown;
  query(options: { sql: string; infileStreamFactory: () => Readable }, callback: (err: Error | null, result: unknown) => void): unknown;
  config?: { timezone?: string };
}

/**
 * The parameter mysql2's client-side formatting renders as the keyword `DEFAULT` (its
 * `toSqlString` hook): an absent cell of a multi-row VALUES, so one statement text serves
 * every pattern of absent cells.
 */
const DEFAULT_KEYWORD = Object.freeze({ toSqlString: () => "DEFAULT" });

/** Errors of a server or client that refuses LOAD DATA LOCAL (MySQL 3948/1148, MariaDB 4166). */
const LOCAL_INFILE_REFUSED = new Set([1148, 3948, 4166]);

/** mysql2's result of a statement that returns no rows. */
interface ResultHeader {
  affectedRows: number;
  info?: string;
  warningStatus?: number;
}

/**
 * MySQL and MariaDB through mysql2 (values interpolated client-side by mysql2's escaping, as
 * TypeORM does; statements are sized by placeholders and by the server's max_allowed_packet).
 *
 * - `"ignore"` is `INSERT IGNORE`, which would also turn bad values into warnings and
 *   truncated data; so after a statement with warnings, `SHOW WARNINGS` is read and anything but
 *   a duplicate key fails the batch.
 * - Upserts are `ON DUPLICATE KEY UPDATE col = VALUES(col)`; the server's info line
 *   ("Records: 3  Duplicates: 1") gives inserted = records − duplicates, updated = duplicates.
 * - RETURNING exists on MariaDB 10.5+ only (rows come back in VALUES order). MySQL can't report
 *   the keys of a multi-row insert without guessing from LAST_INSERT_ID, so `returning` is refused there.
 * - Updates join the table to a derived table `SELECT NULL AS c1, … UNION ALL VALUES (…), (…)`
 *   (`VALUES ROW(…)` on MySQL 8). A column some rows don't set gets a presence flag per row:
 *   `col = CASE WHEN v.pN THEN v.cN ELSE t.col END`.
 * - An absent insert cell is `DEFAULT` in its VALUES row.
 * - `method: "load"` streams batches through `LOAD DATA LOCAL INFILE` (mysql2's
 *   `infileStreamFactory`). LOCAL turns duplicates and bad values into warnings, so any warning
 *   fails the batch, as the statement would have failed. "auto" never picks it: whether the
 *   server and client allow `local_infile` is only known by trying.
 */
export class MysqlDialect implements BulkDialect {
  readonly name = "mysql";
  readonly sharedConnection = false;
  readonly defaultBatchSize = 1000;
  readonly defaultUpdateBatchSize = 5000;
  private readonly sql = new SqlCache();
  private server: { mariadb: boolean; maxPacket: number } | undefined;

  /** Bytes one statement may take (half of max_allowed_packet, leaving room for escaping). */
  get maxStatementBytes(): number {
    return Math.floor((this.server?.maxPacket ?? 4 * 1024 * 1024) / 2);
  }

  readonly bulkLoadMethod = "load";
  private timeZone = "local";

  prefersBulkLoad(): boolean {
    return false;
  }

  async bulkLoadRows(client: DatabaseClient, batch: InsertBatch): Promise<number> {
    const sql =
      `LOAD DATA LOCAL INFILE 'typeorm-bulk' INTO TABLE ${batch.plan.tableName} CHARACTER SET utf8mb4 ` +
      `FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ${columnList(batch.columns)}`;
    let loaded: number;
    try {
      loaded = await client.streamIn!(sql, loadDataText(batch, this.timeZone));
    } catch (error) {
      const code = (error as { errno?: number }).errno;
      if (code !== undefined && LOCAL_INFILE_REFUSED.has(code)) {
        throw new BulkError(`${batch.plan.entityName}: LOAD DATA LOCAL is refused; enable local_infile on the server (and the client), or use method "values"`, {
          entity: batch.plan.entityName,
          cause: error,
        });
      }
      throw rowError(error);
    }
    const { rows } = await client.run({ sql: "SHOW WARNINGS", parameters: [] }, true);
    if (rows.length > 0) throw rowError(new Error(`LOAD DATA: ${String(rows[0]!["Message"])} (${String(rows[0]!["Code"])})`));
    return loaded;
  }

  maxRowsPerStatement(_plan: ColumnPlan, columnCount: number): number {
    return Math.max(1, Math.floor(MAX_PLACEHOLDERS / Math.max(1, columnCount)));
  }

  async prepare(_plan: ColumnPlan, client: DatabaseClient): Promise<void> {
    if (this.server) return;
    const { rows } = await client.run({ sql: "SELECT VERSION() AS version, @@max_allowed_packet AS packet", parameters: [] }, true);
    this.server = { mariadb: /mariadb/i.test(String(rows[0]?.["version"])), maxPacket: Number(rows[0]?.["packet"]) };
  }

  buildInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, conflict } = batch;
    const verb = conflict.kind === "ignore" ? "INSERT IGNORE" : "INSERT";
    let trailer = "";
    if (conflict.kind === "update") {
      const sets = conflict.update.map((c) => {
        const name = plan.quote(c.databaseName);
        return `${name} = VALUES(${name})`;
      });
      sets.push(...bookkeepingSets(plan, conflict.update, BOOKKEEPING));
      trailer = ` ON DUPLICATE KEY UPDATE ${sets.join(", ")}`;
    }
    trailer += returningClause(plan, batch.returning);
    const sql = this.sql.get(shapeKey(columns, rowCount, `${verb}${plan.tableName}${trailer}`), () => {
      const values = valuesClause(rowCount, columns.length, () => "?");
      return `${verb} INTO ${plan.tableName} ${columnList(columns)} ${values}${trailer}`;
    });
    const parameters = batch.partial.length === 0 ? (batch.values as unknown[]) : batch.values.map((v) => (v === undefined ? DEFAULT_KEYWORD : v));
    return { sql, parameters };
  }

  async runInsert(client: DatabaseClient, batch: InsertBatch): Promise<InsertOutcome> {
    const reading = batch.returning.length > 0;
    if (reading && !this.server?.mariadb) {
      throw new BulkError(
        `${batch.plan.entityName}: returning needs INSERT … RETURNING (MariaDB 10.5+); MySQL can't report the keys of a multi-row insert without guessing`,
        { entity: batch.plan.entityName },
      );
    }
    // With RETURNING there is no info line to split an upsert's count, so count existing keys first.
    const existing = reading && batch.conflict.kind === "update" ? await countExistingKeys(client, batch, (rows, width) => valuesClause(rows, width, () => "?").slice("VALUES ".length)) : undefined;
    const outcome = await client.run(this.buildInsert(batch), reading);
    const header = outcome as ExecResult & { header?: ResultHeader };
    if (batch.conflict.kind === "ignore" && (header.header?.warningStatus ?? 0) > 0) await failOnOtherWarnings(client);
    if (reading) {
      const updated = existing ?? 0;
      return { rows: outcome.rows, inserted: outcome.rows.length - updated, updated };
    }
    if (batch.conflict.kind !== "update") return { rows: [], inserted: outcome.affectedRows, updated: 0 };
    return { rows: [], ...upsertCounts(header.header, batch.rowCount) };
  }

  buildUpdate(batch: UpdateBatch): SqlStatement {
    const { plan, keyColumns, setColumns, rowCount, partial } = batch;
    const columns = [...keyColumns, ...setColumns];
    const flagged = partial.map((i) => i + keyColumns.length);
    const width = columns.length + flagged.length;
    const sql = this.sql.get(shapeKey(columns, rowCount, `update ${plan.tableName}${partialKey(partial)}`), () => {
      // A row of NULLs names the derived table's columns (NULL never matches a key); the rows
      // follow as a table value constructor, much lighter to parse than one SELECT per row.
      const names = `SELECT ${sourceAliases(columns.length, flagged).map((alias) => `NULL AS ${alias}`).join(", ")}`;
      const values = this.server?.mariadb
        ? valuesClause(rowCount, width, () => "?")
        : valuesClause(rowCount, width, () => "?").replace(/\(\?/g, "ROW(?");
      const sets = updateSetList(plan, keyColumns.length, setColumns, "v.", { ...BOOKKEEPING, current: "t." }, "t.", partial);
      return `UPDATE ${plan.tableName} AS t JOIN (${names} UNION ALL ${values}) AS v ON ${keyMatch(keyColumns, "t.", "v.")} SET ${sets}`;
    });
    const parameters = partial.length === 0 ? (batch.values as unknown[]) : withPresenceFlags(batch.values, columns.length, rowCount, flagged);
    return { sql, parameters };
  }

  async afterExplicitKeys(): Promise<void> {
    // AUTO_INCREMENT moves past explicit keys by itself.
  }

  inline(statement: SqlStatement): string {
    // mysql2's own client-side escaping: exactly what it sends for these parameters.
    const { format } = require("mysql2") as { format(sql: string, values: unknown[]): string };
    return format(statement.sql, statement.parameters);
  }

  client(native: unknown): DatabaseClient {
    const connection = native as MysqlConnection;
    this.timeZone = connection.config?.timezone ?? "local";
    return new MysqlClient(connection);
  }

}

/** Inserted and updated rows of an `ON DUPLICATE KEY UPDATE` from the server's info line. */
function upsertCounts(header: ResultHeader | undefined, rowCount: number): { inserted: number; updated: number } {
  const match = /Records:\s*(\d+)\s+Duplicates:\s*(\d+)/.exec(header?.info ?? "");
  if (match) return { inserted: Number(match[1]) - Number(match[2]), updated: Number(match[2]) };
  // A one-row statement has no info line: affected rows are 1 for an insert, 2 for an update.
  const affected = header?.affectedRows ?? 0;
  return rowCount === 1 && affected === 2 ? { inserted: 0, updated: 1 } : { inserted: Math.min(affected, rowCount), updated: 0 };
}

/** Fails unless every warning of the last statement is a duplicate key (what "ignore" may skip). */
async function failOnOtherWarnings(client: DatabaseClient): Promise<void> {
  const { rows } = await client.run({ sql: "SHOW WARNINGS", parameters: [] }, true);
  const other = rows.find((w) => Number(w["Code"]) !== DUPLICATE_ENTRY);
  if (other) throw new Error(`INSERT IGNORE would have hidden a non-duplicate problem: ${String(other["Message"])} (${String(other["Code"])})`);
}

/** A LOAD DATA error that names its row, pinned to that row of the batch. */
function rowError(error: unknown): Error {
  const row = loadDataErrorRow((error as Error).message ?? "");
  return row === undefined ? (error as Error) : new BatchRowError(`LOAD DATA row ${row}: ${(error as Error).message}`, row - 1, error);
}

class MysqlClient implements DatabaseClient {
  constructor(private readonly connection: MysqlConnection) {}

  streamIn(sql: string, data: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const infileStreamFactory = () => Readable.from([Buffer.from(data, "utf8")]);
      this.connection.query({ sql, infileStreamFactory }, (err, result) => {
        if (err) reject(err);
        else resolve((result as ResultHeader).affectedRows);
      });
    });
  }

  run(statement: SqlStatement, _wantRows: boolean): Promise<ExecResult & { header?: ResultHeader }> {
    return new Promise((resolve, reject) => {
      this.connection.query(statement.sql, statement.parameters, (err, result) => {
        if (err) return reject(err);
        if (Array.isArray(result)) return resolve({ rows: result as Record<string, unknown>[], affectedRows: result.length });
        const header = result as ResultHeader;
        resolve({ rows: [], affectedRows: header.affectedRows, header });
      });
    });
  }
}
