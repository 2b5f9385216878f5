// Statement text with its values inlined, as mysql2's `format()` would write it, without
// re-scanning thousands of placeholders for every batch. mysql2 finds the placeholders of a
// statement shape once (its own scanner, which knows quoting and comments); every batch of
// that shape then only interleaves the text between them with each value's literal.

type Escape = (value: unknown, stringifyObjects: unknown, timeZone: unknown) => string;
type Format = (sql: string, values: unknown[], stringifyObjects?: unknown, timeZone?: unknown) => string;

/** What of mysql2's connection config decides how a value is written. */
export interface FormatConfig {
  queryFormat?: unknown;
  stringifyObjects?: unknown;
  timezone?: unknown;
}

/** Renders one value as the literal mysql2's `format()` puts at a `?`. */
export type Literal = (value: unknown) => string;

/** Never in SQL text this package writes: MySQL identifiers can't hold U+0000, nor do its statements. */
const MARK = "\u0000";
const MARKER = Object.freeze({ toSqlString: () => MARK });

/**
 * The literal writer of a connection, or `undefined` when the connection formats with a
 * `queryFormat` of its own (then only its own `format()` knows what it sends). A placeholder
 * takes `escape(value, stringifyObjects, timezone)` in every mysql2 version, except that
 * sql-escaper (mysql2 3.15+) writes a plain object outside a SET list differently when
 * `stringifyObjects` is off: such a value goes through `format("?")` itself.
 */
export function literalWriter(config: FormatConfig | undefined): Literal | undefined {
  if (typeof config?.queryFormat === "function") return undefined;
  const { escape, format } = require("mysql2") as { escape: Escape; format: Format };
  const stringifyObjects = config?.stringifyObjects;
  const timeZone = config?.timezone;
  return (value) => {
    switch (typeof value) {
      case "number":
      case "bigint":
        return `${value}`;
      case "object":
        if (value !== null && !stringifyObjects) return format("?", [value], stringifyObjects, timeZone);
    }
    return escape(value, stringifyObjects, timeZone);
  };
}

/** The text around the placeholders of recently used statement shapes. */
export class StatementTemplates {
  private readonly entries = new Map<string, readonly string[] | null>();

  constructor(private readonly bound = 32) {}

  /**
   * `sql` with `parameters` inlined, or `undefined` when mysql2's placeholder count differs
   * from the parameters' (then its own `format()` must decide). `format` is the connection's.
   */
  render(sql: string, parameters: readonly unknown[], literal: Literal, format: (sql: string, values: unknown[]) => string): string | undefined {
    const pieces = this.piecesOf(sql, parameters.length, format);
    if (pieces === null) return undefined;
    let text = pieces[0]!;
    for (let i = 0; i < parameters.length; i++) text += literal(parameters[i]) + pieces[i + 1]!;
    return text;
  }

  private piecesOf(sql: string, count: number, format: (sql: string, values: unknown[]) => string): readonly string[] | null {
    let pieces = this.entries.get(sql);
    if (pieces === undefined) {
      if (this.entries.size >= this.bound) this.entries.clear();
      const split = sql.includes(MARK) ? [] : format(sql, new Array<unknown>(count).fill(MARKER)).split(MARK);
      pieces = split.length === count + 1 ? split : null;
      this.entries.set(sql, pieces);
    }
    return pieces === null || pieces.length !== count + 1 ? null : pieces;
  }
}
