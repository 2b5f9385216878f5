import { Readable } from "node:stream";
import { BulkError } from "../../errors";
import type { ColumnPlan, PlannedColumn } from "../../metadata/column-plan";
import type { SqlStatement } from "../../types";
import { type BulkDialect, type DatabaseClient, type ExecResult, type InsertBatch, type InsertOutcome, type UpdateBatch } from "../dialect";
import { type Bookkeeping, bookkeepingSets, keyMatch, returningClause, sourceAliases, updateSetList } from "../on-conflict-sql";
import { columnList, partialColumnsWithNull, partialKey, shapeKey, SqlCache, valuesClause, withPresenceFlags } from "../values-sql";
import { loadDataTargets, valueSql, valueSqls } from "./column-sql";
import { countingAssignment, hitsBefore, HITS_COLUMN, readHits, recordHits, RETURNING_HITS } from "./key-hits";
import { loadDataText } from "./load-data-text";
import { loadCsvFile } from "./load-file";
import { loadDataFailure, loadDataWarning, pinnedToRow, refusesLocal } from "./load-outcome";
import { oversizedStatement, STATEMENT_TEXT_RESERVE, valueBytes } from "./statement-bytes";
import { type FormatConfig, type Literal, literalWriter, StatementTemplates } from "./statement-text";

/** Placeholders one prepared statement may hold (a 16-bit count in the protocol). */
const MAX_PLACEHOLDERS = 65535;
/** `CURRENT_TIMESTAMP(6)` for a `datetime(6)` column: plain CURRENT_TIMESTAMP would drop its fraction. */
const BOOKKEEPING: Bookkeeping = {
  now: (column) => (column.precision ? `CURRENT_TIMESTAMP(${column.precision})` : "CURRENT_TIMESTAMP"),
  current: "",
};
/** max_allowed_packet until the server has said (MySQL's smallest default). */
const DEFAULT_MAX_PACKET = 4 * 1024 * 1024;
/** LOAD DATA LOCAL sends one packet per stream chunk: chunks this size keep every packet small. */
const LOAD_CHUNK_BYTES = 64 * 1024;
/** Rows from which "auto" loads a plain batch with LOAD DATA (measured by `npm run bench`: below, INSERT is as fast). */
const LOAD_MIN_ROWS = 4095;
/** The savepoint a batch's LOAD DATA is undone to when it warns. */
const LOAD_SAVEPOINT = "typeorm_bulk_load";
/** mysql2's CLIENT_LOCAL_FILES capability bit. */
const LOCAL_FILES_FLAG = 0x80;
/** ER_NET_PACKET_TOO_LARGE. */
const PACKET_TOO_LARGE = 1153;

/** The part of mysql2's callback `Connection` used here (what TypeORM's pool hands out). */
interface MysqlConnection {
  query(sql: string, values: unknown[], callback: (err: Error | null, result: unknown) => void): unknown;
  query(options: { sql: string; infileStreamFactory?: () => Readable }, callback: (err: Error | null, result: unknown) => void): unknown;
  /** mysql2's own interpolation of `?` placeholders (what `query(sql, values)` sends). */
  format?(sql: string, values: unknown[]): string;
  config?: FormatConfig & { timezone?: string; clientFlags?: number };
}

/**
 * The parameter mysql2's client-side formatting renders as the keyword `DEFAULT` (its
 * `toSqlString` hook): an absent cell of a multi-row VALUES, so one statement text serves
 * every pattern of absent cells.
 */
const DEFAULT_KEYWORD = Object.freeze({ toSqlString: () => "DEFAULT" });

/**
 * What an absent cell of each column is sent as: `DEFAULT`, or, where the cell's SQL wraps its
 * value (`ST_GeomFromText(?)`, in which DEFAULT can't stand), the column's default as WKT.
 */
function absentCells(columns: readonly PlannedColumn[]): unknown[] {
  return columns.map((c) => {
    if (valueSql(c.metadata) === "?") return DEFAULT_KEYWORD;
    const sql = `ST_AsText(DEFAULT(${c.quotedName}))`;
    return { toSqlString: () => sql };
  });
}

/** mysql2's result of a statement that returns no rows. */
interface ResultHeader {
  affectedRows: number;
  info?: string;
  warningStatus?: number;
}

