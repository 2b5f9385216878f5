import type { DataSource } from "typeorm";
import type { BenchDatabase } from "./databases";

/** A row as the raw driver gets it: already in column values. */
export interface RawUser {
  username: string;
  email: string;
  score: number;
  role: number;
}

/** Bound values per row of the raw baseline (username, email, score, roleId). */
const WIDTH = 4;

/** Statement sizes the raw baseline is measured at; the report compares with the fastest. */
export type RawStatementSize = "500" | "2000" | "max";

function placeholders(rows: number, width: number, numbered: boolean): string {
  const tuples = new Array<string>(rows);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    const cells = new Array<string>(width);
    for (let c = 0; c < width; c++) cells[c] = numbered ? `$${++n}` : "?";
    tuples[r] = `(${cells.join(",")})`;
  }
  return tuples.join(",");
}

type Exec = (sql: string, params: unknown[]) => Promise<unknown[]>;

function executorOf(database: BenchDatabase, connection: unknown): Exec {
  switch (database) {
    case "sqlite3": {
      const db = connection as { all(sql: string, p: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void };
      return (sql, params) => new Promise((ok, fail) => db.all(sql, params, (err, rows) => (err ? fail(err) : ok(rows))));
    }
    case "better-sqlite3": {
      const db = connection as { prepare(sql: string): { run(p: unknown[]): unknown; all(p: unknown[]): unknown[]; reader: boolean } };
      const cache = new Map<string, { run(p: unknown[]): unknown; all(p: unknown[]): unknown[]; reader: boolean }>();
      return async (sql, params) => {
        let statement = cache.get(sql);
        if (!statement) cache.set(sql, (statement = db.prepare(sql)));
        if (statement.reader) return statement.all(params);
        statement.run(params);
        return [];
      };
    }
    case "postgres": {
      const client = connection as { query(sql: string, p: unknown[]): Promise<{ rows: unknown[] }> };
      return async (sql, params) => (await client.query(sql, params)).rows;
    }
    case "mariadb": {
      const conn = connection as { query(sql: string, p: unknown[], cb: (err: Error | null, rows: unknown) => void): void };
      return (sql, params) => new Promise((ok, fail) => conn.query(sql, params, (err, rows) => (err ? fail(err) : ok(Array.isArray(rows) ? rows : []))));
    }
  }
}

/** The driver's bound-parameter limit: SQLite's compiled SQLITE_MAX_VARIABLE_NUMBER, 65 535 elsewhere. */
async function parameterLimit(database: BenchDatabase, exec: Exec): Promise<number> {
  if (database !== "sqlite3" && database !== "better-sqlite3") return 65535;
  const options = (await exec("PRAGMA compile_options", [])) as Record<string, unknown>[];
  for (const row of options) {
    const match = /^MAX_VARIABLE_NUMBER=(\d+)$/.exec(String(Object.values(row)[0]));
    if (match) return Number(match[1]);
  }
  return 32766;
}

/**
 * The baseline: the driver itself, multi-row VALUES in one transaction, SQL written by hand,
 * values already in column form, at `size` rows per statement ("max": as many as the
 * parameter limit allows). The connection is TypeORM's own, so both sides share it.
 */
export async function rawInsert(dataSource: DataSource, database: BenchDatabase, table: string, rows: RawUser[], size: RawStatementSize): Promise<void> {
  const queryRunner = dataSource.createQueryRunner();
  const exec = executorOf(database, await queryRunner.connect());
  const q = (name: string) => dataSource.driver.escape(name);
  const perStatement = size === "max" ? Math.floor((await parameterLimit(database, exec)) / WIDTH) : Number(size);
  const numbered = database === "postgres";
  const head = `INSERT INTO ${q(table)} (${q("username")},${q("email")},${q("score")},${q("roleId")}) VALUES `;
  const fullSql = head + placeholders(perStatement, WIDTH, numbered);
  await exec("BEGIN", []);
  for (let start = 0; start < rows.length; start += perStatement) {
    const end = Math.min(start + perStatement, rows.length);
    const params: unknown[] = [];
    for (let i = start; i < end; i++) {
      const row = rows[i]!;
      params.push(row.username, row.email, row.score, row.role);
    }
    await exec(end - start === perStatement ? fullSql : head + placeholders(end - start, WIDTH, numbered), params);
  }
  await exec("COMMIT", []);
  await queryRunner.release();
}
