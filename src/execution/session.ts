import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { BulkDialect, DatabaseClient, ExecResult } from "../dialects/dialect";
import { dialectOf } from "../dialects/resolve-dialect";
import type { SqlStatement } from "../types";

/** Where a bulk call runs: an EntityManager (possibly transactional) or a DataSource. */
export type BulkTarget = EntityManager | DataSource;

/** One bulk call's connection, dialect and transaction. */
export interface BulkSession {
  readonly dataSource: DataSource;
  readonly dialect: BulkDialect;
  readonly client: DatabaseClient;
}

function isDataSource(target: BulkTarget): target is DataSource {
  return typeof (target as DataSource).createQueryRunner === "function" && "manager" in target;
}

/** The DataSource behind a manager or data source, on TypeORM 0.3 (`connection`) and 1.x (`dataSource`). */
export function dataSourceOf(target: BulkTarget): DataSource {
  if (isDataSource(target)) return target;
  return (target as { dataSource?: DataSource }).dataSource ?? target.connection;
}

function queryRunnerOf(target: BulkTarget): QueryRunner | undefined {
  return isDataSource(target) ? undefined : target.queryRunner;
}

// SQLite drivers have one connection per DataSource: bulk calls on it take turns, or one
// call's BEGIN would land inside another's transaction.
const turns = new WeakMap<DataSource, Promise<unknown>>();

async function takingTurns<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const previous = turns.get(dataSource) ?? Promise.resolve();
  const current = previous.then(work, work);
  turns.set(dataSource, current.catch(() => undefined));
  return current;
}

/**
 * Runs `work` on a connection of `target`. With `transactional`, every statement of `work`
 * runs in one transaction, committed if `work` resolves and rolled back if it rejects; an
 * already open transaction of the caller is joined instead. The transaction opens with the
 * first statement (so an empty or invalid input sends nothing) and uses plain BEGIN/COMMIT
 * on the connection rather than QueryRunner.startTransaction, which would notify subscribers.
 */
export async function withSession<T>(
  target: BulkTarget,
  transactional: boolean,
  work: (session: BulkSession) => Promise<T>,
): Promise<T> {
  const dataSource = dataSourceOf(target);
  const dialect = dialectOf(dataSource);
  const callerRunner = queryRunnerOf(target);
  const joined = callerRunner?.isTransactionActive === true;
  const run = async (): Promise<T> => {
    const queryRunner = callerRunner ?? dataSource.createQueryRunner();
    try {
      const native = dialect.client(await queryRunner.connect());
      if (!transactional || joined) return await work({ dataSource, dialect, client: native });
      const client = new LazyTransaction(native);
      let result: T;
      try {
        result = await work({ dataSource, dialect, client });
      } catch (error) {
        await client.rollback();
        throw error;
      }
      await client.commit();
      return result;
    } finally {
      if (callerRunner === undefined) await queryRunner.release();
    }
  };
  return dialect.sharedConnection && !joined ? takingTurns(dataSource, run) : run();
}

/** A client that sends BEGIN just before its first statement. */
class LazyTransaction implements DatabaseClient {
  private begun = false;

  readonly streamIn?: (sql: string, data: string) => Promise<number>;

  constructor(private readonly inner: DatabaseClient) {
    const streamIn = inner.streamIn?.bind(inner);
    if (streamIn) {
      this.streamIn = async (sql, data) => {
        await this.begin();
        return streamIn(sql, data);
      };
    }
  }

  async run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult> {
    await this.begin();
    return this.inner.run(statement, wantRows);
  }

  private async begin(): Promise<void> {
    if (this.begun) return;
    await this.inner.run({ sql: "BEGIN", parameters: [] }, false);
    this.begun = true;
  }

  async commit(): Promise<void> {
    if (this.begun) await this.inner.run({ sql: "COMMIT", parameters: [] }, false);
  }

  /** Rolls back; a failure here (a dead connection) must not hide the error that caused it. */
  async rollback(): Promise<void> {
    if (this.begun) await this.inner.run({ sql: "ROLLBACK", parameters: [] }, false).catch(() => undefined);
  }
}
