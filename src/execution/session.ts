import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { BulkDialect, DatabaseClient, ExecResult } from "../dialects/dialect";
import { dialectOf } from "../dialects/resolve-dialect";
import { BulkError, withCommitState, messageOf } from "../errors";
import type { SqlStatement } from "../types";
import { ConnectionGate } from "./connection-gate";
import { insideOpenTransaction } from "./transaction-context";

/** Where a bulk call runs: an EntityManager (possibly transactional) or a DataSource. */
export type BulkTarget = EntityManager | DataSource;

/**
 * How a call's statements are grouped into transactions: `call`, one for the whole call;
 * `batch`, one per batch (`transaction: false`); `joined`, the caller's open transaction,
 * behind a savepoint of the call's own; `none`, no transaction (a dry run sends only catalog
 * reads).
 */
export type TransactionMode = "call" | "batch" | "joined" | "none";

/** One bulk call's connection, dialect and transactions. */
export interface BulkSession {
  readonly dataSource: DataSource;
  readonly dialect: BulkDialect;
  readonly client: DatabaseClient;
  /**
   * Runs the statements of one batch of `rows` input rows, everything `work` checks or writes
   * back included: in `batch` mode inside a transaction of its own, committed before this
   * resolves (and rolled back if `work` rejects).
   */
  batch<T>(rows: number, work: () => Promise<T>): Promise<T>;
  /**
   * Registers `recover`, run when the call fails after committing batches (`batch` mode),
   * outside any transaction: what a successful call would have done once at its end for the
   * rows it committed (moving a key sequence past explicit ids).
   */
  onFailure(recover: (client: DatabaseClient) => Promise<void>): void;
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

/**
 * Runs `work` on a connection of `target`, its statements grouped as `wanted` says (`call`,
 * `batch` or `none`); an already open transaction of the caller is joined instead (one call at a time). A
 * transaction opens with its first statement (so an empty or invalid input sends nothing) and
 * uses plain BEGIN/COMMIT on the connection rather than QueryRunner.startTransaction, which
 * would notify subscribers. A bulk call never commits or rolls back a transaction it did not
 * open: in the caller's transaction it writes behind a savepoint, rolled back to when the call
 * fails, so the call leaves none of its rows there (as one failed `insert()` statement would)
 * and the caller's transaction stays usable, PostgreSQL's included. Every rejection is a {@link BulkError} that says how many rows were committed
 * (`committedRows`, and `committedRowsAtMost` when a COMMIT's outcome is unknown).
 *
 * On a database with one connection per DataSource (SQLite) the call runs in a turn of that
 * connection, taken in turn with TypeORM's own work (see {@link ConnectionGate}). A call made
 * there on the DataSource from inside its open TypeORM transaction would wait for that
 * transaction, which waits for the call: it is refused at once (`entity` names the call's
 * entity in the message). On a database with a pool, such a call simply runs on another
 * connection, outside the caller's transaction.
 */
export async function withSession<T>(
  target: BulkTarget,
  wanted: Exclude<TransactionMode, "joined">,
  work: (session: BulkSession) => Promise<T>,
  entity?: string,
): Promise<T> {
  const dataSource = dataSourceOf(target);
  const dialect = dialectOf(dataSource);
  const callerRunner = queryRunnerOf(target);
  const inCallerTransaction = callerRunner?.isTransactionActive === true;
  // a dry run in the caller's transaction sends only catalog reads there: no savepoint
  const mode: TransactionMode = inCallerTransaction && wanted !== "none" ? "joined" : wanted;
  const run = async (): Promise<T> => {
    const queryRunner = callerRunner ?? dataSource.createQueryRunner();
    try {
      const session = new Session(dataSource, dialect, dialect.client(await queryRunner.connect()), mode);
      return await session.run(work);
    } finally {
      if (callerRunner === undefined) await queryRunner.release();
    }
  };
  if (inCallerTransaction) return oneAtATime(callerRunner!, run);
  if (!dialect.sharedConnection) return run();
  if (insideOpenTransaction(dataSource)) throw insideTransactionError(entity);
  // the driver's own QueryRunner: DataSource.createQueryRunner would also replace its manager
  return ConnectionGate.of(dataSource.driver.createQueryRunner("master")).exclusive(run);
}

/** The last call queued in each caller's transaction (see {@link oneAtATime}). */
const joinedCalls = new WeakMap<QueryRunner, Promise<unknown>>();

/**
 * Runs the calls made in one caller's transaction one after the other: two calls' statements
 * interleaved on its connection would interleave their savepoints too, and releasing the first
 * would release the second (`Promise.all` of two bulk calls on one transaction's manager).
 */
function oneAtATime<T>(runner: QueryRunner, run: () => Promise<T>): Promise<T> {
  const previous = joinedCalls.get(runner) ?? Promise.resolve();
  const next = previous.then(run, run);
  joinedCalls.set(runner, next.catch(() => undefined));
  return next;
}

/** What a call has committed so far, certainly and possibly. */
interface Ledger {
  /** Rows of batches whose COMMIT succeeded. */
  committed: number;
  /** Rows whose statements succeeded in the call's one transaction (`call` mode). */
  written: number;
  /** Rows of a COMMIT that failed without saying whether it happened. */
  uncertain: number;
}

/** A COMMIT that failed; its message says what became of the transaction, its `cause` why. */
export class CommitFailed extends Error {}

/** A COMMIT that failed: whether it took effect is unknown. */
export class CommitOutcomeUnknown extends CommitFailed {
  constructor(cause: unknown) {
    super(`COMMIT failed, so whether its rows were committed is unknown: ${messageOf(cause)}`, { cause });
    this.name = "CommitOutcomeUnknown";
  }
}

/** A COMMIT that the database refused and rolled back (see `BulkDialect.commitRolledBack`): nothing committed. */
export class CommitRolledBack extends CommitFailed {
  constructor(cause: unknown) {
    super(`COMMIT failed and was rolled back, so none of its rows were committed: ${messageOf(cause)}`, { cause });
    this.name = "CommitRolledBack";
  }
}

class Session implements BulkSession {
  readonly client: SessionClient;
  private readonly ledger: Ledger = { committed: 0, written: 0, uncertain: 0 };
  private readonly recoveries: ((client: DatabaseClient) => Promise<void>)[] = [];
  /** The batch running now (BEGIN to COMMIT), settled or not. */
  private current: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dataSource: DataSource,
    readonly dialect: BulkDialect,
    private readonly raw: DatabaseClient,
    private readonly mode: TransactionMode,
  ) {
    this.client = new SessionClient(raw, scopeOf(mode));
  }

