import * as fs from "node:fs";
import * as path from "node:path";
import { once } from "node:events";
import type { DataSource } from "typeorm";
import { bulkInsertMappings } from "../operations/bulk-insert";
import { loadFile } from "./load-command";

const ROLES = ["admin", "editor", "author", "reviewer", "guest", "support", "billing", "ops", "sales", "intern"];

/** Writes `rows` users as CSV (username, email, role id) to `file`, streaming. */
export async function writeUsersCsv(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write("username,email,role\n");
  const chunk: string[] = [];
  for (let i = 1; i <= rows; i++) {
    chunk.push(`user${i},user${i}@example.com,${(i % ROLES.length) + 1}\n`);
    if (chunk.length === 10_000 || i === rows) {
      if (!out.write(chunk.join(""))) await once(out, "drain");
      chunk.length = 0;
    }
  }
  out.end();
  await once(out, "finish");
}

/**
 * `typeorm-bulk demo`: writes million_users.csv beside the example SQLite database, creates the
 * schema, inserts the roles, and loads the CSV through the same path as `typeorm-bulk load`.
 */
export async function runDemo(dataSource: DataSource, directory: string, rows: number, quiet: boolean): Promise<void> {
  const file = path.join(directory, "million_users.csv");
  if (!quiet) process.stderr.write(`writing ${rows} users to ${file}\n`);
  await writeUsersCsv(file, rows);
  await dataSource.synchronize(true);
  await bulkInsertMappings(dataSource, "Role", ROLES.map((name, i) => ({ id: i + 1, name })));
  await loadFile(dataSource, file, { entity: "User", transaction: true, dryRun: false, quiet });
}