/**
 * MySQL and MariaDB through mysql2 (values interpolated client-side by mysql2's escaping, as
 * TypeORM does; statements are sized by placeholders and by the server's max_allowed_packet,
 * counted in UTF-8 bytes after escaping and checked exactly before sending).
 *
 * - `"ignore"` is `INSERT … ON DUPLICATE KEY UPDATE pk = pk`, not `INSERT IGNORE`: a row that
 *   hits a unique key is left as it is, while bad values and foreign-key violations still fail
 *   the statement in strict mode (INSERT IGNORE turns them into warnings and stores truncated
 *   values or skips the row). Upserts are `ON DUPLICATE KEY UPDATE col = VALUES(col)`.
 * - Both count the rows that hit a key with a session variable incremented in the update
 *   clause (see `key-hits.ts`): updated (or skipped) = hits, inserted = rows − hits, exact in
 *   every mode. With RETURNING (MariaDB) every row comes back, the counter with it: a row whose
 *   counter moved was skipped by "ignore" (its entry is left empty, so its identifier is null).
 * - RETURNING exists on MariaDB 10.5+ only (rows come back in VALUES order). MySQL can't report
 *   the keys of a multi-row insert without guessing from LAST_INSERT_ID, so `returning` is refused there.
 * - Spatial columns take their WKT through `ST_GeomFromText(?, srid)` as TypeORM writes them.
 * - Updates join the table to a derived table `SELECT NULL AS c1, … UNION ALL VALUES (…), (…)`
 *   (`VALUES ROW(…)` on MySQL 8). A column some rows don't set gets a presence flag per row:
 *   `col = CASE WHEN v.pN THEN v.cN ELSE t.col END`.
 * - An absent insert cell is `DEFAULT` in its VALUES row.
 * - `method: "load"` streams batches through `LOAD DATA LOCAL INFILE` (mysql2's
 *   `infileStreamFactory`, in small packets, so no value is limited by max_allowed_packet).
 *   LOCAL turns duplicates and bad values into warnings and keeps going, so each load runs
 *   behind a savepoint: one that warned is undone and fails the batch, as the INSERT
 *   statement would have. "auto" takes it for large plain batches where it writes exactly
 *   what the INSERT writes (see `prefersBulkLoad`), and inserts a batch whose load warned, so
 *   that the error (or, for a mere note, the rows) is the INSERT's own.
 */
export class MysqlDialect implements BulkDialect {
  readonly name = "mysql";
  readonly sharedConnection = false;
  /** Every row comes back from MariaDB's RETURNING, a skipped one with its hit counter moved (see `insertedOnly`). */
  readonly returnsSkippedRows = true;
  /** 2^14 − 1 rows: a size LOAD DATA takes without an AUTO_INCREMENT gap (see `prefersBulkLoad`). */
  readonly defaultBatchSize = 16383;
  readonly defaultUpdateBatchSize = 5000;
  private readonly sql = new SqlCache();
  /** The text between the placeholders of the statements built here (see statement-text.ts). */
  private readonly templates = new StatementTemplates();
  private server: { mariadb: boolean; maxPacket: number; loadable: boolean } | undefined;
  /** Whether mysql2 connects with the LOCAL_FILES capability (its default), without which LOAD DATA LOCAL fails. */
  private clientLoads = false;

  /**
   * Bytes the values of one statement may take ({@link valueBytes}): half of max_allowed_packet,
   * so that a batch writer that still counts approximately (and may add one row past the budget)
   * stays under it too; every statement is checked exactly before it is sent.
   */
  get maxStatementBytes(): number {
    return Math.floor(this.maxPacket / 2) - STATEMENT_TEXT_RESERVE;
  }

  /** The server's max_allowed_packet: no statement may be larger. */
  private get maxPacket(): number {
    return this.server?.maxPacket ?? DEFAULT_MAX_PACKET;
  }

  valueBytes(value: unknown): number {
    return valueBytes(value);
  }

  readonly bulkLoadMethod = "load";
  readonly loadCsv = loadCsvFile;
  private timeZone = "local";

