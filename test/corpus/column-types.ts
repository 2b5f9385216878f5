import type { EntitySchemaColumnOptions } from "typeorm";
import type { Family } from "../support/databases";

/** The type lists of a TypeORM driver the sweep reads. */
export interface DriverTypes {
  readonly supportedDataTypes: readonly unknown[];
  readonly withLengthColumnTypes?: readonly unknown[];
  readonly withWidthColumnTypes?: readonly unknown[];
  readonly withScaleColumnTypes?: readonly unknown[];
}

/** One column definition of the sweep: a type with one variant of its options. */
export interface TypeSpec {
  /** e.g. `char(6)`, `int unsigned`, `varchar[]`. */
  readonly name: string;
  readonly column: EntitySchemaColumnOptions;
  /** A generated column reading `v` sits beside it. */
  readonly generated?: boolean;
}

const ENUM = ["a", "b", "c d"];
const LENGTHED = /^(char|character|nchar|national char|varchar|character varying|nvarchar|national varchar|varying character|native character|binary|varbinary)$/;
const BITS = /^(bit|varbit|bit varying)$/;
const DECIMAL = /^(decimal|numeric|dec|fixed)$/;
const MYSQL_INT = /^(int|integer|tinyint|smallint|mediumint|bigint)$/;
/** Pseudo-types TypeORM maps onto database types itself; not in `supportedDataTypes`. */
const PSEUDO = ["simple-json", "simple-array", "simple-enum"];

/** Every type of `supportedDataTypes` (and TypeORM's simple-* types) with its variants. */
export function typeSpecs(family: Family, driver: DriverTypes): TypeSpec[] {
  const supported = driver.supportedDataTypes.map(String);
  const has = (list: readonly unknown[] | undefined, type: string) => (list ?? []).map(String).includes(type);
  const specs: TypeSpec[] = [];
  const add = (name: string, column: EntitySchemaColumnOptions) => specs.push({ name, column });
  for (const type of [...new Set([...supported, ...PSEUDO])]) {
    if (/^on-/.test(type)) continue; // upsert kinds, not column types
    const enumLike = type === "enum" || type === "simple-enum" || type === "set";
    const base: EntitySchemaColumnOptions = enumLike ? { type: type as never, enum: ENUM } : { type: type as never };
    add(type, base);
    if (LENGTHED.test(type) && has(driver.withLengthColumnTypes, type)) add(`${type}(6)`, { ...base, length: 6 });
    if (BITS.test(type)) {
      if (has(driver.withLengthColumnTypes, type)) add(`${type}(4)`, { ...base, length: 4 });
      else if (has(driver.withWidthColumnTypes, type)) add(`${type}(4)`, { ...base, width: 4 } as EntitySchemaColumnOptions);
    }
    if (DECIMAL.test(type) && has(driver.withScaleColumnTypes, type)) add(`${type}(8,3)`, { ...base, precision: 8, scale: 3 });
    if (family === "mysql" && MYSQL_INT.test(type)) {
      add(`${type} unsigned`, { ...base, unsigned: true });
      add(`${type} zerofill`, { ...base, zerofill: true, width: 5 } as EntitySchemaColumnOptions);
    }
    if (family === "postgres" && !PSEUDO.includes(type)) {
      add(`${type}[]`, { ...base, array: true });
      if (LENGTHED.test(type) && has(driver.withLengthColumnTypes, type)) add(`${type}(6)[]`, { ...base, length: 6, array: true });
    }
  }
  specs.push({ name: "int + generated column", column: { type: "int" }, generated: true });
  return specs;
}

const day = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => new Date(Date.UTC(y, m - 1, d, h, mi, s, ms));

