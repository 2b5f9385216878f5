import "reflect-metadata";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DataSource, type DataSourceOptions } from "typeorm";
import { Role, User } from "./entities";

/** Where the example SQLite database lives (the demo writes its CSV beside it). */
export const sqliteFile = process.env["SQLITE_FILE"] ?? path.join(__dirname.replace(/[\\/]dist$/, ""), "typeorm-bulk.sqlite");

/** The major version of the TypeORM that `import "typeorm"` resolves to (0 or 1). */
export function typeormMajorVersion(): number {
  // Read through the resolved entry point: TypeORM's exports map hides package.json.
  const manifest = path.join(path.dirname(require.resolve("typeorm")), "package.json");
  return Number((JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version.split(".")[0]);
}

function options(): DataSourceOptions {
  const entities = [Role, User];
  if (process.env["DB_TYPE"] === "postgres") {
    return {
      type: "postgres",
      url: process.env["DATABASE_URL"],
      host: process.env["PGHOST"] ?? "127.0.0.1",
      port: Number(process.env["PGPORT"] ?? 5432),
      username: process.env["PGUSER"] ?? "postgres",
      password: process.env["PGPASSWORD"],
      database: process.env["PGDATABASE"] ?? "test",
      entities,
      synchronize: true,
    };
  }
  if (process.env["DB_TYPE"] === "mysql" || process.env["DB_TYPE"] === "mariadb") {
    return {
      type: process.env["DB_TYPE"],
      host: process.env["MYSQL_HOST"] ?? "127.0.0.1",
      port: Number(process.env["MYSQL_PORT"] ?? 3306),
      username: process.env["MYSQL_USER"] ?? "root",
      password: process.env["MYSQL_PASSWORD"] ?? "",
      database: process.env["MYSQL_DATABASE"] ?? "test",
      entities,
      synchronize: true,
    };
  }
  // TypeORM 1.x has no node-sqlite3 driver; 0.3 has both.
  const type = typeormMajorVersion() >= 1 ? "better-sqlite3" : "sqlite";
  return { type, database: sqliteFile, entities, synchronize: true } as DataSourceOptions;
}

/** The DataSource of the examples and the demo: SQLite by default, `DB_TYPE=postgres` or `mysql` to switch. */
export const dataSource = new DataSource(options());
export default dataSource;
