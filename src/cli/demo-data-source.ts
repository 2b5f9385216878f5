import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DataSource, type DataSourceOptions } from "typeorm";
import { Role, User } from "../../entities";
import { UsageError } from "./usage-error";

/** The file the demo's embedded SQLite database is written to, in the working directory. */
export const DEMO_DATABASE = "typeorm-bulk-demo.sqlite";

/** The major version of the TypeORM that `typeorm` resolves to (0 or 1). */
export function typeormMajorVersion(): number {
  // Read through the resolved entry point: TypeORM's exports map hides package.json.
  const manifest = path.join(path.dirname(require.resolve("typeorm")), "package.json");
  return Number((JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version.split(".")[0]);
}

/** Whether `name` can be loaded by TypeORM (drivers are resolved from TypeORM's own location). */
function driverInstalled(name: string): boolean {
  try {
    require.resolve(name, { paths: [path.dirname(require.resolve("typeorm")), process.cwd()] });
    return true;
  } catch {
    return false;
  }
}

/**
 * The demo's own DataSource: the example entities shipped in this package (`User`, `Role`) in
 * an SQLite file in `directory`, through better-sqlite3 (TypeORM 1.x has only that driver) or,
 * on TypeORM 0.3 without it, sqlite3.
 */
export function demoDataSource(directory: string): DataSource {
  const database = path.join(directory, DEMO_DATABASE);
  const type = driverInstalled("better-sqlite3") ? "better-sqlite3" : typeormMajorVersion() < 1 && driverInstalled("sqlite3") ? "sqlite" : undefined;
  if (type === undefined) {
    throw new UsageError(
      "the demo needs an SQLite driver: npm install better-sqlite3 (or run it on your own database with --dataSource <file>)",
    );
  }
  return new DataSource({ type, database, entities: [Role, User] } as DataSourceOptions);
}