  /**
   * LOAD DATA for a plain batch of at least {@link LOAD_MIN_ROWS} rows, where it writes what the
   * INSERT would: the server and mysql2 allow LOCAL; no row gives NULL to a column other rows
   * leave out (absent fields take `DEFAULT(col)`, see `loadDataTargets`); and, where the table
   * generates an AUTO_INCREMENT key, the batch has 2^k − 1 rows. A LOAD doesn't know its row
   * count ahead, so the server reserves keys in intervals of 1, 2, 4, … and drops what the last
   * one leaves unused: only 2^k − 1 rows leave no gap behind, where an INSERT's rows are
   * counted ahead and take consecutive keys. Under `innodb_autoinc_lock_mode` 2 a LOAD's keys
   * may interleave with other sessions', so it is never taken there.
   */
  prefersBulkLoad(batch: InsertBatch): boolean {
    if (!this.server?.loadable || batch.rowCount < LOAD_MIN_ROWS || !this.loadsAbsentCells(batch)) return false;
    return !generatesIncrementKey(batch) || isAllOnes(batch.rowCount);
  }

  loadsAbsentCells(batch: InsertBatch): boolean {
    // LOAD DATA reads an absent field and an explicit NULL alike
    return partialColumnsWithNull(batch).length === 0;
  }

  async bulkLoadRows(client: DatabaseClient, batch: InsertBatch, required: boolean): Promise<number | undefined> {
    // LOAD DATA can't leave every column out (an empty column list means all of them).
    if (batch.columns.length === 0) return required ? (await this.runInsert(client, batch)).inserted : undefined;
    let text: string;
    try {
      text = loadDataText(batch, this.timeZone);
    } catch (error) {
      if (!required && error instanceof BulkError) return undefined; // a value only the INSERT carries
      throw error;
    }
    // MariaDB: a note (a decimal rounded as the INSERT rounds it) isn't recorded, so the
    // warnings that fail the load are all listed however many rows were rounded
    const quietNotes = this.server?.mariadb ? "SET STATEMENT sql_notes = 0 FOR " : "";
    const sql =
      `${quietNotes}LOAD DATA LOCAL INFILE 'typeorm-bulk' INTO TABLE ${batch.plan.tableName} CHARACTER SET utf8mb4 ` +
      `FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ${loadDataTargets(batch.columns, batch.partial)}`;
    // LOCAL turns row errors into warnings and skips or truncates those rows: a load that
    // warned is undone to the savepoint, so it leaves nothing behind in any transaction
    await client.run({ sql: `SAVEPOINT ${LOAD_SAVEPOINT}`, parameters: [] }, false);
    let failure: Error;
    try {
      const loaded = await client.streamIn!(sql, text);
      const show = async (sql: string) => (await client.run({ sql, parameters: [] }, true)).rows;
      const warning = (await loadDataWarning(show)) ?? (loaded === batch.rowCount ? undefined : new Error(`LOAD DATA wrote ${loaded} of ${batch.rowCount} rows`));
      if (warning === undefined) {
        await client.run({ sql: `RELEASE SAVEPOINT ${LOAD_SAVEPOINT}`, parameters: [] }, false);
        return loaded;
      }
      failure = warning;
    } catch (error) {
      if (refusesLocal(error) && this.server) this.server.loadable = false; // "auto" stops trying
      failure = loadDataFailure(error, batch.plan.entityName, 'method "values"');
    }
    await client.run({ sql: `ROLLBACK TO SAVEPOINT ${LOAD_SAVEPOINT}`, parameters: [] }, false).catch(() => {
      throw failure; // the connection is gone: what failed the load says more
    });
    // "auto" inserts the batch instead, which fails with the INSERT's own error or, where the
    // warning was only a note, writes the rows as the INSERT does
    if (required) throw failure;
    return undefined;
  }

  maxRowsPerStatement(_plan: ColumnPlan, columnCount: number): number {
    // 2^k − 1 rows, so that a full statement's rows may go by LOAD DATA too
    return largestAllOnes(Math.floor(MAX_PLACEHOLDERS / Math.max(1, columnCount)));
  }

  async prepare(_plan: ColumnPlan, client: DatabaseClient): Promise<void> {
    if (this.server) return;
    const { rows } = await client.run(
      { sql: "SELECT VERSION() AS version, @@max_allowed_packet AS packet, @@local_infile AS local, @@innodb_autoinc_lock_mode AS lockMode", parameters: [] },
      true,
    );
    const row = rows[0] ?? {};
    this.server = {
      mariadb: /mariadb/i.test(String(row["version"])),
      maxPacket: Number(row["packet"]),
      loadable: this.clientLoads && Number(row["local"]) === 1 && Number(row["lockMode"]) <= 1,
    };
  }

  buildInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, conflict } = batch;
    let trailer = "";
    if (conflict.kind !== "error") {
      const sets = [countingAssignment(plan)];
      if (conflict.kind === "update") {
        for (const c of conflict.update) {
          const name = plan.quote(c.databaseName);
          sets.push(`${name} = VALUES(${name})`);
        }
        sets.push(...bookkeepingSets(plan, conflict.update, BOOKKEEPING));
      }
      trailer = ` ON DUPLICATE KEY UPDATE ${sets.join(", ")}`;
    }
    if (batch.returning.length > 0) trailer += returningClause(plan, batch.returning) + (conflict.kind === "error" ? "" : RETURNING_HITS);
    const sql = this.sql.get(shapeKey(columns, rowCount, `INSERT${plan.tableName}${trailer}`), () => {
      const cells = valueSqls(columns);
      const values = valuesClause(rowCount, cells.length, (n) => cells[(n - 1) % cells.length]!);
      return `INSERT INTO ${plan.tableName} ${columnList(columns)} ${values}${trailer}`;
    });
    if (batch.partial.length === 0) return { sql, parameters: batch.values as unknown[] };
    const absent = absentCells(columns);
    const parameters = batch.values.map((v, i) => (v === undefined ? absent[i % absent.length] : v));
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
    if (batch.conflict.kind === "error") {
      const outcome = await client.run(batch.statement ?? this.buildInsert(batch), reading).catch(pinnedInsertError);
      return { rows: outcome.rows, inserted: reading ? outcome.rows.length : outcome.affectedRows, updated: 0 };
    }
    const before = await hitsBefore(client);
    recordHits(client, undefined);
    const outcome = await client.run(batch.statement ?? this.buildInsert(batch), reading).catch(pinnedInsertError);
    const after = reading ? Number(outcome.rows[outcome.rows.length - 1]?.[HITS_COLUMN] ?? before) : await readHits(client);
    recordHits(client, after);
    const hits = after - before;
    if (batch.conflict.kind === "update") return { rows: outcome.rows, inserted: batch.rowCount - hits, updated: hits };
    return { rows: reading ? insertedOnly(outcome.rows, before) : [], inserted: batch.rowCount - hits, updated: 0 };
  }

  buildUpdate(batch: UpdateBatch): SqlStatement {
    const { plan, keyColumns, setColumns, rowCount, partial } = batch;
    const columns = [...keyColumns, ...setColumns];
    const flagged = partial.map((i) => i + keyColumns.length);
    const sql = this.sql.get(shapeKey(columns, rowCount, `update ${plan.tableName}${partialKey(partial)}`), () => {
      // A row of NULLs names the derived table's columns (NULL never matches a key); the rows
      // follow as a table value constructor, much lighter to parse than one SELECT per row.
      const names = `SELECT ${sourceAliases(columns.length, flagged).map((alias) => `NULL AS ${alias}`).join(", ")}`;
      const cells = [...valueSqls(columns), ...flagged.map(() => "?")];
      const rows = valuesClause(rowCount, cells.length, (n) => cells[(n - 1) % cells.length]!);
      // MySQL 8 spells each row ROW(…); a row starts after "VALUES " or after "), " (cells never hold "), (")
      const values = this.server?.mariadb ? rows : rows.replace(/(^VALUES |\), )\(/g, "$1ROW(");
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
    this.clientLoads = ((connection.config?.clientFlags ?? 0) & LOCAL_FILES_FLAG) !== 0;
    return new MysqlClient(connection, () => this.maxPacket, this.templates);
  }
}

/**
 * The RETURNING rows of an "ignore" batch with the skipped ones left empty (input order kept):
 * a row whose hit counter moved past the previous row's hit a unique key.
 */
function insertedOnly(rows: readonly Record<string, unknown>[], before: number): Record<string, unknown>[] {
  const out = new Array<Record<string, unknown>>(rows.length);
  let previous = before;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const hits = Number(row[HITS_COLUMN]);
    if (hits === previous) out[i] = row;
    previous = hits;
  }
  return out;
}

