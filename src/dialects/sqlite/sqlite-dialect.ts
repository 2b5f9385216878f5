import type { ColumnPlan } from "../../metadata/column-plan";
import type { SqlStatement } from "../../types";
import type { BulkDialect, DatabaseClient, InsertBatch } from "../dialect";
import { onConflictClause, returningClause } from "../on-conflict-sql";
import { columnList, shapeKey, SqlCache, valuesClause } from "../values-sql";
import { BetterSqlite3Client, Sqlite3Client } from "./sqlite-clients";

/** SQLITE_MAX_VARIABLE_NUMBER's default before SQLite 3.32.0. */
const LEGACY_MAX_VARIABLES = 999;
/** SQLITE_MAX_VARIABLE_NUMBER's default from SQLite 3.32.0 on. */
const MODERN_MAX_VARIABLES = 32766;

/**
 * SQLite through node-sqlite3 or better-sqlite3: one SQL dialect, two clients.
 * Inserts are multi-row `INSERT … VALUES` with `?` placeholders, as many rows per statement
 * as the linked library's SQLITE_MAX_VARIABLE_NUMBER allows. Multi-row VALUES is not a
 * compound SELECT and builds no expression tree, so neither the 500-term compound limit nor
 * the 1 000-deep expression limit that breaks TypeORM's own re-select applies.
 */
export class SqliteDialect implements BulkDialect {
  readonly name = "sqlite";
  readonly sharedConnection = true;
  readonly defaultBatchSize = 500;
  private maxVariables = LEGACY_MAX_VARIABLES;
  private probed = false;
  private readonly sql = new SqlCache();

  constructor(private readonly driver: "sqlite3" | "better-sqlite3") {}

  maxRowsPerInsert(_plan: ColumnPlan, columnCount: number): number {
    return Math.max(1, Math.floor(this.maxVariables / Math.max(1, columnCount)));
  }

  async prepare(_plan: ColumnPlan, client: DatabaseClient): Promise<void> {
    if (this.probed) return;
    this.maxVariables = await probeMaxVariables(client);
    this.probed = true;
  }

  buildInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount } = batch;
    const trailer = onConflictClause(plan, batch.conflict, "CURRENT_TIMESTAMP") + returningClause(plan, batch.returning);
    const sql = this.sql.get(shapeKey(columns, rowCount, plan.tableName + trailer), () => {
      const values = valuesClause(rowCount, columns.length, () => "?");
      return `INSERT INTO ${plan.tableName} ${columnList(columns)} ${values}${trailer}`;
    });
    return { sql, parameters: batch.values as unknown[] };
  }

  async afterExplicitKeys(): Promise<void> {
    // SQLite moves its rowid/AUTOINCREMENT counter past explicit keys by itself.
  }

  client(native: unknown): DatabaseClient {
    return this.driver === "sqlite3"
      ? new Sqlite3Client(native as ConstructorParameters<typeof Sqlite3Client>[0])
      : new BetterSqlite3Client(native as ConstructorParameters<typeof BetterSqlite3Client>[0]);
  }
}

/** The linked library's bind-variable limit: its compile option if set, else the version's default. */
async function probeMaxVariables(client: DatabaseClient): Promise<number> {
  const options = await client.run({ sql: "PRAGMA compile_options", parameters: [] }, true);
  for (const row of options.rows) {
    const match = /^MAX_VARIABLE_NUMBER=(\d+)$/.exec(String(Object.values(row)[0]));
    if (match) return Number(match[1]);
  }
  const version = await client.run({ sql: "SELECT sqlite_version() AS v", parameters: [] }, true);
  const [major, minor] = String(version.rows[0]?.["v"]).split(".").map(Number);
  return major! > 3 || (major === 3 && minor! >= 32) ? MODERN_MAX_VARIABLES : LEGACY_MAX_VARIABLES;
}
