// One method's measurement in its own process, so that peak RSS belongs to that method alone.
// Usage: worker.ts <database> <method> <rows> <repetitions>; prints one JSON line with the
// best and the median time over the repetitions (each on a freshly created schema).
import "./typeorm-version";
import "reflect-metadata";
import { DataSource, type DataSourceOptions } from "typeorm";
import { bulkInsertMappings, bulkUpdateMappings } from "../src";
import { Role, User } from "../entities";
import { benchDataSourceOptions, type BenchDatabase } from "./databases";
import { BenchUser } from "./entities";
import { rawInsert, type RawStatementSize } from "./raw-drivers";
import { commandLoad, csvFile, libraryLoad, rawCopyLoad, rawValuesLoad, referenceLoad } from "./csv-load";

type Method =
  | "save"
  | "insert"
  | "raw-500"
  | "raw-2000"
  | "raw-max"
  | "bulk"
  | "bulk-irregular"
  | "update-bulk"
  | "update-bulk-irregular"
  | "update-each"
  | "update-save"
  | "upsert-bulk"
  | "upsert-typeorm"
  | "csv-raw-values"
  | "csv-raw-copy"
  | "csv-library-values"
  | "csv-library-copy"
  | "csv-command-auto"
  | "csv-command-values"
  | "csv-command-copy"
  | "csv-reference";

/** Peak RSS of a child process a method ran (the command), which this process's own doesn't include. */
let childPeakRssMb = 0;

/** Methods that update or upsert rows that must exist first (seeded untimed). */
function seedCount(method: Method, rows: number): number {
  if (method.startsWith("update")) return rows;
  if (method.startsWith("upsert")) return rows / 2;
  return 0;
}

const ROLES = 10;

/** The insert section's methods write BenchUser (with a defaulted column); the others write User. */
function entityOf(method: Method): typeof User | typeof BenchUser {
  return method.startsWith("raw") || method.startsWith("bulk") || method === "insert" || method === "save" ? BenchUser : User;
}

function users(count: number): { username: string; email: string; role: number }[] {
  return Array.from({ length: count }, (_, i) => ({ username: `user${i}`, email: `user${i}@example.com`, role: (i % ROLES) + 1 }));
}

/**
 * Users with a score; `irregular` leaves it out of every second row, so that row takes the
 * default. Rows are object literals, as JSON.parse and CSV parsers build them: rows made by
 * spreading (`{ ...r, score }`) each get a hidden class of their own in V8 and read several
 * times slower for any consumer, the raw driver's loop too.
 */
