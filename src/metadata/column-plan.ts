import { randomUUID } from "node:crypto";
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { BulkDialect } from "../dialects/dialect";
import { dialectOf } from "../dialects/resolve-dialect";
import { BulkError, messageOf } from "../errors";
import { compileInsertEncoder, isVerbatim, type CellAccess, type InsertEncoder, type Verbatim } from "./compiled-access";
import { KeySpace } from "./key-space";
import type { ColumnMetadata, RelationMetadata } from "./typeorm-types";

/** How a column gets its value when the input row leaves it out. */
type AbsentFill = "database-default" | "version-one" | "client-uuid";

const NO_CONSTANT = Symbol("no constant");

/** One writable column of an entity, with everything the hot loop needs precomputed. */
export interface PlannedColumn {
  readonly metadata: ColumnMetadata;
  /** Driver-escaped column name. */
  readonly quotedName: string;
  readonly absentFill: AbsentFill;
  /** A value written whatever the row holds (the single-table-inheritance discriminator). */
  readonly constant: unknown;
  /** The owning relation of a join column: a related object without id is an error. */
  readonly relation?: RelationMetadata;
  /** The join column's database name (`roleId`), accepted as a key in place of the relation. */
  readonly joinColumnKey?: string;
  /**
   * For a plain top-level column, the property to read directly; `undefined` sends the read
   * through TypeORM's `getEntityValue` (embedded objects, relations).
   */
  readonly plainKey?: string;
  /** For a join column, how to find its relation's value (an id or an object holding one). */
  readonly join?: JoinRead;
  /** Whether an absent value still goes through the driver's conversion (a transformer may fill it). */
  readonly convertsAbsent: boolean;
  /** Which values every supported driver writes as they are, with no conversion call ({@link verbatimOf}). */
  readonly verbatim: Verbatim;
}

/**
 * Declared types whose strings and numbers no supported driver's `preparePersistentValue`
 * (SQLite, PostgreSQL, MySQL/MariaDB; TypeORM 0.3 and 1.x) changes: without a transformer, such
 * a column's string, finite number or NULL is written as it is, with no call per value. (`Number`
 * is not one: MySQL's driver `parseInt`s it.)
 */
const VERBATIM_TYPES: ReadonlySet<unknown> = new Set<unknown>([
  String,
  "varchar",
  "character varying",
  "nvarchar",
  "text",
  "char",
  "character",
  "nchar",
  "int",
  "integer",
  "int4",
  "smallint",
  "bigint",
  "float",
  "double",
  "double precision",
  "real",
  "decimal",
  "numeric",
]);

/**
 * `Number` columns (`@PrimaryGeneratedColumn()`, join columns referencing one): MySQL's driver
 * `parseInt`s their values on TypeORM 0.3, which changes floats, -0, strings and huge numbers
 * but no other safe integer; every other driver writes them as they are.
 */
const VERBATIM_INTEGER_TYPES: ReadonlySet<unknown> = new Set<unknown>([Number]);

type Driver = DataSource["driver"];

/**
 * Where a join column's relation value lives: the embedded objects to walk from the row, the
 * relation's property, and for a lazy relation the properties TypeORM's lazy setter fills.
 */
interface JoinRead {
  /** Embedded properties leading from the row to the object holding the relation. */
  readonly path: readonly string[];
  readonly property: string;
  /** `__category__` and `__promise_category__` of a lazy relation (never its getter, which loads). */
  readonly lazyData?: string;
  readonly lazyPromise?: string;
}

/**
 * How one entity maps to SQL: its table, its insertable columns in order, its key space and
 * its returning columns. Built once per entity metadata (so per DataSource) and cached; the
 * per-row work is then `encodeInsert`, which does no metadata lookups of its own.
 */
export class ColumnPlan {
  /** Entity class name, used in every error message. */
  readonly entityName: string;
  /** Driver-escaped, schema-qualified table name. */
  readonly tableName: string;
  /** Insertable columns (`insert: false` and virtual columns left out). */
  readonly columns: readonly PlannedColumn[];
  /** Columns an update matches on (the primary key) followed by every other writable column. */
  readonly updateColumns: readonly PlannedColumn[];
  /** How many of `updateColumns` are key columns. */
  readonly updateKeyCount: number;
  /** Primary-key columns. */
  readonly primaryColumns: readonly ColumnMetadata[];
  /** Columns whose values the database or this package generates on insert. */
  readonly generatedColumns: readonly ColumnMetadata[];
  /** Keys a mapping may use. */
  readonly keys: KeySpace;
  /**
   * Writes the database value of every planned column of `row` into `out` (same order as
   * `columns`), converted exactly as TypeORM's InsertQueryBuilder converts it; `undefined`
   * means "leave the column out so the database default applies". Generated per entity (see
   * `compiled-access.ts`); what it doesn't decide inline goes through `insertCell`.
   */
  readonly encodeInsert: InsertEncoder;

