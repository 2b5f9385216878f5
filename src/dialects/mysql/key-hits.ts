import type { ColumnPlan } from "../../metadata/column-plan";
import type { DatabaseClient } from "../dialect";

// `ON DUPLICATE KEY UPDATE` runs its assignments once for every row that hits a unique key
// (an existing row, or one inserted earlier by the same statement), whether or not the row
// then changes. A session variable incremented there counts those rows exactly: the server's
// own counts can't (a one-row statement reports 1 for an insert and for an unchanged row when
// CLIENT_FOUND_ROWS is on, as it is by default in mysql2).

/** The session variable counting rows that hit a unique key. */
const HITS = "@typeorm_bulk_hits";
/** The name of the counter in RETURNING rows. */
export const HITS_COLUMN = "typeorm_bulk_hits";

/**
 * The first assignment of an `ON DUPLICATE KEY UPDATE`: sets a primary-key column to its own
 * value (a no-op: the row does not change, ON UPDATE timestamps don't move) and counts the hit.
 */
export function countingAssignment(plan: ColumnPlan): string {
  const name = plan.quote(plan.primaryColumns[0]!.databaseName);
  return `${name} = IF((${HITS} := ${HITS} + 1) IS NULL, ${name}, ${name})`;
}

/** ` , @typeorm_bulk_hits AS typeorm_bulk_hits`: the counter after each RETURNING row. */
export const RETURNING_HITS = `, ${HITS} AS ${HITS_COLUMN}`;

/** The counter's value last seen on each call's connection. */
const lastSeen = new WeakMap<DatabaseClient, number>();

/** The counter before the next statement of `client`, reset the first time a call counts. */
export async function hitsBefore(client: DatabaseClient): Promise<number> {
  const seen = lastSeen.get(client);
  if (seen !== undefined) return seen;
  await client.run({ sql: `SET ${HITS} = 0`, parameters: [] }, false);
  lastSeen.set(client, 0);
  return 0;
}

/** Reads the counter after a statement without RETURNING. */
export async function readHits(client: DatabaseClient): Promise<number> {
  const { rows } = await client.run({ sql: `SELECT ${HITS} AS ${HITS_COLUMN}`, parameters: [] }, true);
  return Number(rows[0]?.[HITS_COLUMN]);
}

/** Records the counter after a statement; `undefined` (a failed statement) forgets it, so the next use resets it. */
export function recordHits(client: DatabaseClient, value: number | undefined): void {
  if (value === undefined || !Number.isFinite(value)) lastSeen.delete(client);
  else lastSeen.set(client, value);
}
