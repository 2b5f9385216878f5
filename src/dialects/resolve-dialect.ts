import type { DataSource } from "typeorm";
import { BulkError } from "../errors";
import type { BulkDialect } from "./dialect";
import { MysqlDialect } from "./mysql/mysql-dialect";
import { PostgresDialect } from "./postgres/postgres-dialect";
import { SqliteDialect } from "./sqlite/sqlite-dialect";

const dialects = new WeakMap<DataSource, BulkDialect>();

/** The only place that reads `options.type`: one dialect object per DataSource. */
export function dialectOf(dataSource: DataSource): BulkDialect {
  let dialect = dialects.get(dataSource);
  if (dialect === undefined) {
    dialect = createDialect(dataSource.options.type);
    dialects.set(dataSource, dialect);
  }
  return dialect;
}

function createDialect(type: string): BulkDialect {
  switch (type) {
    case "sqlite":
      return new SqliteDialect("sqlite3");
    case "better-sqlite3":
      return new SqliteDialect("better-sqlite3");
    case "postgres":
      return new PostgresDialect();
    case "mysql":
    case "mariadb":
      return new MysqlDialect();
    default:
      throw new BulkError(
        `unsupported database "${type}": typeorm-bulk supports sqlite, better-sqlite3, postgres, mysql and mariadb`,
      );
  }
}