const LITERALS: Record<string, readonly unknown[]> = {
  inet: ["192.168.0.1", "::1", "10.0.0.0/8"],
  inet4: ["192.168.0.1", "0.0.0.0"],
  inet6: ["::1", "2001:db8::ff00:42:8329"],
  cidr: ["10.0.0.0/8", "::/0"],
  macaddr: ["08:00:2b:01:02:03"],
  macaddr8: ["08:00:2b:01:02:03:04:05"],
  interval: ["1 day", "-1 years 2 mons", "00:00:01.5"],
  money: ["12.34", "-1.00", "0"],
  xml: ["<a>1</a>", "<b x=\"y\">é</b>"],
  tsvector: ["a fat cat", "'quoted' word"],
  tsquery: ["fat & rat", "a | !b"],
  jsonpath: ["$.a[*]", "$"],
  int4range: ["[1,5)", "empty", "(,3]"],
  int8range: ["[1,9007199254740993)", "empty"],
  numrange: ["[1.5,2.5)", "empty"],
  tsrange: ['["2020-01-01 00:00:00","2020-02-01 00:00:00")'],
  tstzrange: ['["2020-01-01 00:00:00+00","2020-02-01 00:00:00+00")'],
  daterange: ["[2020-01-01,2020-02-01)", "empty"],
  int4multirange: ["{[1,3),[5,7)}", "{}"],
  int8multirange: ["{[1,3)}", "{}"],
  nummultirange: ["{[1.5,3)}"],
  tsmultirange: ['{["2020-01-01 00:00:00","2020-02-01 00:00:00")}'],
  tstzmultirange: ['{["2020-01-01 00:00:00+00","2020-02-01 00:00:00+00")}'],
  datemultirange: ["{[2020-01-01,2020-02-01)}"],
  point: ["(1,2)", "(-1.5,0)"],
  line: ["{1,2,3}"],
  lseg: ["[(1,2),(3,4)]"],
  box: ["(3,4),(1,2)"],
  path: ["[(1,2),(3,4)]", "((0,0),(1,1),(1,0))"],
  polygon: ["((1,2),(3,4),(5,6))"],
  circle: ["<(1,2),3>"],
  citext: ["CiTeXt", ""],
  ltree: ["a.b.c", "top"],
  cube: ["(1, 2)", "(1,2),(3,4)"],
  hstore: ['"a"=>"1", "b"=>NULL', ""],
  uuid: ["00000000-0000-0000-0000-000000000000", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"],
  year: [1901, 2155, 2024],
  time: ["00:00:00", "23:59:59", "12:34:56"],
  "time without time zone": ["00:00:00", "23:59:59"],
  timetz: ["10:11:12+02", "00:00:00-05"],
  "time with time zone": ["10:11:12+02"],
  date: ["2024-02-29", "1970-01-01", "9999-12-31", "1000-01-01"],
  bool: [true, false],
  boolean: [true, false],
};

const WKT: Record<string, readonly string[]> = {
  geometry: ["POINT(1 2)", "LINESTRING(0 0,1 1)"],
  point: ["POINT(1 2)", "POINT(-1.5 0)"],
  linestring: ["LINESTRING(0 0,1 1,2 3)"],
  polygon: ["POLYGON((0 0,4 0,0 4,0 0))"],
  multipoint: ["MULTIPOINT(1 2,3 4)"],
  multilinestring: ["MULTILINESTRING((0 0,1 1))"],
  multipolygon: ["MULTIPOLYGON(((0 0,1 0,0 1,0 0)))"],
  geometrycollection: ["GEOMETRYCOLLECTION(POINT(1 2))"],
};

function intEdges(type: string, family: Family, unsigned: boolean): unknown[] {
  if (/big|int8|int64/.test(type)) {
    if (unsigned) return ["0", "18446744073709551615", "9007199254740993"];
    return ["0", "-9223372036854775808", "9223372036854775807", "9007199254740993"];
  }
  if (family === "sqlite") return [0, 1, -1, 2147483647, -2147483648, 9007199254740991];
  const bits = /tiny/.test(type) ? 8 : /small|int2/.test(type) ? 16 : /medium/.test(type) ? 24 : 32;
  return unsigned ? [0, 1, 2 ** bits - 1] : [0, 1, -1, -(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
}

function stringEdges(length: number | undefined, fixed: boolean): unknown[] {
  const max = length ?? (fixed ? 1 : 255);
  const values = ["", "a", "é☃", "quote ' \" \\", "tab\t\nnl", "x".repeat(max), "ABC123", "AB", "  lead", "trail  "];
  if (length === undefined && !fixed) values.push("long ".repeat(2000));
  return values.filter((v) => [...v].length <= max);
}

/** Edge values for a spec (TypeORM's acceptance decides which of them the comparison uses). */
export function edgeValues(spec: TypeSpec, family: Family): unknown[] {
  const column = spec.column;
  const type = String(column.type);
  const width = (column as { width?: number }).width;
  const length = column.length !== undefined ? Number(column.length) : BITS.test(type) ? width : undefined;
  const scalars = scalarEdges(type, family, length, column);
  if (!column.array) return [...scalars, null];
  const text = /char|text|varying/.test(type) ? [["a,b", "{x}", 'quo"te', "NULL", ""].filter((v) => length === undefined || v.length <= length)] : [];
  return [scalars.slice(0, 2), [scalars[2] ?? scalars[0]], [], ...text, null];
}

function scalarEdges(type: string, family: Family, length: number | undefined, column: EntitySchemaColumnOptions): unknown[] {
  if (column.enum) return type === "set" ? [["a"], ["a", "c d"], []] : ENUM;
  if (family === "mysql" && WKT[type]) return [...WKT[type]!];
  if (LITERALS[type]) return [...LITERALS[type]!];
  if (type === "simple-array") return [["a", "b"], ["single"], []];
  if (/json/.test(type)) {
    const objects = [{ a: 1 }, [1, "two", null], { "é": "☃", q: "\"'\\" }, { nested: { deep: [{}] } }];
    return type === "simple-json" ? objects : [...objects, "text", 42, true];
  }
  if (BITS.test(type)) {
    const bits = length ?? 1;
    if (family === "mysql") return bits === 1 ? [0, 1] : [0, 10, 2 ** bits - 1];
    if (type === "bit") return bits === 1 ? ["0", "1"] : ["1010", "0000", "1111"];
    return ["1", "10101", ""];
  }
  if (/int|serial/.test(type)) return intEdges(type, family, column.unsigned === true || (column as { zerofill?: boolean }).zerofill === true);
  if (DECIMAL.test(type) || type === "number") {
    if (column.precision !== undefined) return ["0.000", "12345.678", "-12345.678", "0.5"];
    if (family === "mysql") return ["0", "1234567890", "-1"];
    return ["0", "123456789012345678901234567890.123456789", "-0.5", "1e-20"];
  }
  if (/float4|^real$/.test(type) && family === "postgres") return [0, 1.5, -2.25, 0.1, 3.4e38];
  if (/float|double|real/.test(type)) return [0, 1.5, -2.25, 0.1, 1e300, -1e-300];
  if (/timestamp|datetime/.test(type)) {
    const values = [day(2024, 2, 29, 12, 34, 56), day(1970, 1, 2, 0, 0, 1), day(2038, 1, 19, 3, 14, 7), day(2020, 6, 15, 1, 2, 3, 456)];
    return family === "mysql" ? values : [...values, day(1900, 1, 1), day(9999, 12, 31, 23, 59, 59)];
  }
  if (/blob|bytea|binary|image/.test(type)) {
    const fixed = type === "binary";
    const max = length ?? (fixed ? 1 : 1000);
    return [Buffer.from([0, 1, 2, 255]), Buffer.alloc(0), Buffer.from("é"), Buffer.from([7])].filter((b) => b.length <= max);
  }
  if (/char|text|clob|string|varying/.test(type)) return stringEdges(length, /^(char|character|nchar|national char|native character)$/.test(type));
  return ["1"];
}
