import { BulkError, messageOf } from "../../errors";
import type { ColumnPlan } from "../../metadata/column-plan";
import type { DatabaseClient } from "../dialect";

/**
 * How node-postgres' binary parameter (what a Buffer becomes) is read by a column's type:
 * `binary` (bytea takes the bytes), `text` (types whose binary input is their text, in UTF-8),
 * or `other` (a binary format this package doesn't reproduce).
 */
export type BufferInput = "binary" | "text" | "other";

/** What the statements need to know about one column of the table, from the catalog. */
export interface PgColumn {
  /**
   * The type values are cast to in `unnest($1::type[])` and in UPDATE sources: the column's
   * type (its base type, for a domain) without type modifier, so that the column's own length,
   * precision or domain check applies on assignment, as it does to TypeORM's untyped
   * parameters. `character` and `bit` mean width 1 without modifier, so they become `bpchar`
   * and `varbit`, which keep the whole value.
   */
  readonly cast: string;
  /**
   * Whether values can travel in an `unnest` array: not when the (base) type is an array
   * (unnest would flatten it), nor when its array delimiter isn't a comma (box's `;`: the
   * array literal node-postgres writes is comma-separated).
   */
  readonly unnestable: boolean;
  /** `GENERATED ALWAYS AS IDENTITY`: INSERT refuses explicit values, COPY would take them. */
  readonly identityAlways: boolean;
  /** OID of the sequence behind a serial or identity column. */
  readonly sequence: number | null;
  /** Its name, schema-qualified and quoted where needed: what a dry run's SQL names it by. */
  readonly sequenceName: string | null;
  readonly bufferInput: BufferInput;
  /**
   * The column's default as an SQL expression (`pg_attrdef`; an identity column's `nextval` of
   * its sequence), `null` for none: what an absent cell of a row gets where DEFAULT can't be said.
   */
  readonly defaultExpression: string | null;
}

/** The table of a plan as the catalog describes it. */
export interface PgTable {
  /** Columns by database name. */
  readonly columns: ReadonlyMap<string, PgColumn>;
  /** The table's own name, as COPY's error context names it. */
  readonly relname: string;
  /** Some column of the table, for an INSERT that lists no value (`(c) VALUES (DEFAULT), …`). */
  readonly anyColumn: string;
}

// The table is found by schema and name (no identifier parsing, which the driver's escaping
// may not survive); without a schema, as the search path finds it. Domains are followed to
// their base type.
const COLUMNS_SQL = `
WITH RECURSIVE rel AS (
  SELECT c.oid, n.nspname, c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relname = $2 AND c.relkind IN ('r', 'p', 'v', 'f', 'm')
    AND (n.nspname = $1::text OR ($1::text IS NULL AND n.nspname = ANY (current_schemas(true))))
  ORDER BY array_position(current_schemas(true), n.nspname)
  LIMIT 1
), cols AS (
  SELECT a.attrelid, a.attnum, a.attname, a.attidentity, a.atttypid FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid
  WHERE a.attnum > 0 AND NOT a.attisdropped
), base(attnum, typ) AS (
  SELECT attnum, atttypid FROM cols
  UNION ALL
  SELECT b.attnum, t.typbasetype FROM base b JOIN pg_type t ON t.oid = b.typ WHERE t.typtype = 'd'
)
SELECT r.relname, c.attname AS name, c.attidentity = 'a' AS identity_always,
  CASE t.oid WHEN 1042 THEN 'bpchar' WHEN 1014 THEN 'bpchar[]' WHEN 1560 THEN 'varbit' WHEN 1561 THEN 'varbit[]'
    ELSE format_type(t.oid, NULL) END AS cast,
  NOT (t.typlen = -1 AND t.typelem <> 0) AND t.typdelim = ',' AS unnestable,
  CASE WHEN t.oid = 17 THEN 'binary' WHEN t.oid IN (19, 25, 114, 1042, 1043) OR t.typtype = 'e' THEN 'text' ELSE 'other' END AS buffer_input,
  pg_get_serial_sequence(format('%I.%I', r.nspname, r.relname), c.attname)::regclass::oid AS sequence,
  pg_get_serial_sequence(format('%I.%I', r.nspname, r.relname), c.attname) AS sequence_name,
  pg_get_expr(d.adbin, d.adrelid) AS default_expression, c.attidentity <> '' AS identity
FROM rel r CROSS JOIN cols c JOIN base b ON b.attnum = c.attnum JOIN pg_type t ON t.oid = b.typ
  LEFT JOIN pg_attrdef d ON d.adrelid = c.attrelid AND d.adnum = c.attnum
WHERE t.typtype <> 'd'
ORDER BY c.attnum`;

/** Reads the columns of `plan`'s table; a `BulkError` when the table can't be read or doesn't exist. */
export async function readTable(plan: ColumnPlan, client: DatabaseClient): Promise<PgTable> {
  const { schema, tableName } = plan.metadata;
  const where = schema === undefined ? `"${tableName}"` : `"${schema}"."${tableName}"`;
  let rows: readonly Record<string, unknown>[];
  try {
    rows = (await client.run({ sql: COLUMNS_SQL, parameters: [schema ?? null, tableName] }, true)).rows;
  } catch (cause) {
    const reason = messageOf(cause);
    throw new BulkError(`${plan.entityName}: cannot read the columns of table ${where}: ${reason}`, { entity: plan.entityName, cause });
  }
  if (rows.length === 0) {
    throw new BulkError(`${plan.entityName}: table ${where} does not exist`, { entity: plan.entityName });
  }
  const columns = new Map<string, PgColumn>();
  for (const row of rows) {
    const sequence = row["sequence"] === null ? null : Number(row["sequence"]);
    columns.set(String(row["name"]), {
      cast: String(row["cast"]),
      unnestable: row["unnestable"] === true,
      identityAlways: row["identity_always"] === true,
      sequence,
      sequenceName: row["sequence_name"] === null ? null : String(row["sequence_name"]),
      bufferInput: row["buffer_input"] as BufferInput,
      defaultExpression: defaultExpressionOf(row["default_expression"], row["identity"] === true, sequence),
    });
  }
  return { columns, relname: String(rows[0]!["relname"]), anyColumn: String(rows[0]!["name"]) };
}

/** `pg_attrdef`'s expression, or for an identity column (which has none there) its sequence's nextval. */
function defaultExpressionOf(expression: unknown, identity: boolean, sequence: number | null): string | null {
  if (typeof expression === "string") return expression;
  return identity && sequence !== null ? `nextval(${sequence}::oid::regclass)` : null;
}
