import type { EntityMetadata, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "../metadata/typeorm-types";

/**
 * Bad input found by the command itself (a cell, a header, a line that isn't JSON): the
 * message names the file and line, and `rowIndex` the zero-based input row, as the library's
 * errors count rows.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly rowIndex: number,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** A CSV cell that doesn't fit its column: the message names file, line, input row, column and value. */
export class CsvValueError extends InputError {
  constructor(file: string, line: number, rowIndex: number, header: string, type: string, value: string, reason: string) {
    super(`${inputPlace(file, line, rowIndex)}: column "${header}" (${type}): ${JSON.stringify(value)} ${reason}`, rowIndex);
    this.name = "CsvValueError";
  }
}

/**
 * A record with more or fewer fields than the header: COPY and LOAD DATA refuse it too, so a
 * shifted or cut line never loads with its cells in the wrong columns or missing.
 */
export class CsvShapeError extends InputError {
  constructor(file: string, line: number, rowIndex: number, expected: number, got: number) {
    super(`${inputPlace(file, line, rowIndex)}: expected ${expected} fields, as the header has, got ${got}`, rowIndex);
    this.name = "CsvShapeError";
  }
}

/** Where bad input is, as every input error of the command says it: `file:line: input row N` (no row when negative). */
export function inputPlace(file: string, line: number, rowIndex: number): string {
  return rowIndex < 0 ? `${file}:${line}` : `${file}:${line}: input row ${rowIndex}`;
}

/** The header's names: its cells, with an unquoted cell equal to the NULL string read as that text. */
export function headerNames(cells: readonly Cell[], nullString: string): string[] {
  return cells.map((cell) => (cell === NULL_CELL ? nullString : cell));
}

/** An unquoted cell equal to the NULL string (by default: empty), as opposed to a quoted one. */
export const NULL_CELL: unique symbol = Symbol("NULL cell");

/** A parsed CSV cell: its text, or {@link NULL_CELL}. */
export type Cell = string | typeof NULL_CELL;

type Parse = (cell: string) => unknown;

const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TRUE = new Set(["true", "t", "1", "yes", "y"]);
const FALSE = new Set(["false", "f", "0", "no", "n"]);

class Rejected {
  constructor(readonly reason: string) {}
}

/** Parsers by normalised column type; a parser returns a `Rejected` for a cell that doesn't fit. */
function parserFor(column: ColumnMetadata): Parse {
  const type = typeName(column);
  if (column.enum) {
    const allowed = new Map(column.enum.map((v) => [String(v), v]));
    return (cell) => (allowed.has(cell) ? allowed.get(cell) : new Rejected(`is not one of ${[...allowed.keys()].join(", ")}`));
  }
  if (/^(bigint|int8|unsigned big int)$/.test(type)) {
    return (cell) => (INTEGER.test(cell) ? cell : new Rejected("is not an integer"));
  }
  if (/int|^number$/.test(type)) {
    return (cell) => (INTEGER.test(cell) && Number.isSafeInteger(Number(cell)) ? Number(cell) : new Rejected("is not an integer"));
  }
  if (/^(decimal|numeric|dec|money)$/.test(type)) return (cell) => (DECIMAL.test(cell) ? cell : new Rejected("is not a decimal number"));
  if (/float|double|real/.test(type)) {
    return (cell) => (DECIMAL.test(cell) ? Number(cell) : new Rejected("is not a number"));
  }
  if (/^bool/.test(type)) {
    return (cell) => {
      const lower = cell.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : new Rejected("is not a boolean");
    };
  }
  if (type === "date") return (cell) => (DATE.test(cell) ? cell : new Rejected("is not a date (YYYY-MM-DD)"));
  if (/time|^date$/.test(type) && type !== "time") {
    return (cell) => {
      const date = new Date(cell);
      return Number.isNaN(date.getTime()) ? new Rejected("is not a date-time") : date;
    };
  }
  if (/json/.test(type)) {
    return (cell) => {
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return new Rejected("is not JSON");
      }
    };
  }
  if (type === "simple-array") return (cell) => cell.split(",");
  return (cell) => cell;
}

function typeName(column: ColumnMetadata): string {
  return typeof column.type === "function" ? column.type.name.toLowerCase() : String(column.type).toLowerCase();
}

/** One CSV header resolved to the entity: where its value goes and how it is parsed. */
interface HeaderPlan {
  readonly header: string;
  readonly path: readonly string[];
  readonly type: string;
  readonly parse: Parse;
  /** An empty cell leaves the column out (its default applies) instead of writing NULL. */
  readonly emptyIsAbsent: boolean;
}

/**
 * Turns CSV records into mappings for `bulkInsertMappings`: headers are property names (dotted
 * for embedded properties), a relation column takes the related id, and cells are parsed by
 * column type. As in PostgreSQL's CSV format, an unquoted empty cell (or the `--null` string)
 * is NULL, or the column's default when it has one, and a quoted empty cell `""` is an empty string.
 */
