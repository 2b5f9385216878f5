import type { PlannedColumn } from "../../metadata/column-plan";
import type { ColumnMetadata } from "../../metadata/typeorm-types";

/** What this package reads of TypeORM's MySQL driver. */
interface MysqlDriverView {
  readonly spatialTypes: readonly unknown[];
  readonly options: { readonly legacySpatialSupport?: boolean };
}

/** The driver of a column's DataSource (`connection` on TypeORM 0.3, `dataSource` on 1.x). */
function driverOf(column: ColumnMetadata): MysqlDriverView {
  const owner = column.entityMetadata as unknown as { connection?: { driver: unknown }; dataSource?: { driver: unknown } };
  return (owner.dataSource ?? owner.connection)!.driver as MysqlDriverView;
}

const cache = new WeakMap<ColumnMetadata, string>();

/**
 * The SQL a value of `column` goes through, `?` standing for the value: `?` for most columns,
 * `ST_GeomFromText(?[, srid])` for a spatial one (`GeomFromText` under the driver's
 * `legacySpatialSupport`, TypeORM 0.3's default), as TypeORM's Insert/UpdateQueryBuilder write it.
 */
export function valueSql(column: ColumnMetadata): string {
  let sql = cache.get(column);
  if (sql === undefined) {
    sql = "?";
    const driver = driverOf(column);
    if (driver.spatialTypes.includes(column.type)) {
      const fn = driver.options.legacySpatialSupport ? "GeomFromText" : "ST_GeomFromText";
      sql = column.srid != null ? `${fn}(?, ${Number(column.srid)})` : `${fn}(?)`;
    }
    cache.set(column, sql);
  }
  return sql;
}

/** The placeholder texts of a batch's columns, one per column. */
export function valueSqls(columns: readonly PlannedColumn[]): string[] {
  return columns.map((c) => valueSql(c.metadata));
}

/** Column types holding bytes rather than characters (LOAD DATA carries them as hex). */
const BINARY_TYPES = new Set<unknown>(["blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary"]);

/** Whether `column` holds bytes (a blob, binary or varbinary column). */
export function isBinaryColumn(column: ColumnMetadata): boolean {
  return BINARY_TYPES.has(column.type);
}

/** How LOAD DATA turns a field's text into a value of `column` (`?` for the text itself). */
function loadDataSql(column: ColumnMetadata): string {
  if (isBinaryColumn(column)) return "UNHEX(?)";
  if (column.type === "bit") return "CAST(? AS UNSIGNED)";
  return valueSql(column);
}

/**
 * The column list and SET clause of a LOAD DATA: a column whose value needs SQL around it
 * (spatial: WKT text to a geometry; binary: hex to bytes) is read into `@cN` and set from it;
 * a `bit` column's text is read as a number (LOAD DATA would store the digits' character codes).
 * A `partial` column (indexes into `columns`: some rows leave it out, none gives it NULL)
 * takes its default where the field is NULL, as `DEFAULT` in a VALUES row would.
 */
export function loadDataTargets(columns: readonly PlannedColumn[], partial: readonly number[] = []): string {
  const targets: string[] = [];
  const sets: string[] = [];
  columns.forEach((column, i) => {
    const wrapped = loadDataSql(column.metadata);
    const absentIsDefault = partial.includes(i);
    if (wrapped === "?" && !absentIsDefault) {
      targets.push(column.quotedName);
      return;
    }
    const variable = `@c${i + 1}`;
    targets.push(variable);
    const value = wrapped.replace("?", variable);
    sets.push(`${column.quotedName} = ${absentIsDefault ? `IF(${variable} IS NULL, DEFAULT(${column.quotedName}), ${value})` : value}`);
  });
  return `(${targets.join(", ")})${sets.length > 0 ? ` SET ${sets.join(", ")}` : ""}`;
}
