import * as path from "node:path";

/** The databases a benchmark runs on. */
export type BenchDatabase = "sqlite3" | "better-sqlite3" | "postgres" | "mariadb";

/** Which TypeORM major each bench database runs with (1.x has no node-sqlite3 driver). */
export const typeormOf: Record<BenchDatabase, 0 | 1> = { sqlite3: 0, "better-sqlite3": 1, postgres: 0, mariadb: 0 };

/** Connection options of each bench database; the servers are the test servers. */
export function benchDataSourceOptions(database: BenchDatabase): Record<string, unknown> {
  switch (database) {
    case "sqlite3":
    case "better-sqlite3":
      return { type: database === "sqlite3" ? "sqlite" : "better-sqlite3", database: path.join(__dirname, "..", ".tmp", `bench-${database}.sqlite`) };
    case "postgres":
      return {
        type: "postgres",
        host: process.env["PGHOST"] ?? "127.0.0.1",
        port: Number(process.env["PGPORT"] ?? 5432),
        username: process.env["PGUSER"] ?? "postgres",
        password: process.env["PGPASSWORD"],
        database: process.env["PGDATABASE"] ?? "test",
      };
    case "mariadb":
      return {
        type: "mariadb",
        host: process.env["MYSQL_HOST"] ?? "127.0.0.1",
        port: Number(process.env["MYSQL_PORT"] ?? 3306),
        username: process.env["MYSQL_USER"] ?? "root",
        password: process.env["MYSQL_PASSWORD"] ?? "",
        database: process.env["MYSQL_DATABASE"] ?? "test",
      };
  }
}