  async run<T>(work: (session: BulkSession) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await work(this);
      await this.settle();
      await this.commitCall();
    } catch (error) {
      await this.settle();
      const undone = this.mode === "call" || this.mode === "joined" ? await this.client.rollback() : true;
      if (this.mode === "batch" && this.ledger.committed + this.ledger.uncertain > 0) await this.recover();
      const reported = this.reported(error);
      // a deadlock (MySQL) or a full disk (SQLite) ends the whole transaction, savepoint and all
      if (!undone && this.mode === "joined") reported.message += " (the database has ended your transaction: ROLLBACK TO SAVEPOINT failed)";
      throw reported;
    }
    return result;
  }

  batch<T>(rows: number, work: () => Promise<T>): Promise<T> {
    const next = this.current.then(
      () => this.runBatch(rows, work),
      () => this.runBatch(rows, work),
    );
    this.current = next.catch(() => undefined);
    return next;
  }

  onFailure(recover: (client: DatabaseClient) => Promise<void>): void {
    this.recoveries.push(recover);
  }

  private async runBatch<T>(rows: number, work: () => Promise<T>): Promise<T> {
    if (this.mode !== "batch") {
      const result = await work();
      this.ledger.written += rows;
      return result;
    }
    await this.client.begin();
    let result: T;
    try {
      result = await work();
    } catch (error) {
      await this.client.rollback();
      throw error;
    }
    await this.commit(rows);
    this.ledger.committed += rows;
    return result;
  }

  /**
   * Commits the open transaction; a failed COMMIT makes `rows` uncertain (rolled back if still
   * open), unless the dialect knows from the error that the database rolled it back.
   */
  private async commit(rows: number): Promise<void> {
    await this.client.outcome(); // a failed statement: nothing is committed, and nothing uncertain
    try {
      await this.client.commit();
    } catch (error) {
      const rolledBack = this.dialect.commitRolledBack?.(error) === true;
      if (!rolledBack) this.ledger.uncertain = rows;
      // SQLite keeps the transaction open after a failed COMMIT (a deferred foreign key)
      await this.client.rollback();
      throw rolledBack ? new CommitRolledBack(error) : new CommitOutcomeUnknown(error);
    }
  }

  private async commitCall(): Promise<void> {
    if (this.mode === "joined") return this.releaseSavepoint();
    if (this.mode !== "call") return;
    try {
      await this.commit(this.ledger.written);
    } catch (error) {
      throw new BulkError(messageOf(error), { cause: (error as Error).cause ?? error });
    }
  }

  /** Ends the call's savepoint in the caller's transaction (a failed statement rejects here). */
  private async releaseSavepoint(): Promise<void> {
    await this.client.outcome();
    await this.client.commit();
  }

  /** Waits for the batch and the statement still running. */
  private async settle(): Promise<void> {
    await this.current;
    await this.client.idle();
  }

  /** Runs the recoveries on the bare connection; their failure must not hide the call's error. */
  private async recover(): Promise<void> {
    for (const recover of this.recoveries) await recover(this.raw).catch(() => undefined);
  }

  /** `error` as a BulkError carrying what this call committed. */
  private reported(error: unknown): BulkError {
    const bulkError =
      error instanceof BulkError ? error : new BulkError(`bulk call failed: ${messageOf(error)}`, { cause: error });
    const { committed, uncertain } = this.ledger;
    return withCommitState(bulkError, committed, uncertain > 0 ? committed + uncertain : undefined);
  }
}