function scoredUsers(rows: ReturnType<typeof users>, irregular: boolean): Record<string, unknown>[] {
  return rows.map((r, i) =>
    irregular && i % 2 === 1 ? { username: r.username, email: r.email, role: r.role } : { username: r.username, email: r.email, role: r.role, score: i % 100 },
  );
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function run(dataSource: DataSource, database: BenchDatabase, method: Method, rows: ReturnType<typeof users>): Promise<void> {
  const repository = dataSource.getRepository(User);
  switch (method) {
    case "save":
      await dataSource.getRepository(BenchUser).save(scoredUsers(rows, false).map((r) => Object.assign(new BenchUser(), { ...r, role: { id: r["role"] } })), { chunk: 500 });
      return;
    case "insert":
      // one call per 500 rows: a single insert() breaks on parameter limits and, on SQLite, on its re-select
      await dataSource.transaction(async (manager) => {
        for (const chunk of chunks(scoredUsers(rows, false), 500)) await manager.getRepository(BenchUser).insert(chunk as never);
      });
      return;
    case "raw-500":
    case "raw-2000":
    case "raw-max":
      await rawInsert(dataSource, database, "bench_user", scoredUsers(rows, false) as never, method.slice(4) as RawStatementSize);
      return;
    case "bulk":
    case "bulk-irregular":
      await bulkInsertMappings(dataSource, BenchUser, scoredUsers(rows, method === "bulk-irregular"), { ...(process.env["BULK_ROWS"] ? { batchSize: Number(process.env["BULK_ROWS"]) } : {}), ...(process.env["BULK_METHOD"] ? { method: process.env["BULK_METHOD"] as never } : {}) });
      return;
    case "update-bulk":
      await bulkUpdateMappings(dataSource, User, rows.map((r, i) => ({ id: i + 1, email: `changed-${r.email}` })), process.env["BULK_ROWS"] ? { batchSize: Number(process.env["BULK_ROWS"]) } : {});
      return;
    case "update-bulk-irregular":
      await bulkUpdateMappings(
        dataSource,
        User,
        rows.map((r, i) => (i % 2 === 0 ? { id: i + 1, email: `changed-${r.email}` } : { id: i + 1, email: `changed-${r.email}`, role: ((i + 1) % ROLES) + 1 })),
      );
      return;
    case "update-each":
      await dataSource.transaction(async (manager) => {
        for (let i = 0; i < rows.length; i++) await manager.update(User, i + 1, { email: `changed-${rows[i]!.email}` });
      });
      return;
    case "update-save": {
      const loaded = await repository.find({ order: { id: "ASC" } });
      for (const user of loaded) user.email = `changed-${user.email}`;
      await repository.save(loaded, { chunk: 500 });
      return;
    }
    case "upsert-bulk":
      await bulkInsertMappings(dataSource, User, rows.map((r) => ({ username: r.username, email: `changed-${r.email}`, role: r.role })), {
        onConflict: { target: ["username"], update: ["email"] },
      });
      return;
    case "csv-raw-values":
      await rawValuesLoad(dataSource, database, csvFile(rows.length));
      return;
    case "csv-raw-copy":
      await rawCopyLoad(dataSource, csvFile(rows.length));
      return;
    case "csv-library-values":
      await libraryLoad(dataSource, csvFile(rows.length), "values");
      return;
    case "csv-library-copy":
      await libraryLoad(dataSource, csvFile(rows.length), "copy");
      return;
    case "csv-command-auto":
    case "csv-command-values":
    case "csv-command-copy":
      childPeakRssMb = Math.max(childPeakRssMb, commandLoad(database, csvFile(rows.length), method.slice("csv-command-".length) as "auto" | "values" | "copy"));
      return;
    case "csv-reference":
      childPeakRssMb = Math.max(childPeakRssMb, referenceLoad(database, csvFile(rows.length)));
      return;
    case "upsert-typeorm":
      await dataSource.transaction(async (manager) => {
        for (const chunk of chunks(rows, 500)) {
          await manager.getRepository(User).upsert(chunk.map((r) => ({ username: r.username, email: `changed-${r.email}`, role: { id: r.role } })), ["username"]);
        }
      });
      return;
  }
}

async function main(): Promise<void> {
  const [database, method, count, repetitions] = process.argv.slice(2) as [BenchDatabase, Method, string, string];
  const dataSource = new DataSource({ ...benchDataSourceOptions(database), entities: [Role, User, BenchUser] } as unknown as DataSourceOptions);
  await dataSource.initialize();
  const times: number[] = [];
  for (let rep = 0; rep < Number(repetitions ?? 1); rep++) {
    await dataSource.synchronize(true);
    await dataSource.getRepository(Role).insert(Array.from({ length: ROLES }, (_, i) => ({ name: `role${i}` })));
    // CSV methods read the bench's CSV of `count` rows; `rows` only carries the count
    const rows = method.startsWith("csv") ? new Array<never>(Number(count)) : users(Number(count));
    const seeded = seedCount(method, rows.length);
    if (seeded > 0) await bulkInsertMappings(dataSource, User, rows.slice(0, seeded));
    const started = process.hrtime.bigint();
    await run(dataSource, database, method, rows);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    const stored = await dataSource.getRepository(entityOf(method)).count();
    const expected = method.startsWith("csv") ? Number(count) : rows.length;
    if (stored !== expected) throw new Error(`${method} stored ${stored} of ${expected} rows`);
  }
  await dataSource.destroy();
  times.sort((a, b) => a - b);
  const result = {
    database,
    method,
    rows: Number(count),
    best: times[0],
    median: times[Math.floor(times.length / 2)],
    peakRssMb: childPeakRssMb || process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
