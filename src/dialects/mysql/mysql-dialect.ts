import type { ColumnPlan } from "../../metadata/column-plan";
import type { SqlStatement } from "../../types";
import type { BulkDialect, DatabaseClient, ExecResult, InsertBatch } from "../dialect";
import { bookkeepingSets, returningClause } from "../on-conflict-sql";
import { columnList, shapeKey, SqlCache, valuesClause } from "../values-sql";

/** Placeholders one prepared statement may hold (a 16-bit count in the protocol). */
const MAX_PLACEHOLDERS = 65535;

/** The part of mysql2's callback `Connection` used here (what TypeORM's pool hands out). */
interface MysqlConnection {
  query(sql: string, values: unknown[], callback: (err: Error | null, result: unknown) => void): unknown;
}

/**
 * MySQL and MariaDB through mysql2: multi-row `INSERT … VALUES` with `?` placeholders,
 * `ON DUPLICATE KEY UPDATE` for upserts, and `RETURNING` where the server has it (MariaDB).
 */
export class MysqlDialect implements BulkDialect {
  readonly name = "mysql";
  readonly sharedConnection = false;
  readonly defaultBatchSize = 1000;
  private readonly sql = new SqlCache();

  maxRowsPerInsert(_plan: ColumnPlan, columnCount: number): number {
    return Math.max(1, Math.floor(MAX_PLACEHOLDERS / Math.max(1, columnCount)));
  }

  async prepare(): Promise<void> {}

  buildInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, conflict } = batch;
    const verb = conflict.kind === "ignore" ? "INSERT IGNORE" : "INSERT";
    let trailer = "";
    if (conflict.kind === "update") {
      const sets = conflict.update.map((c) => {
        const name = plan.quote(c.databaseName);
        return `${name} = VALUES(${name})`;
      });
      sets.push(...bookkeepingSets(plan, conflict.update, "CURRENT_TIMESTAMP"));
      trailer = ` ON DUPLICATE KEY UPDATE ${sets.join(", ")}`;
    }
    trailer += returningClause(plan, batch.returning);
    const sql = this.sql.get(shapeKey(columns, rowCount, `${verb}${plan.tableName}${trailer}`), () => {
      const values = valuesClause(rowCount, columns.length, () => "?");
      return `${verb} INTO ${plan.tableName} ${columnList(columns)} ${values}${trailer}`;
    });
    return { sql, parameters: batch.values as unknown[] };
  }

  async afterExplicitKeys(): Promise<void> {
    // AUTO_INCREMENT moves past explicit keys by itself.
  }

  client(native: unknown): DatabaseClient {
    return new MysqlClient(native as MysqlConnection);
  }
}

class MysqlClient implements DatabaseClient {
  constructor(private readonly connection: MysqlConnection) {}

  run(statement: SqlStatement, _wantRows: boolean): Promise<ExecResult> {
    return new Promise((resolve, reject) => {
      this.connection.query(statement.sql, statement.parameters, (err, result) => {
        if (err) return reject(err);
        if (Array.isArray(result)) resolve({ rows: result as Record<string, unknown>[], affectedRows: result.length });
        else resolve({ rows: [], affectedRows: (result as { affectedRows: number }).affectedRows });
      });
    });
  }
}