/**
 * The connection as a bulk call sees it. It keeps the call's statements in order and knows
 * when the last one has finished: a call that fails while a pipelined statement is still
 * running waits for it before rolling back or releasing the connection. The scope's opening
 * statement (BEGIN, or SAVEPOINT in the caller's transaction) is sent just before the first
 * statement (`scope.lazy`) or by `begin()`; its COMMIT and ROLLBACK only when that opening
 * succeeded, so a transaction someone else opened is never ended.
 */
class SessionClient implements DatabaseClient {
  /** The scope's opening statement (BEGIN or SAVEPOINT), sent and not yet answered by its end. */
  private beginning: Promise<unknown> | undefined;
  /** Whether the transaction of `beginning` is open (its BEGIN succeeded). */
  private open = false;
  /** The last statement sent, settled or not. */
  private last: Promise<unknown> = Promise.resolve();

  readonly streamIn?: (sql: string, data: string) => Promise<number>;

  constructor(
    private readonly inner: DatabaseClient,
    private readonly scope: TransactionScope,
  ) {
    const streamIn = inner.streamIn?.bind(inner);
    if (streamIn) this.streamIn = (sql, data) => this.track(async () => streamIn(sql, data));
  }

  run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult> {
    return this.track(() => this.inner.run(statement, wantRows));
  }

  /** Opens a transaction (a failed earlier statement makes this fail the same way). */
  async begin(): Promise<void> {
    this.sendBegin();
    await this.beginning;
  }

  /** Resolves when the last statement sent succeeded, rejects with its error otherwise. */
  async outcome(): Promise<void> {
    await this.last;
  }

  /** Resolves once the last statement sent has finished (whatever its outcome). */
  async idle(): Promise<void> {
    await this.last.catch(() => undefined);
  }

  async commit(): Promise<void> {
    if (!(await this.isOpen())) return;
    await this.inner.run(sqlOf(this.scope.commit), false);
    this.close();
  }

  /**
   * Rolls back; resolves with whether that worked (or nothing was open). A failure here (a dead
   * connection) must not hide the error that caused it.
   */
  async rollback(): Promise<boolean> {
    await this.idle();
    if (!(await this.isOpen())) return true;
    this.close();
    let undone = true;
    for (const sql of this.scope.rollback) await this.inner.run(sqlOf(sql), false).catch(() => (undone = false));
    return undone;
  }

  private async isOpen(): Promise<boolean> {
    await this.beginning?.catch(() => undefined);
    return this.open;
  }

  private close(): void {
    this.open = false;
    this.beginning = undefined;
  }

  private sendBegin(): void {
    this.beginning = this.last.then(async () => {
      await this.inner.run(sqlOf(this.scope.begin), false);
      this.open = true;
    });
    this.beginning.catch(() => undefined);
    this.last = this.beginning;
  }

  private track<R>(send: () => Promise<R>): Promise<R> {
    if (this.scope.lazy && this.beginning === undefined && !this.open) this.sendBegin();
    // after a failed statement (or BEGIN) nothing more is sent: the next one fails the same way
    const next = this.last.then(send);
    this.last = next;
    return next;
  }
}

/** The statements that open, end and undo a call's (or a batch's) transaction. */
interface TransactionScope {
  readonly begin: string;
  readonly commit: string;
  readonly rollback: readonly string[];
  /** Whether the first statement opens it (else `begin()` does, per batch). */
  readonly lazy: boolean;
}

/** Distinct per call: two calls in one caller's transaction each roll back to their own. */
let savepoints = 0;

function scopeOf(mode: TransactionMode): TransactionScope {
  if (mode === "joined") {
    // the same statements on PostgreSQL, MySQL/MariaDB and SQLite
    const name = `typeorm_bulk_${++savepoints}`;
    return { begin: `SAVEPOINT ${name}`, commit: `RELEASE SAVEPOINT ${name}`, rollback: [`ROLLBACK TO SAVEPOINT ${name}`, `RELEASE SAVEPOINT ${name}`], lazy: true };
  }
  return { begin: "BEGIN", commit: "COMMIT", rollback: ["ROLLBACK"], lazy: mode === "call" };
}

function sqlOf(sql: string): SqlStatement {
  return { sql, parameters: [] };
}

/** A bulk call given the DataSource, or a manager outside the transaction, from inside a SQLite transaction. */
function insideTransactionError(entity: string | undefined): BulkError {
  return new BulkError(
    `${entity ?? "bulk call"}: called inside a TypeORM transaction on this SQLite DataSource: pass the transaction's EntityManager (m) ` +
      "instead, so the call joins the transaction (SQLite has one connection, which the transaction holds until its callback returns)",
    { entity },
  );
}

