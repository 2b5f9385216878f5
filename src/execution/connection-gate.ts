import { AsyncLocalStorage } from "node:async_hooks";

/** One holder's turn on a connection: `ready` resolves when every earlier turn has ended. */
interface Turn {
  readonly ready: Promise<void>;
  end(): void;
}

/** First come, first served turns. */
class TurnQueue {
  private tail: Promise<void> = Promise.resolve();

  take(): Turn {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const ready = this.tail;
    this.tail = ready.then(() => ended);
    return { ready, end };
  }
}

/** The part of TypeORM's SQLite QueryRunner (0.3 and 1.x) the gate wraps. */
interface SharedRunner {
  isTransactionActive: boolean;
  transactionDepth?: number;
  query(...args: unknown[]): Promise<unknown>;
  startTransaction(...args: unknown[]): Promise<void>;
  commitTransaction(): Promise<void>;
  rollbackTransaction(): Promise<void>;
}

/**
 * Turns on the one connection of a SQLite DataSource, shared by bulk calls and TypeORM itself.
 *
 * TypeORM has no lock there: the driver hands every caller the same QueryRunner, and its
 * `startTransaction` sends BEGIN whatever else is in progress, so a `save()` arriving during a
 * bulk call's transaction failed its BEGIN and then rolled back the bulk call's work. The gate is
 * therefore installed on that QueryRunner (its four methods wrapped, once): an outermost TypeORM
 * transaction holds a turn from `startTransaction` to its outermost commit or rollback, a
 * statement outside any transaction waits for a turn of its own, and a bulk call holds one for its
 * whole run, sending its statements straight to the connection. TypeORM's work among itself is
 * left as TypeORM does it: while TypeORM's transaction holds the turn, its other statements (and
 * nested transactions) pass. Statements started from the async context of the turn's holder
 * pass too (a row source that reads through TypeORM during the bulk call, whose reads then see
 * the call's uncommitted rows); a TypeORM transaction can't start from a bulk call's context, as
 * its BEGIN would land inside the bulk call's transaction. TypeORM's concurrent transactions
 * among themselves are left as TypeORM has them (on SQLite they collide).
 */
export class ConnectionGate {
  private readonly queue = new TurnQueue();
  /** The turn the open outermost TypeORM transaction holds. */
  private typeormTurn: Turn | undefined;
  /** The turn of the bulk call, or of the TypeORM statement outside a transaction, running now. */
  private holder: Turn | undefined;
  private holderIsBulkCall = false;
  /** Which turn the running code belongs to, so that what it starts itself doesn't wait for it. */
  private readonly context = new AsyncLocalStorage<Turn>();

  private constructor(runner: SharedRunner) {
    // a transaction TypeORM opened before the first bulk call holds the first turn
    if (runner.isTransactionActive) this.typeormTurn = this.queue.take();
    this.wrap(runner);
  }

  /** The gate of `runner`, installed on first use. */
  static of(runner: object): ConnectionGate {
    let gate = gates.get(runner);
    if (gate === undefined) {
      gate = new ConnectionGate(runner as SharedRunner);
      gates.set(runner, gate);
    }
    return gate;
  }

  /** Runs a bulk call's `work` in a turn of its own. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.inTurn(true, work);
  }

  private async inTurn<T>(bulkCall: boolean, work: () => Promise<T>): Promise<T> {
    const turn = this.queue.take();
    await turn.ready;
    this.holder = turn;
    this.holderIsBulkCall = bulkCall;
    try {
      return await this.context.run(turn, work);
    } finally {
      this.holder = undefined;
      turn.end();
    }
  }

  /** Whether the running code belongs to the turn holding the connection (a subscriber's query inside a query, say). */
  private insideHolder(): boolean {
    return this.holder !== undefined && this.context.getStore() === this.holder;
  }

  private insideBulkCall(): boolean {
    return this.holderIsBulkCall && this.insideHolder();
  }

  private endTypeormTurn(): void {
    const turn = this.typeormTurn;
    this.typeormTurn = undefined;
    turn?.end();
  }

  private wrap(runner: SharedRunner): void {
    const { query, startTransaction, commitTransaction, rollbackTransaction } = runner;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const gate = this;
    runner.query = function (this: SharedRunner, ...args: unknown[]) {
      if (gate.typeormTurn !== undefined || gate.insideHolder()) return query.apply(this, args);
      return gate.inTurn(false, () => query.apply(this, args));
    };
    runner.startTransaction = async function (this: SharedRunner, ...args: unknown[]) {
      if (gate.insideBulkCall()) {
        throw new Error("typeorm-bulk: a TypeORM transaction can't start on this SQLite connection from inside a bulk call on it");
      }
      if (gate.typeormTurn === undefined) {
        const turn = gate.queue.take();
        await turn.ready;
        gate.typeormTurn = turn;
      }
      try {
        await startTransaction.apply(this, args);
      } catch (error) {
        if (!this.isTransactionActive) gate.endTypeormTurn();
        throw error;
      }
    };
    runner.commitTransaction = async function (this: SharedRunner) {
      await commitTransaction.apply(this);
      if (!this.isTransactionActive) gate.endTypeormTurn();
    };
    runner.rollbackTransaction = async function (this: SharedRunner) {
      const outermost = (this.transactionDepth ?? 0) <= 1;
      try {
        await rollbackTransaction.apply(this);
      } finally {
        // a failed outermost ROLLBACK leaves TypeORM's flags set, but its transaction is over
        if (!this.isTransactionActive || outermost) gate.endTypeormTurn();
      }
    };
  }
}

const gates = new WeakMap<object, ConnectionGate>();
