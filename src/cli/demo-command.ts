import * as fs from "node:fs";
import * as path from "node:path";
import { once } from "node:events";
import { In, type DataSource, type ObjectLiteral } from "typeorm";
import { bulkInsertMappings } from "../operations/bulk-insert";
import { findEntity } from "./data-source-loader";
import { loadFile } from "./load-command";

const ROLES = ["admin", "editor", "author", "reviewer", "guest", "support", "billing", "ops", "sales", "intern"];

/** Writes `rows` users as CSV (username, email, role id) to `file`, streaming; role ids cycle through `roleIds`. */
export async function writeUsersCsv(file: string, rows: number, roleIds: readonly unknown[] = ROLES.map((_, i) => i + 1)): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write("username,email,role\n");
  const chunk: string[] = [];
  for (let i = 1; i <= rows; i++) {
    chunk.push(`user${i},user${i}@example.com,${String(roleIds[i % roleIds.length])}\n`);
    if (chunk.length === 10_000 || i === rows) {
      if (!out.write(chunk.join(""))) await once(out, "drain");
      chunk.length = 0;
    }
  }
  out.end();
  await once(out, "finish");
}

/** Options of `typeorm-bulk demo`. */
export interface DemoOptions {
  readonly directory: string;
  readonly rows: number;
  readonly quiet: boolean;
  /** The demo's own database: its schema is recreated. Otherwise nothing is dropped and existing rows are kept. */
  readonly ownDatabase: boolean;
}

/**
 * `typeorm-bulk demo`: writes million_users.csv in `directory`, inserts the roles, and loads
 * the CSV through the same path as `typeorm-bulk load`. On the demo's own SQLite file the schema
 * is recreated first; on a user's DataSource nothing is dropped, and rows that already exist
 * (same id or username) are skipped, so it can run twice.
 */
export async function runDemo(dataSource: DataSource, options: DemoOptions): Promise<void> {
  const file = path.join(options.directory, "million_users.csv");
  const role = findEntity(dataSource, "Role");
  findEntity(dataSource, "User");
  if (options.ownDatabase) await dataSource.synchronize(true);
  const onConflict = options.ownDatabase ? undefined : "ignore";
  // On a user's database roles may already exist under other ids: insert the missing names, then use the stored ids.
  await bulkInsertMappings(dataSource, role.target, ROLES.map((name) => ({ name })), { onConflict });
  const stored = await dataSource.getRepository<ObjectLiteral>(role.target).find({ where: { name: In(ROLES) } });
  const roleIds = stored.map((r) => r["id"] as unknown);
  if (!options.quiet) process.stderr.write(`writing ${options.rows} users to ${file}\n`);
  await writeUsersCsv(file, options.rows, roleIds);
  await loadFile(dataSource, file, { entity: "User", transaction: true, dryRun: false, quiet: options.quiet, onConflict });
}
