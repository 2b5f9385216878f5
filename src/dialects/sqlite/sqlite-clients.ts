import type { SqlStatement } from "../../types";
import type { DatabaseClient, ExecResult } from "../dialect";

// Structural views of the two drivers: this package does not depend on either one's types.

/** The part of node-sqlite3's `Database` used here. */
interface Sqlite3Database {
  run(sql: string, params: unknown[], callback: (this: { changes: number }, err: Error | null) => void): unknown;
  all(sql: string, params: unknown[], callback: (err: Error | null, rows: Record<string, unknown>[]) => void): unknown;
}

/** The part of better-sqlite3's `Database` used here. */
interface BetterSqlite3Database {
  prepare(sql: string): BetterSqlite3Statement;
}

interface BetterSqlite3Statement {
  run(params: unknown[]): { changes: number };
  all(params: unknown[]): Record<string, unknown>[];
}

/** Runs statements on a node-sqlite3 connection (TypeORM 0.3 `type: "sqlite"`). */
export class Sqlite3Client implements DatabaseClient {
  constructor(private readonly db: Sqlite3Database) {}

  run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult> {
    return new Promise((resolve, reject) => {
      if (wantRows) {
        this.db.all(statement.sql, statement.parameters, (err, rows) =>
          err ? reject(err) : resolve({ rows, affectedRows: rows.length }),
        );
      } else {
        this.db.run(statement.sql, statement.parameters, function (err) {
          if (err) reject(err);
          else resolve({ rows: [], affectedRows: this.changes });
        });
      }
    });
  }
}

const STATEMENT_CACHE_SIZE = 32;

/** Runs statements on a better-sqlite3 connection, keeping the prepared statements of recent shapes. */
export class BetterSqlite3Client implements DatabaseClient {
  private readonly statements = new Map<string, BetterSqlite3Statement>();

  constructor(private readonly db: BetterSqlite3Database) {}

  run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult> {
    try {
      const prepared = this.prepare(statement.sql);
      if (wantRows) {
        const rows = prepared.all(statement.parameters);
        return Promise.resolve({ rows, affectedRows: rows.length });
      }
      return Promise.resolve({ rows: [], affectedRows: prepared.run(statement.parameters).changes });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private prepare(sql: string): BetterSqlite3Statement {
    let prepared = this.statements.get(sql);
    if (prepared === undefined) {
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.clear();
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }
}
