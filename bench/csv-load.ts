// CSV-loading measurements for bench/worker.ts: the raw drivers against the library call
// and the `typeorm-bulk load` command, on the same file.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "csv-parse";
import type { DataSource } from "typeorm";
import { bulkInsertMappings } from "../src";
import { openInput } from "../src/cli/input-rows";
import { User } from "../entities";
import type { BenchDatabase } from "./databases";

/** The bench's CSV file of `rows` users (username,email,role), written once by bench/run.ts. */
export function csvFile(rows: number): string {
  return path.join(__dirname, "..", ".tmp", `bench-users-${rows}.csv`);
}
const ROWS_PER_STATEMENT = { sqlite3: 500, postgres: 1000 } as Record<string, number>;
const COPY_ROWS = 5000;

async function* csvRecords(file: string): AsyncGenerator<string[]> {
  const parser = fs.createReadStream(file).pipe(parse({ from_line: 2 }));
  for await (const record of parser as AsyncIterable<string[]>) yield record;
}

/** The library call a script would make: the package's CSV reader into bulkInsertMappings. */
export async function libraryLoad(dataSource: DataSource, file: string, method: "values" | "copy"): Promise<void> {
  const input = await openInput(file, "csv");
  await bulkInsertMappings(dataSource, User, input.rows(dataSource.getMetadata(User)), { method });
}

/** The raw driver: csv-parse, then hand-written multi-row VALUES in one transaction. */
export async function rawValuesLoad(dataSource: DataSource, database: BenchDatabase, file: string): Promise<void> {
  const queryRunner = dataSource.createQueryRunner();
  const connection = (await queryRunner.connect()) as {
    query?: (sql: string, params: unknown[]) => Promise<unknown>;
    run?: (sql: string, params: unknown[], cb: (err: Error | null) => void) => void;
  };
  const exec =
    database === "postgres"
      ? (sql: string, params: unknown[]) => connection.query!(sql, params)
      : (sql: string, params: unknown[]) => new Promise<void>((ok, fail) => connection.run!(sql, params, (e) => (e ? fail(e) : ok())));
  const size = ROWS_PER_STATEMENT[database]!;
  const statement = (rows: number) => {
    let n = 0;
    const tuples = Array.from({ length: rows }, () =>
      database === "postgres" ? `($${++n},$${++n},$${++n})` : "(?,?,?)",
    );
    return `INSERT INTO "user" ("username","email","roleId") VALUES ${tuples.join(",")}`;
  };
  const full = statement(size);
  await exec("BEGIN", []);
  let params: unknown[] = [];
  for await (const [username, email, role] of csvRecords(file)) {
    params.push(username, email, Number(role));
    if (params.length === size * 3) {
      await exec(full, params);
      params = [];
    }
  }
  if (params.length > 0) await exec(statement(params.length / 3), params);
  await exec("COMMIT", []);
  await queryRunner.release();
}

/** The raw driver's COPY: csv-parse, then hand-written COPY text through pg-copy-streams. */
export async function rawCopyLoad(dataSource: DataSource, file: string): Promise<void> {
  const { from } = require("pg-copy-streams") as typeof import("pg-copy-streams");
  const queryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as { query(sql: string | object): unknown };
  await client.query("BEGIN");
  let lines: string[] = [];
  const flush = async () => {
    const stream = client.query(from(`COPY "user" ("username","email","roleId") FROM STDIN`)) as NodeJS.WritableStream;
    await new Promise<void>((ok, fail) => {
      stream.on("finish", () => ok());
      stream.on("error", fail);
      stream.end(`${lines.join("\n")}\n`);
    });
    lines = [];
  };
  for await (const [username, email, role] of csvRecords(file)) {
    lines.push(`${username}\t${email}\t${role}`); // the bench data has nothing to escape
    if (lines.length === COPY_ROWS) await flush();
  }
  if (lines.length > 0) await flush();
  await client.query("COMMIT");
  await queryRunner.release();
}

/** The `typeorm-bulk load` command as a user runs it; returns its peak RSS in MB. */
export function commandLoad(database: BenchDatabase, file: string, method: "values" | "copy", sqliteFile: string): number {
  const root = path.join(__dirname, "..");
  const env = { ...process.env, DB_TYPE: database === "postgres" ? "postgres" : "", SQLITE_FILE: sqliteFile };
  const result = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, "dist/src/cli/main.js", "load", file, "--entity", "User", "--data-source", "dist/ormconfig.js", "--method", method, "--quiet"],
    { cwd: root, env, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`command failed: ${result.stderr}`);
  return Number(result.stderr.trim().split("\n").pop()) / 1024;
}
