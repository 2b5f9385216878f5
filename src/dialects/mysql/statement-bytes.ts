// How many bytes a statement takes on the wire, counted as the server counts them against
// max_allowed_packet: UTF-8 bytes of the SQL text after mysql2 has inlined every value.

/**
 * Bytes of SQL text a value may bring besides its literal: the separator and row parentheses
 * around its placeholder, and a spatial column's `ST_GeomFromText(…, srid)` wrapper.
 */
const PER_VALUE_TEXT = 40;
/** Longest literal of a number or bigint (`-1.7976931348623157e+308`, 20-digit int64). */
const NUMBER_BYTES = 24;
/** `'YYYY-MM-DD HH:MM:SS.mmm'`, the literal mysql2 writes for a Date. */
const DATE_BYTES = 25;
/** The characters mysql2 escapes with a backslash (or doubles) inside a string literal. */
const ESCAPED = /[\0\b\t\n\r\x1a"'\\]/;
const ESCAPED_ALL = /[\0\b\t\n\r\x1a"'\\]/g;

/** SQL text of a statement besides its values (table and column names, trailer), at most. */
export const STATEMENT_TEXT_RESERVE = 64 * 1024;

/**
 * Bytes `value` takes in an INSERT or UPDATE statement as mysql2 writes it (its literal in
 * UTF-8, escapes included, plus {@link PER_VALUE_TEXT}): never less than the server counts.
 */
export function valueBytes(value: unknown): number {
  if (typeof value === "string") return stringLiteralBytes(value) + PER_VALUE_TEXT;
  if (value === null || value === undefined) return 4 + PER_VALUE_TEXT;
  switch (typeof value) {
    case "number":
    case "bigint":
      return NUMBER_BYTES + PER_VALUE_TEXT;
    case "boolean":
      return 5 + PER_VALUE_TEXT;
  }
  if (value instanceof Date) return DATE_BYTES + PER_VALUE_TEXT;
  // X'…': two hex digits a byte
  if (value instanceof Uint8Array) return value.length * 2 + 3 + PER_VALUE_TEXT;
  return otherLiteralBytes(value) + PER_VALUE_TEXT;
}

/** `'…'` with mysql2's backslash escapes, in UTF-8. */
function stringLiteralBytes(text: string): number {
  const bytes = Buffer.byteLength(text, "utf8") + 2;
  if (!ESCAPED.test(text)) return bytes;
  ESCAPED_ALL.lastIndex = 0;
  let escapes = 0;
  while (ESCAPED_ALL.exec(text) !== null) escapes++;
  return bytes + escapes;
}

/** Anything else (arrays, plain objects) exactly as mysql2 would write it. */
function otherLiteralBytes(value: unknown): number {
  const { escape } = require("mysql2") as { escape(value: unknown): string };
  return Buffer.byteLength(escape(value), "utf8");
}

/**
 * An error for a statement the server would refuse as a packet bigger than
 * max_allowed_packet (and then drop the connection, so the driver would only say "ECONNRESET").
 */
export function oversizedStatement(bytes: number, maxPacket: number): Error {
  return new Error(
    `the statement takes ${bytes} bytes, more than the server's max_allowed_packet (${maxPacket} bytes); ` +
      `a value of this batch is too large for one statement: raise max_allowed_packet, or insert with method "load"`,
  );
}
