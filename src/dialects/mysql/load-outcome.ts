import { BulkError } from "../../errors";
import { BatchRowError } from "../dialect";
import { loadDataErrorRow } from "./load-data-text";

// What a LOAD DATA LOCAL INFILE's failure or warnings mean, for the batch path (method "load")
// and the file path (`loadCsv`) alike.

/** Errors of a server or client that refuses LOAD DATA LOCAL (MySQL 3948/1148, MariaDB 4166). */
const LOCAL_INFILE_REFUSED = new Set([1148, 3948, 4166]);

/** Whether `error` is the server's or client's refusal of LOAD DATA LOCAL (`local_infile` off). */
export function refusesLocal(error: unknown): boolean {
  const code = (error as { errno?: number } | null)?.errno;
  return code !== undefined && LOCAL_INFILE_REFUSED.has(code);
}

/** The error a failed LOAD DATA rejects with: a refusal of LOCAL said plainly, a row error pinned to its row. */
export function loadDataFailure(error: unknown, entity: string, otherwise: string): Error {
  if (refusesLocal(error)) {
    return new BulkError(`${entity}: LOAD DATA LOCAL is refused; enable local_infile on the server (and the client), or use ${otherwise}`, {
      entity,
      cause: error,
    });
  }
  return pinnedToRow(error as Error, "LOAD DATA");
}

/** Runs one statement on the connection of a LOAD DATA and resolves with its rows. */
export type ShowRows = (sql: string) => Promise<readonly Record<string, unknown>[]>;

/**
 * The error of a LOAD DATA that left warnings, `undefined` for none: LOCAL turns bad values and
 * duplicate keys into warnings, so any warning fails the load. A note (a decimal rounded to its
 * scale) is what the same value gives an INSERT, which succeeds. SHOW WARNINGS lists at most
 * `max_error_count` of them, so where it lists notes only, they must be all there are: a
 * warning past the list fails the load too. (MariaDB loads with `SET STATEMENT sql_notes = 0`,
 * which keeps notes out of the list.)
 */
export async function loadDataWarning(show: ShowRows): Promise<Error | undefined> {
  const warnings = await show("SHOW WARNINGS");
  const first = warnings.find((warning) => warning["Level"] !== "Note");
  if (first !== undefined) return pinnedToRow(new Error(`LOAD DATA: ${String(first["Message"])} (${String(first["Code"])})`), "LOAD DATA");
  if (warnings.length === 0) return undefined;
  const total = Number(Object.values((await show("SHOW COUNT(*) WARNINGS"))[0] ?? {})[0] ?? 0);
  return total > warnings.length ? new Error(`LOAD DATA: ${total} notes or warnings, more than SHOW WARNINGS lists (max_error_count)`) : undefined;
}

/**
 * A server error or warning that names the statement row at fault ("… at row 3"), pinned to
 * that row (its message prefixed with `source` and the row, where given); others as they are.
 */
export function pinnedToRow(error: Error, source?: string): Error {
  const row = loadDataErrorRow(error.message ?? "");
  if (row === undefined) return error;
  return new BatchRowError(source === undefined ? error.message : `${source} row ${row}: ${error.message}`, row - 1, error);
}
