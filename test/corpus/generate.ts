import type { DataSource, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import type { RelationMetadata } from "typeorm/metadata/RelationMetadata";
import type { Family } from "../support/databases";

/** A fixed-seed random source (mulberry32): the same folder always gets the same rows. */
export type Random = () => number;

/** mulberry32 seeded from a string. */
export function randomFrom(seed: string): Random {
  let state = 0;
  for (let i = 0; i < seed.length; i++) state = (Math.imul(state, 31) + seed.charCodeAt(i)) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

/** Returned by a value maker for a column it can't fill: the column is left out of the row. */
export const NO_VALUE: unique symbol = Symbol("no value");

/** What row generation needs to know besides the entity. */
export interface GenerationContext {
  readonly dataSource: DataSource;
  readonly family: Family;
  /** Rows already in a table (TypeORM-inserted seeds), by table path, as loaded entities. */
  readonly seeds: ReadonlyMap<string, readonly ObjectLiteral[]>;
}

/** Columns whose value the generator leaves to the database or to TypeORM. */
export function isWrittenByDatabase(column: ColumnMetadata): boolean {
  return (
    column.isGenerated ||
    column.isCreateDate ||
    column.isUpdateDate ||
    column.isDeleteDate ||
    column.isVersion ||
    column.isDiscriminator ||
    column.isTreeLevel ||
    column.isNestedSetLeft ||
    column.isNestedSetRight ||
    column.isMaterializedPath ||
    column.isVirtual ||
    column.isObjectId ||
    !column.isInsert ||
    column.generatedType !== undefined ||
    (column as { isVirtualProperty?: boolean }).isVirtualProperty === true
  );
}

/** Database names of the columns in some unique constraint, unique index or primary key of the table. */
export function uniqueColumnNames(metadata: EntityMetadata): Set<string> {
  const names = new Set<string>(metadata.primaryColumns.map((c) => c.databaseName));
  for (const unique of metadata.uniques) for (const c of unique.columns) names.add(c.databaseName);
  for (const index of metadata.indices) if (index.isUnique) for (const c of index.columns) names.add(c.databaseName);
  return names;
}

const TEXT_POOL = ["abc", "with space", "quote ' \" \\ back", "tab\tline\nbreak", "unicode é ☃", "MiXeD CaSe", "  padded  ", "x"];

function text(random: Random, length: number | undefined, unique: string | undefined, exact: boolean): string {
  const max = length ?? 40;
  let value = pick(random, TEXT_POOL);
  if (random() < 0.15 && unique === undefined) value = "";
  if (unique !== undefined) value = `${unique}${value}`;
  if (exact) value = value.padEnd(max, "z");
  return [...value].slice(0, max).join("");
}

function intRange(type: string, unsigned: boolean): [number, number] {
  const bits = /tinyint|int1/.test(type) ? 8 : /smallint|int2/.test(type) ? 16 : /mediumint/.test(type) ? 24 : 32;
  return unsigned ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
}

function decimal(random: Random, precision: number | undefined, scale: number | undefined, family: Family, unique: number | undefined): string {
  const p = precision ?? (family === "mysql" ? 10 : 12);
  const s = scale ?? (family === "mysql" || precision !== undefined ? 0 : 3);
  const intDigits = Math.max(0, Math.min(p - s, 9));
  const whole = unique !== undefined ? unique : Math.floor(random() * 10 ** intDigits);
  const sign = unique === undefined && random() < 0.3 ? "-" : "";
  const fraction = s > 0 ? "." + Array.from({ length: s }, () => Math.floor(random() * 10)).join("") : "";
  return `${sign}${whole}${fraction}`;
}

function isoDate(random: Random): string {
  const day = new Date(Date.UTC(1971, 0, 1) + Math.floor(random() * 24000) * 86400000);
  return day.toISOString().slice(0, 10);
}

function seconds(random: Random): Date {
  return new Date(Date.UTC(1971, 0, 2) + Math.floor(random() * 2_000_000_000) * 1000);
}

function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(random() * 4)]!;
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const POSTGRES_LITERALS: Record<string, (i: number) => string> = {
  inet: (i) => `192.168.0.${i + 1}`,
  cidr: (i) => `10.${i}.0.0/16`,
  macaddr: (i) => `08:00:2b:01:02:0${i % 10}`,
  macaddr8: (i) => `08:00:2b:01:02:03:04:0${i % 10}`,
  interval: (i) => `${i + 1} days 02:03:04`,
  money: (i) => `${i}.25`,
  xml: (i) => `<a>${i}</a>`,
  tsvector: (i) => `a fat cat ${i}`,
  tsquery: () => "fat & rat",
  int4range: (i) => `[${i},${i + 5})`,
  int8range: (i) => `[${i},${i + 5})`,
  numrange: (i) => `[${i}.5,${i + 2}.5)`,
  tsrange: (i) => `["2020-01-0${(i % 8) + 1} 00:00:00","2020-02-01 00:00:00")`,
  tstzrange: (i) => `["2020-01-0${(i % 8) + 1} 00:00:00+00","2020-02-01 00:00:00+00")`,
  daterange: (i) => `[2020-01-0${(i % 8) + 1},2020-02-01)`,
  int4multirange: (i) => `{[${i},${i + 3})}`,
  point: (i) => `(${i},2)`,
  line: (i) => `{1,${i + 2},3}`,
  lseg: (i) => `[(${i},2),(3,4)]`,
  box: (i) => `(${i + 3},4),(1,2)`,
  path: (i) => `[(${i},2),(3,4)]`,
  polygon: (i) => `((${i},2),(3,4),(5,6))`,
  circle: (i) => `<(${i},2),3>`,
  ltree: (i) => `a.b${i}.c`,
  cube: (i) => `(${i}, 2)`,
  citext: (i) => `CiText ${i}`,
  oid: (i) => String(1000 + i),
  "time with time zone": (i) => `10:11:${String(10 + i).padStart(2, "0")}+02`,
  timetz: (i) => `10:11:${String(10 + i).padStart(2, "0")}+02`,
};

const WKT: Record<string, (i: number) => string> = {
  point: (i) => `POINT(${i} 2)`,
  linestring: (i) => `LINESTRING(${i} 2,3 4)`,
  polygon: (i) => `POLYGON((0 0,${i + 1} 0,0 ${i + 1},0 0))`,
  multipoint: (i) => `MULTIPOINT(${i} 2,3 4)`,
  multilinestring: (i) => `MULTILINESTRING((${i} 2,3 4))`,
  multipolygon: (i) => `MULTIPOLYGON(((0 0,${i + 1} 0,0 ${i + 1},0 0)))`,
  geometrycollection: (i) => `GEOMETRYCOLLECTION(POINT(${i} 2))`,
  geometry: (i) => `POINT(${i} 3)`,
};

/** One scalar value of `type` for row `i`; `unique` makes it distinct per row. */
function scalar(ctx: GenerationContext, column: ColumnMetadata, type: string, i: number, random: Random, unique: boolean): unknown {
  const declared = typeof column.type === "string" ? column.type.toLowerCase() : column.type;
  const key = unique ? `k${i}-` : undefined;
  const length = column.length ? Number(column.length) : undefined;
  if (column.enum && column.enum.length > 0) return unique ? column.enum[i % column.enum.length] : pick(random, column.enum);
  if (declared === Boolean || declared === "boolean" || declared === "bool" || type === "boolean" || type === "bool") {
    return unique ? i % 2 === 0 : random() < 0.5;
  }
  if (declared === "uuid" || type === "uuid") return uuid(random);
  if (type === "simple-json" || type === "json" || type === "jsonb") {
    return pick(random, [{ a: i, s: "x" }, { nested: { list: [1, "two", null, true] } }, [1, 2, i], { text: "é ☃ \" '" }]);
  }
  if (type === "simple-array") return pick(random, [["a", `b${i}`], [`only${i}`], ["x y", "z"]]);
  if (type === "simple-enum" || type === "enum" || type === "set") return NO_VALUE;
  if (ctx.family === "postgres" && POSTGRES_LITERALS[type]) return POSTGRES_LITERALS[type]!(i);
  if (ctx.family === "mysql" && WKT[type]) return WKT[type]!(i);
  if (type === "hstore") return column.hstoreType === "object" ? { a: String(i), b: "two" } : `"a"=>"${i}"`;
  if (/^(bit|varbit|bit varying)$/.test(type)) {
    const bits = Math.max(1, Number(column.length || (type === "bit" ? 1 : 8)));
    if (ctx.family === "mysql") return unique ? i : Math.floor(random() * 2 ** Math.min(bits, 30));
    return Array.from({ length: type === "bit" ? bits : Math.min(bits, 6) }, (_, b) => (b === 0 ? i % 2 : Math.floor(random() * 2))).join("");
  }
  if (/bigint|int8|int64|unsigned big int/.test(type)) return unique ? String(i + 1) : pick(random, ["0", "-1", "9007199254740993", "922337203685477580", "42"]);
  if (/int|serial/.test(type)) {
    const [min, max] = intRange(type, column.unsigned || column.zerofill);
    return unique ? i + 1 : pick(random, [0, 1, min, max, Math.floor(random() * 100)]);
  }
  if (/^(decimal|numeric|dec|fixed|number)$/.test(type)) return decimal(random, column.precision ?? undefined, column.scale, ctx.family, unique ? i + 1 : undefined);
  if (/float|double|real/.test(type)) return unique ? i + 0.5 : pick(random, [0, 1.5, -2.25, 1024.125, 3]);
  if (type === "year") return 1990 + i;
  if (type === "date") return isoDate(random);
  if (/^time( without time zone)?$/.test(type)) return `${String(10 + i).padStart(2, "0")}:11:12`;
  if (/timestamp|datetime/.test(type)) return seconds(random);
  if (/blob|bytea|binary|image|raw/.test(type)) {
    const size = type === "binary" ? (length ?? 1) : Math.min(length ?? 6, 6);
    return Buffer.from(Array.from({ length: size }, (_, b) => (b === 0 ? i : Math.floor(random() * 256))));
  }
  if (/char|text|string|clob|varying/.test(type)) {
    const exact = /^(char|character|nchar|national char)$/.test(type) && random() < 0.6;
    return text(random, length ?? lengthOf(ctx, column), key, exact);
  }
  return NO_VALUE;
}

function lengthOf(ctx: GenerationContext, column: ColumnMetadata): number | undefined {
  const fromDriver = Number(ctx.dataSource.driver.getColumnLength(column) || NaN);
  return Number.isFinite(fromDriver) && fromDriver > 0 ? fromDriver : undefined;
}

/** An entity-side value for `column` in row `i`, or {@link NO_VALUE}. */
export function columnValue(ctx: GenerationContext, column: ColumnMetadata, i: number, random: Random, unique: boolean): unknown {
  const type = String(ctx.dataSource.driver.normalizeType(column)).toLowerCase();
  if (column.isArray) {
    const items = [0, 1].map((n) => scalar(ctx, column, type, i * 2 + n, random, unique));
    if (items.includes(NO_VALUE)) return NO_VALUE;
    return column.enum ? [...new Set(items)] : items;
  }
  if (type === "set" && column.enum && column.enum.length > 0) return [column.enum[i % column.enum.length]];
  return scalar(ctx, column, type, i, random, unique);
}

function allowsAbsent(column: ColumnMetadata): boolean {
  return column.isNullable || column.default !== undefined;
}

function setPath(row: ObjectLiteral, path: readonly string[], value: unknown): void {
  let target = row;
  for (const part of path.slice(0, -1)) {
    target[part] ??= {};
    target = target[part] as ObjectLiteral;
  }
  target[path[path.length - 1]!] = value;
}

/** The referenced-column values of seed row `seed` for `relation`, as `{ id: 1 }` or a raw id. */
function relationValue(relation: RelationMetadata, seed: ObjectLiteral, raw: boolean): unknown {
  const value: ObjectLiteral = {};
  for (const joinColumn of relation.joinColumns) {
    const referenced = joinColumn.referencedColumn;
    if (!referenced) return undefined;
    const v = referenced.getEntityValue(seed);
    if (v === undefined || v === null) return undefined;
    if (raw && relation.joinColumns.length === 1) return v;
    Object.assign(value, referenced.createValueMap(v));
  }
  return value;
}

/** What one generated row is: the plain mapping, plus which properties it leaves to defaults. */
export interface GeneratedRow {
  readonly row: ObjectLiteral;
}

/**
 * `count` valid rows for `metadata`: row 0 leaves out every column that may be left out (the
 * `{}` row), row 1 sets every column, later rows mix absent, null and edge values. Relations
 * point at seed rows of their tables (one distinct seed per row); a relation to a table without
 * seeds is left out.
 */
export function generateRows(ctx: GenerationContext, metadata: EntityMetadata, count: number, random: Random): ObjectLiteral[] {
  const unique = uniqueColumnNames(metadata);
  const joinColumnNames = new Set(metadata.relations.flatMap((r) => r.joinColumns.map((c) => c.databaseName)));
  const rows: ObjectLiteral[] = [];
  for (let i = 0; i < count; i++) {
    const row: ObjectLiteral = {};
    for (const column of metadata.columns) {
      if (isWrittenByDatabase(column) || column.relationMetadata || joinColumnNames.has(column.databaseName)) continue;
      if (column.embeddedMetadata?.isArray) continue;
      const mode = i === 0 ? "absent" : i === 1 ? "value" : random() < 0.2 ? "absent" : random() < 0.25 ? "null" : "value";
      if (mode === "absent" && allowsAbsent(column)) continue;
      if (mode === "null" && column.isNullable) {
        setPath(row, column.propertyPath.split("."), null);
        continue;
      }
      const value = columnValue(ctx, column, i, random, unique.has(column.databaseName));
      if (value === NO_VALUE) {
        if (allowsAbsent(column)) continue;
        return []; // a required column of a type the generator can't fill: no rows for this entity
      }
      setPath(row, column.propertyPath.split("."), value);
    }
    for (const relation of metadata.relations) addRelation(ctx, row, relation, i, random);
    rows.push(row);
  }
  return rows;
}

function addRelation(ctx: GenerationContext, row: ObjectLiteral, relation: RelationMetadata, i: number, random: Random): void {
  if (!(relation.isManyToOne || relation.isOneToOneOwner) || relation.joinColumns.length === 0) return;
  const seeds = ctx.seeds.get(relation.inverseEntityMetadata.tablePath) ?? [];
  const nullable = relation.joinColumns.every((c) => c.isNullable);
  const seed = seeds[i % Math.max(1, seeds.length)];
  if (seed === undefined || (i === 0 && nullable)) return;
  if (nullable && i > 1 && random() < 0.2) {
    setPath(row, relation.propertyPath.split("."), null);
    return;
  }
  const explicit = relation.joinColumns.length === 1 ? relation.joinColumns[0] : undefined;
  if (explicit && explicit.propertyName !== relation.propertyName && i % 2 === 1) {
    const value = relationValue(relation, seed, true);
    if (value !== undefined) setPath(row, explicit.propertyPath.split("."), value);
    return;
  }
  // a raw id only where TypeORM reads one: it ignores it when the join column has its own property
  const value = relationValue(relation, seed, i % 3 === 2 && (!explicit || explicit.propertyName === relation.propertyName));
  if (value !== undefined) setPath(row, relation.propertyPath.split("."), value);
}

/**
 * Changes for `bulkUpdateMappings`/`update()`: per row, new values for a few updatable
 * columns (some set to null), never the primary key.
 */
export function generateChanges(ctx: GenerationContext, metadata: EntityMetadata, count: number, random: Random): ObjectLiteral[] {
  const fresh = generateRows(ctx, metadata, count + 2, random).slice(2);
  const unique = uniqueColumnNames(metadata);
  const updatable = metadata.columns.filter(
    (c) => !c.isPrimary && c.isUpdate && !isWrittenByDatabase(c) && !c.relationMetadata && !unique.has(c.databaseName) && !c.embeddedMetadata?.isArray,
  );
  return fresh.map((source, i) => {
    const change: ObjectLiteral = {};
    for (const column of updatable) {
      if (random() < 0.3) continue;
      const path = column.propertyPath.split(".");
      const value = column.getEntityValue(source);
      if (value === undefined) {
        if (column.isNullable && random() < 0.5) setPath(change, path, null);
        continue;
      }
      setPath(change, path, value);
    }
    if (Object.keys(change).length === 0 && updatable[0]) {
      const column = updatable[i % updatable.length]!;
      const value = column.getEntityValue(source);
      if (value !== undefined) setPath(change, column.propertyPath.split("."), value);
      else if (column.isNullable) setPath(change, column.propertyPath.split("."), null);
    }
    return change;
  });
}
