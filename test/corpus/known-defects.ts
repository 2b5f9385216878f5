import type { CorpusException } from "./refusals";

/**
 * Known open defects the corpus finds (issue 8 section 2 and new ones). NOT refusals: each
 * entry is a bug; delete it when the fix lands (the corpus test prints entries that no longer
 * fail, among the folders it ran).
 */
export const knownDefects: readonly CorpusException[] = [];

/** A column-type sweep case that fails because of a known open defect. */
export interface ColumnTypeException {
  /** Matches the spec name, e.g. `char(6)`, `int unsigned`, `varchar[]`. */
  readonly spec: RegExp;
  readonly operation: "insert" | "update" | "upsert" | "*";
  /** Database name as in the test titles, a family, or `*`. */
  readonly database: string;
  readonly major?: number;
  readonly detail?: RegExp;
  readonly reason: string;
}

/** Known open defects the column-type sweep finds; delete an entry when its fix lands. */
export const knownColumnTypeDefects: readonly ColumnTypeException[] = [];
