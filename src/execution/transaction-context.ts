import { AsyncLocalStorage } from "node:async_hooks";
import { EntityManager } from "typeorm";

/**
 * An open TypeORM transaction, as the code running inside it sees it: which DataSource it is
 * on, and whether it is still open (a trace left in an async context after the transaction
 * ended must mean nothing).
 */
export interface TransactionTrace {
  readonly dataSource: object;
  open: boolean;
}

const traces = new AsyncLocalStorage<TransactionTrace>();
/** Set while `EntityManager.transaction()` runs its first, synchronous part (where it calls `startTransaction`). */
let managerStarting = 0;

/**
 * Whether the running code is inside a TypeORM transaction on `dataSource` that is still open.
 * On SQLite that transaction holds the DataSource's one connection until its callback returns,
 * so a bulk call waiting for the connection from inside the callback would wait forever.
 */
export function insideOpenTransaction(dataSource: object): boolean {
  const trace = traces.getStore();
  return trace !== undefined && trace.open && trace.dataSource === dataSource;
}

/**
 * Called by a QueryRunner's `startTransaction` before its first await: marks the caller's
 * async context, and what it starts from now on, as inside a transaction on `dataSource`
 * (code that opens a transaction on a QueryRunner runs its work after that call). Close the
 * trace when the transaction ends. `undefined` when `EntityManager.transaction()` is the
 * caller: its callback is traced exactly, and its caller's context, which may go on beside the
 * transaction, is left as it is.
 *
 * The mark is approximate: code that starts a QueryRunner's transaction without awaiting it
 * (an async function called without `await`) marks its own context too.
 */
export function enterTransaction(dataSource: object): TransactionTrace | undefined {
  if (managerStarting > 0) return undefined;
  const trace: TransactionTrace = { dataSource, open: true };
  traces.enterWith(trace);
  return trace;
}

type TransactionMethod = (this: EntityManager, ...args: unknown[]) => Promise<unknown>;

/**
 * Runs the callback of every `EntityManager.transaction()` (and so `DataSource.transaction()`)
 * inside a trace of its transaction. Installed once, when the package is loaded, so that even
 * a DataSource's first bulk call, made inside a transaction that began before the package
 * touched the connection, knows where it is. Nothing else about the transaction changes.
 */
function traceManagerTransactions(): void {
  const prototype = EntityManager.prototype as unknown as { transaction: TransactionMethod & { traced?: true } };
  const original = prototype.transaction;
  if (original.traced) return;
  const traced: TransactionMethod & { traced?: true } = function (this: EntityManager, ...args) {
    const at = args.findIndex((arg) => typeof arg === "function");
    if (at < 0) return original.apply(this, args);
    const callback = args[at] as (manager: EntityManager) => unknown;
    const trace: TransactionTrace = { dataSource: dataSourceOfManager(this), open: true };
    args[at] = (manager: EntityManager) => traces.run(trace, () => callback(manager));
    managerStarting++;
    let transaction: Promise<unknown>;
    try {
      transaction = original.apply(this, args);
    } finally {
      managerStarting--;
    }
    return transaction.finally(() => {
      trace.open = false;
    });
  };
  traced.traced = true;
  prototype.transaction = traced;
}

/** A manager's DataSource, on TypeORM 0.3 (`connection`) and 1.x (`dataSource`). */
function dataSourceOfManager(manager: EntityManager): object {
  return (manager as { dataSource?: object }).dataSource ?? manager.connection;
}

traceManagerTransactions();