  private readonly driver: Driver;
  private readonly dialect: BulkDialect;

  constructor(
    readonly metadata: EntityMetadata,
    dataSource: DataSource,
  ) {
    this.driver = dataSource.driver;
    this.dialect = dialectOf(dataSource);
    this.entityName = metadata.name;
    this.tableName = metadata.tablePath
      .split(".")
      .map((part) => this.driver.escape(part))
      .join(".");
    this.keys = KeySpace.forEntity(metadata);
    this.primaryColumns = metadata.primaryColumns;
    const planned = new Map(metadata.columns.filter(isWritable).map((c) => [c, this.planColumn(c)]));
    this.columns = [...planned.values()].filter((c) => c.metadata.isInsert);
    const keys = [...planned.values()].filter((c) => c.metadata.isPrimary);
    this.updateColumns = [...keys, ...[...planned.values()].filter((c) => !c.metadata.isPrimary && !c.metadata.isDiscriminator)];
    this.updateKeyCount = keys.length;
    const generated = new Set([...metadata.primaryColumns, ...metadata.getInsertionReturningColumns()]);
    this.generatedColumns = metadata.columns.filter((c) => generated.has(c));
    this.encodeInsert = compileInsertEncoder(
      this.columns.map(cellAccessOf),
      (row, i, rowIndex) => this.insertCell(row, this.columns[i]!, rowIndex),
    );
  }

  /** The escaped name of any database identifier, by this plan's driver. */
  quote(identifier: string): string {
    return this.driver.escape(identifier);
  }

  /** One column's insert value, the full way: read, converted, checked, an absent one filled. */
  private insertCell(row: ObjectLiteral, column: PlannedColumn, rowIndex: number): unknown {
    if (column.constant !== NO_CONSTANT) return column.constant;
    const value = this.read(row, column, rowIndex);
    return value === undefined ? fillAbsent(column) : value;
  }