export class CsvRowConverter {
  private readonly headers: HeaderPlan[];

  constructor(
    metadata: EntityMetadata,
    headers: readonly Cell[],
    private readonly file: string,
    nullString = "",
  ) {
    const names = headerNames(headers, nullString);
    const columns = distinctHeaderColumns(metadata, names, file);
    this.headers = names.map((header, i) => planHeader(metadata, header, columns[i]!));
  }

  /**
   * The mapping of plain text cells on `line` (1-based): without quoting information an empty
   * cell is NULL (or the default). Throws a {@link CsvValueError} for a cell that doesn't fit.
   */
  convert(record: readonly string[], line: number): ObjectLiteral {
    const row = this.tryConvert(record.map((cell) => (cell === "" ? NULL_CELL : cell)), -1, line);
    if (row instanceof InputError) throw row;
    return row;
  }

  /**
   * The mapping of input row `rowIndex` (zero-based), which ends on `line` (1-based), or the
   * error that describes why it has none (returned, so that it reaches the consumer in order).
   */
  tryConvert(record: readonly Cell[], rowIndex: number, line: number): ObjectLiteral | InputError {
    if (record.length !== this.headers.length) return new CsvShapeError(this.file, line, rowIndex, this.headers.length, record.length);
    const row: ObjectLiteral = {};
    for (let i = 0; i < this.headers.length; i++) {
      const header = this.headers[i]!;
      const cell = record[i]!;
      let value: unknown;
      if (cell === NULL_CELL) {
        if (header.emptyIsAbsent) continue;
        value = null;
      } else {
        value = header.parse(cell);
        if (value instanceof Rejected) {
          return new CsvValueError(this.file, line, rowIndex, header.header, header.type, cell, value.reason);
        }
      }
      assign(row, header.path, value);
    }
    return row;
  }
}

/** Thrown for a header that names nothing writable on the entity; lists what would be. */
export class CsvHeaderError extends InputError {}

/** The headers an entity accepts: property paths, and for relations also the join column names. */
export function knownHeaders(metadata: EntityMetadata): string[] {
  const names = new Set<string>();
  for (const column of metadata.columns) {
    if (column.isVirtualProperty) continue;
    names.add(column.relationMetadata ? column.relationMetadata.propertyPath : column.propertyPath);
    if (column.relationMetadata) names.add(column.databaseName);
  }
  return [...names];
}

/**
 * The column a CSV header names: a property path (dotted for embedded properties), a relation
 * with one join column, or a database column name. Throws a {@link CsvHeaderError} otherwise.
 */
export function headerColumn(metadata: EntityMetadata, header: string, file: string): ColumnMetadata {
  const relation = metadata.findRelationWithPropertyPath(header);
  const column =
    relation?.joinColumns.length === 1
      ? relation.joinColumns[0]!
      : (metadata.findColumnWithPropertyPath(header) ?? metadata.columns.find((c) => c.databaseName === header));
  if (column === undefined || column.isVirtualProperty) {
    const known = knownHeaders(metadata).join(", ");
    throw new CsvHeaderError(`${file}:1: column "${header}" is not a property of ${metadata.name} (known: ${known})`, -1);
  }
  return column;
}

/**
 * The columns the headers name, each once: two headers for one column (`email,email`, or a
 * relation and its join column, `role,roleId`) would leave which cell wins to chance.
 */
export function distinctHeaderColumns(metadata: EntityMetadata, headers: readonly string[], file: string): ColumnMetadata[] {
  const seen = new Map<ColumnMetadata, string>();
  return headers.map((header) => {
    const column = headerColumn(metadata, header, file);
    const earlier = seen.get(column);
    if (earlier !== undefined) {
      const what = earlier === header ? `column "${header}" of ${metadata.name} appears twice` : `columns "${earlier}" and "${header}" name the same column of ${metadata.name}`;
      throw new CsvHeaderError(`${file}:1: ${what}`, -1);
    }
    seen.set(column, header);
    return column;
  });
}

function planHeader(metadata: EntityMetadata, header: string, column: ColumnMetadata): HeaderPlan {
  const typed = column.referencedColumn ?? column;
  const dataSource = (metadata as { dataSource?: EntityMetadata["connection"] }).dataSource ?? metadata.connection;
  return {
    header,
    path: header.split("."),
    type: dataSource.driver.normalizeType(typed),
    parse: parserFor(typed),
    emptyIsAbsent: column.default !== undefined || column.isGenerated || column.isCreateDate || column.isUpdateDate || column.isVersion,
  };
}

function assign(row: ObjectLiteral, path: readonly string[], value: unknown): void {
  let target = row;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    target = (target[key] ??= {}) as ObjectLiteral;
  }
  target[path[path.length - 1]!] = value;
}