/** An INSERT's error that names its VALUES row ("Data too long … at row 3"), pinned to that row of the batch. */
function pinnedInsertError(error: unknown): never {
  throw error instanceof Error ? pinnedToRow(error) : error;
}

/** Whether `n` is 2^k − 1. */
function isAllOnes(n: number): boolean {
  return n > 0 && (n & (n + 1)) === 0;
}

/** The largest 2^k − 1 not above `n` (1 for n < 1). */
function largestAllOnes(n: number): number {
  return n < 1 ? 1 : 2 ** Math.floor(Math.log2(n + 1)) - 1;
}

/** Whether the database fills an AUTO_INCREMENT key the batch leaves out. */
function generatesIncrementKey(batch: InsertBatch): boolean {
  return batch.plan.metadata.columns.some((c) => c.generationStrategy === "increment" && !batch.columns.some((b) => b.metadata === c));
}

/** `data` as a stream of small chunks: mysql2 sends each chunk of a LOAD DATA LOCAL as one packet. */
function* chunksOf(data: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += LOAD_CHUNK_BYTES) yield data.subarray(offset, offset + LOAD_CHUNK_BYTES);
}

class MysqlClient implements DatabaseClient {
  private readonly literal: Literal | undefined;
  /** The text `stage` wrote for a statement, which `run` sends if that statement comes next. */
  private staged: { readonly statement: SqlStatement; readonly sql: string | undefined } | undefined;

  constructor(
    private readonly connection: MysqlConnection,
    private readonly maxPacket: () => number,
    private readonly templates: StatementTemplates,
  ) {
    this.literal = literalWriter(connection.config);
  }

  streamIn(sql: string, data: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const bytes = Buffer.from(data, "utf8");
      const infileStreamFactory = () => Readable.from(chunksOf(bytes));
      this.connection.query({ sql, infileStreamFactory }, (err, result) => {
        if (err) reject(this.explain(err, undefined));
        else resolve((result as ResultHeader).affectedRows);
      });
    });
  }

  stage(statement: SqlStatement): void {
    this.staged = { statement, sql: this.interpolated(statement) };
  }

  run(statement: SqlStatement, _wantRows: boolean): Promise<ExecResult & { header?: ResultHeader }> {
    const staged = this.staged?.statement === statement ? this.staged : undefined;
    if (staged !== undefined) this.staged = undefined;
    return new Promise((resolve, reject) => {
      // Interpolated here, as mysql2 would, so the statement's real size is known before it is sent.
      const sql = staged !== undefined ? staged.sql : this.interpolated(statement);
      let bytes: number | undefined;
      if (sql !== undefined) {
        bytes = Buffer.byteLength(sql, "utf8") + 1;
        if (bytes > this.maxPacket()) return reject(oversizedStatement(bytes, this.maxPacket()));
      }
      const callback = (err: Error | null, result: unknown) => {
        if (err) return reject(this.explain(err, bytes));
        if (Array.isArray(result)) return resolve({ rows: result as Record<string, unknown>[], affectedRows: result.length });
        const header = result as ResultHeader;
        resolve({ rows: [], affectedRows: header.affectedRows, header });
      };
      if (sql !== undefined) this.connection.query({ sql }, callback);
      else this.connection.query(statement.sql, statement.parameters, callback);
    });
  }

  /**
   * The statement's text as mysql2's `format()` writes it (sent as is, never formatted again),
   * from the cached text between its placeholders; `undefined` for a statement without values.
   */
  private interpolated(statement: SqlStatement): string | undefined {
    const { sql, parameters } = statement;
    const format = this.connection.format?.bind(this.connection);
    if (parameters.length === 0 || format === undefined) return undefined;
    const rendered = this.literal && this.templates.render(sql, parameters, this.literal, format);
    return rendered ?? format(sql, parameters as unknown[]);
  }

  /** The server's "packet too large" (or the reset connection that follows it) said plainly. */
  private explain(error: Error, bytes: number | undefined): Error {
    if ((error as { errno?: number }).errno !== PACKET_TOO_LARGE) return error;
    const sized = oversizedStatement(bytes ?? 0, this.maxPacket());
    return new Error(sized.message, { cause: error });
  }
}
