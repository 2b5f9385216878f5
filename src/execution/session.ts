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
    let client: SessionClient | undefined;
    try {
      client = new SessionClient(dialect.client(await queryRunner.connect()), transactional && !joined);
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
      // never hand a connection back while a statement of this call still runs on it
      await client?.idle();
      if (callerRunner === undefined) await queryRunner.release();
    }
  };
  return dialect.sharedConnection && !joined ? takingTurns(dataSource, run) : run();
}

/**
 * The connection as a bulk call sees it. It keeps the call's statements in order and knows
 * when the last one has finished: a call that fails while a pipelined statement is still
 * running waits for it before rolling back or releasing the connection. In a transaction of
 * its own, BEGIN is sent just before the first statement.
 */
class SessionClient implements DatabaseClient {
  /** BEGIN, once sent (whether or not it has finished). */
  private beginning: Promise<unknown> | undefined;
  /** The last statement sent, settled or not. */
  private last: Promise<unknown> = Promise.resolve();

  readonly streamIn?: (sql: string, data: string) => Promise<number>;

  constructor(
    private readonly inner: DatabaseClient,
    private readonly ownTransaction: boolean,
  ) {
    const streamIn = inner.streamIn?.bind(inner);
    if (streamIn) this.streamIn = (sql, data) => this.track(async () => streamIn(sql, data));
  }

  run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult> {
    return this.track(() => this.inner.run(statement, wantRows));
  }

  /** Resolves once the last statement sent has finished (whatever its outcome). */
  async idle(): Promise<void> {
    await this.last.catch(() => undefined);
  }

  async commit(): Promise<void> {
    await this.idle();
    if (this.beginning) await this.inner.run({ sql: "COMMIT", parameters: [] }, false);
  }

  /** Rolls back; a failure here (a dead connection) must not hide the error that caused it. */
  async rollback(): Promise<void> {
    await this.idle();
    if (this.beginning) await this.inner.run({ sql: "ROLLBACK", parameters: [] }, false).catch(() => undefined);
  }

  private track<R>(send: () => Promise<R>): Promise<R> {
    if (this.ownTransaction && this.beginning === undefined) {
      this.beginning = this.inner.run({ sql: "BEGIN", parameters: [] }, false);
      this.last = this.beginning;
    }
    // after a failed statement (or BEGIN) nothing more is sent: the next one fails the same way
    const next = this.last.then(send);
    this.last = next;
    return next;
  }
}
