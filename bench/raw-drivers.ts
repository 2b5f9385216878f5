import type { DataSource } from "typeorm";
import type { BenchDatabase } from "./databases";

/** A row as the raw driver gets it: already in column values. */
export interface RawUser {
  username: string;
  email: string;
  role: number;
}

/** Rows per multi-row INSERT for the raw baseline: the best of 100/500/1000/5000 measured here. */
const RAW_ROWS_PER_STATEMENT: Record<BenchDatabase, number> = { sqlite3: 500, "better-sqlite3": 500, postgres: 1000, mariadb: 1000 };

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

type Exec = (sql: string, params: unknown[]) => Promise<unknown>;

function executorOf(database: BenchDatabase, connection: unknown): Exec {
  switch (database) {
    case "sqlite3": {
      const db = connection as { run(sql: string, p: unknown[], cb: (err: Error | null) => void): void };
      return (sql, params) => new Promise((ok, fail) => db.run(sql, params, (err) => (err ? fail(err) : ok(undefined))));
    }
    case "better-sqlite3": {
      const db = connection as { prepare(sql: string): { run(p: unknown[]): unknown } };
      const cache = new Map<string, { run(p: unknown[]): unknown }>();
      return async (sql, params) => {
        let statement = cache.get(sql);
        if (!statement) cache.set(sql, (statement = db.prepare(sql)));
        return statement.run(params);
      };
    }
    case "postgres": {
      const client = connection as { query(sql: string, p: unknown[]): Promise<unknown> };
      return (sql, params) => client.query(sql, params);
    }
    case "mariadb": {
      const conn = connection as { query(sql: string, p: unknown[], cb: (err: Error | null) => void): void };
      return (sql, params) => new Promise((ok, fail) => conn.query(sql, params, (err) => (err ? fail(err) : ok(undefined))));
    }
  }
}

/**
 * The baseline: the driver itself, multi-row VALUES in one transaction, SQL written by hand,
 * values already in column form. The connection is TypeORM's own, so both sides share it.
 */
export async function rawInsert(dataSource: DataSource, database: BenchDatabase, rows: RawUser[]): Promise<void> {
  const queryRunner = dataSource.createQueryRunner();
  const exec = executorOf(database, await queryRunner.connect());
  const q = (name: string) => dataSource.driver.escape(name);
  const size = Number(process.env["RAW_ROWS"] ?? RAW_ROWS_PER_STATEMENT[database]);
  const numbered = database === "postgres";
  const head = `INSERT INTO ${q("user")} (${q("username")},${q("email")},${q("roleId")}) VALUES `;
  const fullSql = head + placeholders(size, 3, numbered);
  await exec("BEGIN", []);
  for (let start = 0; start < rows.length; start += size) {
    const end = Math.min(start + size, rows.length);
    const params: unknown[] = [];
    for (let i = start; i < end; i++) params.push(rows[i]!.username, rows[i]!.email, rows[i]!.role);
    await exec(end - start === size ? fullSql : head + placeholders(end - start, 3, numbered), params);
  }
  await exec("COMMIT", []);
  await queryRunner.release();
}
