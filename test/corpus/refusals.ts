import type { PathName } from "./harness";

/** A corpus case the package rejects or writes differently on purpose, with why. */
export interface CorpusException {
  /** Entity folder under test/corpus/entities, e.g. `github-issues/2800`; `*` for every folder. */
  readonly folder: string;
  /** Entity class name; omitted for every entity of the folder. */
  readonly entity?: string;
  /** The write path, or `*` for every path. */
  readonly path: PathName | "*";
  /** Database name as in the test titles (`postgres (pg)`), a family (`sqlite`), or `*`. */
  readonly database: string;
  /** TypeORM major (0 or 1); omitted for both. */
  readonly major?: number;
  /** Only cases whose error or difference matches this (for a defect with one known symptom). */
  readonly detail?: RegExp;
  readonly reason: string;
}

/**
 * Documented refusals: cases where the bulk call differs from TypeORM by design. Keep this
 * short; every entry is mirrored in the README's Guarantees section.
 */
export const refusals: readonly CorpusException[] = [
  {
    // TypeORM (0.3 and 1.x) sends one `INSERT ... DEFAULT VALUES` for a whole batch whose rows
    // all leave every column to its default, on PostgreSQL. The bulk call writes one row per input row.
    folder: "*",
    path: "*",
    database: "postgres",
    detail: /^6 rows written, TypeORM wrote 1$/,
    reason: "TypeORM 0.3 writes one row for a batch of all-default rows; the bulk call writes every row",
  },
  {
    // TypeORM 0.3 ignores a relation set inside an embedded (`{profile: {avatar: {id}}}`) when
    // the embedded also declares the join column as a property; 1.x and the bulk call write it.
    folder: "functional/embedded/embedded-relation-id-column",
    path: "*",
    database: "*",
    major: 0,
    detail: /^column profileAvatarid:/,
    reason: "TypeORM 0.3 drops a relation inside an embedded that has its own FK property; the bulk call writes it as 1.x does",
  },
  ...["functional/relations/lazy-relations/*", "github-issues/234", "github-issues/1055", "functional/find-options/select-lazy"].map(
    (folder): CorpusException => ({
      // The oracle's limit, not the package's: TypeORM's insert() ignores a lazy relation set on an
      // instance (`post.category = {id}` or a Promise); save() and bulkSaveObjects write it (item 10).
      folder,
      path: "bulkSaveObjects",
      database: "*",
      detail: /^column \w+: bulk "?\d+"?, TypeORM (null|"NULL")$/,
      reason: "TypeORM's insert() ignores a lazy relation set on an instance; bulkSaveObjects writes it as save() does",
    }),
  ),
];