  /**
   * Writes the values of `updateColumns` of `row` into `out`, converted as TypeORM's
   * UpdateQueryBuilder converts them; `undefined` means "leave this column as it is".
   * Throws a `BulkError` for a row without its full primary key or setting an `update: false` column.
   */
  encodeUpdate(row: ObjectLiteral, rowIndex: number, out: unknown[]): void {
    const columns = this.updateColumns;
    let sets = 0;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const value = this.read(row, column, rowIndex, false);
      if (i < this.updateKeyCount) {
        if (value === undefined || value === null) throw this.badValue(column, rowIndex, "every row must carry its full primary key");
      } else if (value !== undefined) {
        if (!column.metadata.isUpdate) throw this.badValue(column, rowIndex, "the column is update: false");
        sets++;
      }
      out[i] = value;
    }
    if (sets === 0) {
      throw new BulkError(`${this.entityName}: row ${rowIndex} sets no column besides its primary key`, {
        entity: this.entityName,
        rowIndex,
      });
    }
  }

  /**
   * The converted value of `column` in `row`, `undefined` when the row leaves it out. An insert
   * converts absent values too where a transformer may fill them (`absentToo`), as TypeORM's
   * insert does; an update, like TypeORM's, only converts the keys the row sets.
   */
  private read(row: ObjectLiteral, column: PlannedColumn, rowIndex: number, absentToo = true): unknown {
    const value: unknown = column.plainKey !== undefined ? row[column.plainKey] : this.readIndirect(row, column, rowIndex);
    if (isVerbatim(value, column.verbatim)) return value;
    if (value === undefined && !(absentToo && column.convertsAbsent)) return undefined;
    return this.convert(value, column, rowIndex);
  }

  /** A relation's id or an embedded property. */
  private readIndirect(row: ObjectLiteral, column: PlannedColumn, rowIndex: number): unknown {
    return column.join !== undefined ? this.readJoinColumn(row, column, column.join, rowIndex) : column.metadata.getEntityValue(row);
  }

  /**
   * A join column's value as TypeORM 1.x's `getEntityValue` reads it: from the related object
   * (`role: { id: 3 }`), else from the column's own property (`roleId` declared beside the
   * relation, or `role: 3` where the join column has none). A related object without the id, a
   * Promise and a lazy relation still loading are refused: TypeORM would write NULL.
   */
  private readJoinColumn(row: ObjectLiteral, column: PlannedColumn, join: JoinRead, rowIndex: number): unknown {
    let holder: ObjectLiteral | undefined = row;
    for (let i = 0; i < join.path.length && holder !== undefined; i++) holder = asObject(holder[join.path[i]!]);
    if (holder === undefined) return undefined;
    const related = join.lazyData === undefined ? holder[join.property] : this.readLazy(holder, column, join, rowIndex);
    if (typeof related === "object" && related !== null && !ArrayBuffer.isView(related) && !(related instanceof Date)) {
      if (typeof (related as { then?: unknown }).then === "function") {
        throw this.badValue(column, rowIndex, "is a Promise: await it and pass the related object (or its id)");
      }
      const id: unknown = column.metadata.referencedColumn!.getEntityValue(related as ObjectLiteral);
      if (id !== undefined) return id;
      throw this.badValue(column, rowIndex, `related ${column.relation!.inverseEntityMetadata.name} has no id (nothing cascades)`);
    }
    if (related !== undefined && related !== null) return related; // `role: 3`
    const own: unknown = column.metadata.propertyName === join.property ? related : holder[column.metadata.propertyName];
    return own !== undefined || column.joinColumnKey === undefined ? own : holder[column.joinColumnKey];
  }

  /**
   * A lazy relation's value as its setter stored it, or a mapping's own data property; never
   * its getter (on the prototype, or on the instance for `repository.create()`), which loads.
   */
  private readLazy(holder: ObjectLiteral, column: PlannedColumn, join: JoinRead, rowIndex: number): unknown {
    const data: unknown = holder[join.lazyData!];
    if (data !== undefined) return data;
    const own = Object.getOwnPropertyDescriptor(holder, join.property);
    if (own !== undefined && "value" in own) return own.value as unknown;
    if (holder[join.lazyPromise!] !== undefined) {
      throw this.badValue(column, rowIndex, "the lazy relation is still loading a Promise: await it before the bulk call");
    }
    return undefined;
  }

  /**
   * The driver's own conversion, as the query builders apply it (transformer included), checked.
   * What counts is the value the database would get: a transformer may turn `Infinity` into
   * text or an invalid Date into NULL, so a transformed column's value is checked after the
   * conversion only (functions, TypeORM's raw SQL, are refused whatever the column). Without a
   * transformer the entity value is checked before too, as TypeORM's own conversions would hide
   * a bad one (an invalid Date becomes "0NaN-aN-aN", Infinity becomes NaN or JSON's null).
   */
  private convert(value: unknown, column: PlannedColumn, rowIndex: number): unknown {
    // a string needs no check (and is what most columns hold): only other values are looked at
    if (typeof value !== "string") {
      const before = refusedBeforeConversion(value, column.metadata);
      if (before !== undefined) throw this.badValue(column, rowIndex, before);
    }
    let converted: unknown;
    try {
      converted = this.driver.preparePersistentValue(value, column.metadata);
    } catch (error) {
      throw this.badValue(column, rowIndex, `cannot be converted: ${messageOf(error)}`);
    }
    if (typeof converted === "string" || converted === null || converted === undefined) return converted;
    const after = unwritable(converted) ?? (typeof converted === "object" ? this.dialect.unbindable?.(converted, column.metadata) : undefined);
    if (after !== undefined) throw this.badValue(column, rowIndex, after);
    return converted;
  }

  /** The value TypeORM reads back for `column` from a raw result row. */
  hydrate(column: ColumnMetadata, raw: unknown): unknown {
    return this.driver.prepareHydratedValue(raw, column);
  }

  private badValue(column: PlannedColumn, rowIndex: number, reason: string): BulkError {
    const key = column.relation?.propertyPath ?? column.metadata.propertyPath;
    return BulkError.badValue(this.entityName, key, rowIndex, reason);
  }

  private planColumn(metadata: ColumnMetadata): PlannedColumn {
    const relation = metadata.relationMetadata;
    const joinColumnKey =
      relation && metadata.isVirtual && metadata.databaseName !== relation.propertyName ? metadata.databaseName : undefined;
    return {
      metadata,
      quotedName: this.driver.escape(metadata.databaseName),
      absentFill: absentFillOf(metadata, this.driver),
      constant: metadata.isDiscriminator ? this.metadata.discriminatorValue : NO_CONSTANT,
      relation,
      joinColumnKey,
      plainKey: metadata.embeddedMetadata || relation || metadata.referencedColumn ? undefined : metadata.propertyName,
      join: relation && metadata.referencedColumn ? joinReadOf(relation) : undefined,
      convertsAbsent: metadata.transformer !== undefined,
      verbatim: verbatimOf(metadata),
    };
  }
}

