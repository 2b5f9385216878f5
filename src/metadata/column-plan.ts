import { randomUUID } from "node:crypto";
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import { BulkError } from "../errors";
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
  /**
   * For the single join column of a top-level relation, the relation's property: its value is
   * an id or an object holding one (read like TypeORM's `getEntityValue`, without its detours).
   */
  readonly joinKey?: string;
  /** Whether an absent value still goes through the driver's conversion (a transformer may fill it). */
  readonly convertsAbsent: boolean;
}

type Driver = DataSource["driver"];

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

  private readonly driver: Driver;

  constructor(
    readonly metadata: EntityMetadata,
    dataSource: DataSource,
  ) {
    this.driver = dataSource.driver;
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
  }

  /** The escaped name of any database identifier, by this plan's driver. */
  quote(identifier: string): string {
    return this.driver.escape(identifier);
  }

  /**
   * Writes the database value of every planned column of `row` into `out` (same order as
   * `columns`), converted exactly as TypeORM's InsertQueryBuilder converts it; `undefined`
   * means "leave the column out so the database default applies".
   */
  encodeInsert(row: ObjectLiteral, rowIndex: number, out: unknown[]): void {
    const columns = this.columns;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      if (column.constant !== NO_CONSTANT) {
        out[i] = column.constant;
        continue;
      }
      const value = this.read(row, column, rowIndex);
      out[i] = value === undefined ? fillAbsent(column) : value;
    }
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
      const value = this.read(row, column, rowIndex);
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

  /** The converted value of `column` in `row`, `undefined` when the row leaves it out. */
  private read(row: ObjectLiteral, column: PlannedColumn, rowIndex: number): unknown {
    const value: unknown = column.plainKey !== undefined ? row[column.plainKey] : this.readIndirect(row, column, rowIndex);
    if (value === undefined && !column.convertsAbsent) return undefined;
    return this.convert(value, column, rowIndex);
  }

  /** A relation's id or an embedded property. */
  private readIndirect(row: ObjectLiteral, column: PlannedColumn, rowIndex: number): unknown {
    const value: unknown = column.joinKey !== undefined ? readJoinColumn(row, column) : column.metadata.getEntityValue(row);
    return value === undefined && column.relation !== undefined ? this.readRelation(row, column, rowIndex) : value;
  }

  /** The driver's own conversion, as the query builders apply it (transformer included), checked. */
  private convert(value: unknown, column: PlannedColumn, rowIndex: number): unknown {
    // a string needs no check (and is what most columns hold): only other values are looked at
    const before = typeof value === "string" ? undefined : unwritable(value);
    if (before !== undefined) throw this.badValue(column, rowIndex, before);
    let converted: unknown;
    try {
      converted = this.driver.preparePersistentValue(value, column.metadata);
    } catch (error) {
      throw this.badValue(column, rowIndex, `cannot be converted: ${error instanceof Error ? error.message : String(error)}`);
    }
    const after = typeof converted === "string" ? undefined : unwritable(converted);
    if (after !== undefined) throw this.badValue(column, rowIndex, after);
    return converted;
  }

  /** The value TypeORM reads back for `column` from a raw result row. */
  hydrate(column: ColumnMetadata, raw: unknown): unknown {
    return this.driver.prepareHydratedValue(raw, column);
  }

  /** A join column whose relation value gave no id: the `roleId` key, or an error for `{}`. */
  private readRelation(row: ObjectLiteral, column: PlannedColumn, rowIndex: number): unknown {
    const related: unknown = column.relation!.getEntityValue(row);
    if (related !== undefined && related !== null && typeof related === "object") {
      throw this.badValue(column, rowIndex, `related ${column.relation!.inverseEntityMetadata.name} has no id (nothing cascades)`);
    }
    return column.joinColumnKey === undefined ? undefined : row[column.joinColumnKey];
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
      joinKey:
        relation && !metadata.embeddedMetadata && !relation.embeddedMetadata && metadata.referencedColumn && relation.joinColumns.length === 1
          ? relation.propertyName
          : undefined,
      convertsAbsent: metadata.transformer !== undefined,
    };
  }
}

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
      return "functions (raw SQL) are not accepted as values";
    case "symbol":
      return "a symbol is not a value";
    case "object":
      return value instanceof Date && Number.isNaN(value.getTime()) ? "an invalid Date is not a value" : undefined;
    default:
      return undefined;
  }
}

/** TypeORM's `getEntityValue` for a top-level single join column: `role: 3`, `role: { id: 3 }` or `roleId: 3`. */
function readJoinColumn(row: ObjectLiteral, column: PlannedColumn): unknown {
  const related: unknown = row[column.joinKey!];
  if (typeof related === "object" && related !== null && !ArrayBuffer.isView(related) && !(related instanceof Date)) {
    return column.metadata.referencedColumn!.getEntityValue(related as ObjectLiteral);
  }
  return related !== undefined && related !== null ? related : row[column.metadata.propertyName];
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
