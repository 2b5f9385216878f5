import { BulkError, messageOf } from "../errors";
import type { BulkRowSource } from "../types";

function isAsyncIterable<T>(source: BulkRowSource<T>): source is AsyncIterable<T> {
  return typeof (source as AsyncIterable<T>)[Symbol.asyncIterator] === "function";
}

/**
 * Calls `visit` for every row of `source` in order, awaiting it only when it returns a promise
 * (so a plain array costs no microtask per row). An error thrown by the source itself becomes a
 * `BulkError` naming the row it failed to give, with the error as `cause`; when `visit` throws,
 * the source is closed (`return()`) and a non-BulkError becomes one naming no row (`visit`
 * names the row itself where the row is at fault).
 */
export async function forEachRow<T>(
  source: BulkRowSource<T>,
  entity: string,
  visit: (row: T, index: number) => void | Promise<void>,
): Promise<number> {
  if (!isIterable(source)) throw new BulkError(`${entity}: rows must be an Iterable or AsyncIterable`, { entity });
  let index = 0;
  let visiting = false;
  try {
    if (isAsyncIterable(source)) {
      for await (const row of source) {
        visiting = true;
        const pending = visit(row, index++);
        if (pending !== undefined) await pending;
        visiting = false;
      }
    } else {
      for (const row of source) {
        visiting = true;
        const pending = visit(row, index++);
        if (pending !== undefined) await pending;
        visiting = false;
      }
    }
  } catch (error) {
    if (error instanceof BulkError) throw error;
    if (visiting) throw new BulkError(`${entity}: ${messageOf(error)}`, { entity, cause: error });
    throw new BulkError(`${entity}: reading input row ${index} failed: ${messageOf(error)}`, {
      entity,
      rowIndex: index,
      cause: error,
    });
  }
  return index;
}

function isIterable(source: unknown): boolean {
  if (source === null || typeof source !== "object") return false;
  try {
    return Symbol.iterator in source || Symbol.asyncIterator in source;
  } catch {
    return false; // a Proxy whose `has` trap throws
  }
}