const FUNCTION_VALUE = "functions (raw SQL) are not accepted as values";
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Why a value can't be written as it is, or `undefined` when it can. Checked before and after
 * the driver's conversion: these values would otherwise be stored wrong without an error
 * (SQLite turns NaN into NULL), or fail deep inside a driver.
 */
function unwritable(value: unknown): string | undefined {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? undefined : `${value} is not a finite number`;
    case "bigint":
      return value >= INT64_MIN && value <= INT64_MAX ? undefined : `${value} does not fit in 64 bits (pass a string for a decimal column)`;
    case "function":
      return FUNCTION_VALUE;
    case "symbol":
      return "a symbol is not a value";
    case "object":
      return value instanceof Date && Number.isNaN(value.getTime()) ? "an invalid Date is not a value" : undefined;
    default:
      return undefined;
  }
}

/** Why an entity value is refused before the driver's conversion (see `ColumnPlan.convert`). */
function refusedBeforeConversion(value: unknown, column: ColumnMetadata): string | undefined {
  if (column.transformer === undefined) return unwritable(value);
  return typeof value === "function" ? FUNCTION_VALUE : undefined;
}

function joinReadOf(relation: RelationMetadata): JoinRead {
  const property = relation.propertyName;
  const path = relation.embeddedMetadata ? relation.embeddedMetadata.parentPropertyNames : [];
  return relation.isLazy ? { path, property, lazyData: `__${property}__`, lazyPromise: `__promise_${property}__` } : { path, property };
}

/** `value` when it is an object to read properties from (an embedded object), else `undefined`. */
function asObject(value: unknown): ObjectLiteral | undefined {
  return typeof value === "object" && value !== null ? (value as ObjectLiteral) : undefined;
}

/** What the generated encoder may decide inline for `column` (everything else goes to `insertCell`). */
function cellAccessOf(column: PlannedColumn): CellAccess {
  if (column.constant !== NO_CONSTANT) return { kind: "constant", value: column.constant };
  if (column.plainKey !== undefined) {
    const absentIsDefault = column.absentFill === "database-default" && !column.convertsAbsent;
    return { kind: "property", key: column.plainKey, verbatim: column.verbatim, absentIsDefault };
  }
  const join = column.join;
  if (join !== undefined && column.verbatim !== "none" && join.path.length === 0 && join.lazyData === undefined) return { kind: "relation", key: join.property, verbatim: column.verbatim };
  return { kind: "indirect" };
}

function verbatimOf(column: ColumnMetadata): Verbatim {
  if (column.transformer !== undefined) return "none";
  if (VERBATIM_TYPES.has(column.type)) return "strings-and-numbers";
  return VERBATIM_INTEGER_TYPES.has(column.type) ? "integers" : "none";
}

function fillAbsent(column: PlannedColumn): unknown {
  switch (column.absentFill) {
    case "version-one":
      return 1; // a new row is version 1, as TypeORM inserts it
    case "client-uuid":
      return randomUUID();
    default:
      return undefined;
  }
}

function isWritable(column: ColumnMetadata): boolean {
  return !column.isVirtualProperty && column.asExpression === undefined;
}

function absentFillOf(column: ColumnMetadata, driver: Driver): AbsentFill {
  if (column.isVersion) return "version-one";
  if (column.isGenerated && column.generationStrategy === "uuid" && !driver.isUUIDGenerationSupported()) {
    return "client-uuid"; // the database can't, so TypeORM generates it too
  }
  return "database-default";
}

const plans = new WeakMap<EntityMetadata, ColumnPlan>();

/** The cached {@link ColumnPlan} of `target`; a `BulkError` when it is not an entity of `dataSource`. */
export function columnPlanOf(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): ColumnPlan {
  if (!dataSource.hasMetadata(target)) {
    const name = typeof target === "function" ? target.name : String(target);
    throw new BulkError(`${name} is not an entity of this DataSource`, { entity: name });
  }
  const metadata = dataSource.getMetadata(target);
  let plan = plans.get(metadata);
  if (plan === undefined) {
    plan = new ColumnPlan(metadata, dataSource);
    plans.set(metadata, plan);
  }
  return plan;
}
