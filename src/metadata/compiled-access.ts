// Per-entity functions generated once, for the two loops that touch every property of every
// input row: reading the column values and checking the keys. A loop reading `row[key]` for a
// different `key` each time is a megamorphic keyed load, which V8 can't cache; a generated
// `row["username"]` is a load of its own with its own inline cache, as fast as hand-written
// code (MikroORM and fast-json-stringify generate their hydrators and serializers for the
// same reason). Only property names reach the generated text, always as JSON string literals;
// values never do.

import type { ObjectLiteral } from "typeorm";

/**
 * Which values of a column go to the database as they are: strings, finite numbers and null
 * (text and numeric types), null and safe integers other than -0 (`Number`), or none.
 */
export type Verbatim = "strings-and-numbers" | "integers" | "none";

/** Whether `value` goes to the database as it is in a column of `verbatim` (the generated checks' test). */
export function isVerbatim(value: unknown, verbatim: Verbatim): boolean {
  if (value === null) return verbatim !== "none";
  if (typeof value === "number") {
    if (verbatim === "strings-and-numbers") return Number.isFinite(value);
    return verbatim === "integers" && Number.isSafeInteger(value) && !Object.is(value, -0);
  }
  return typeof value === "string" && verbatim === "strings-and-numbers";
}

/** `isVerbatim(v, verbatim)` as generated code, without its null case: "" where nothing is. */
function verbatimTest(verbatim: Verbatim): string {
  switch (verbatim) {
    case "strings-and-numbers":
      return `typeof v === "string" || (typeof v === "number" && Number.isFinite(v))`;
    case "integers":
      return `typeof v === "number" && Number.isSafeInteger(v) && (v !== 0 || 1 / v > 0)`;
    case "none":
      return "";
  }
}

/** How the generated insert encoder reads one column; every case it doesn't decide goes to `cell`. */
export type CellAccess =
  /** A value written whatever the row holds. */
  | { readonly kind: "constant"; readonly value: unknown }
  /**
   * `row[key]`: a value that is `verbatim` is written as it is. `absentIsDefault`: an absent key
   * leaves the column to the database default (no transformer, no generated fill).
   */
  | { readonly kind: "property"; readonly key: string; readonly verbatim: Verbatim; readonly absentIsDefault: boolean }
  /**
   * A top-level many-to-one or one-to-one relation read as `row[key]`: a related id that is
   * `verbatim` for the join column is written as it is; related objects, null and absent keys go
   * to `cell`, which also looks at the join column's own key.
   */
  | { readonly kind: "relation"; readonly key: string; readonly verbatim: Verbatim }
  /** Anything else (embedded objects, lazy relations, converted join columns): always `cell`. */
  | { readonly kind: "indirect" };

/** Writes a row's column values into `out`, as `cell` would one by one. */
export type InsertEncoder = (row: ObjectLiteral, rowIndex: number, out: unknown[]) => void;

/** The value of column `column` of `row`, the full (slow) way. */
export type CellReader = (row: ObjectLiteral, column: number, rowIndex: number) => unknown;

/**
 * An encoder equal to `out[i] = cell(row, i, rowIndex)` for every column, with the common
 * cases decided inline: a verbatim column's string, null or finite number, and an absent key
 * that means the column default.
 */
export function compileInsertEncoder(cells: readonly CellAccess[], cell: CellReader): InsertEncoder {
  const constants = cells.map((c) => (c.kind === "constant" ? c.value : undefined));
  const lines = cells.map((access, i) => encoderLine(access, i));
  const body = `"use strict";\nreturn function encodeInsert(row, rowIndex, out) {\n  let v;\n${lines.join("\n")}\n};`;
  return new Function("cell", "constants", body)(cell, constants) as InsertEncoder;
}

function encoderLine(access: CellAccess, i: number): string {
  switch (access.kind) {
    case "constant":
      return `  out[${i}] = constants[${i}];`;
    case "indirect":
      return `  out[${i}] = ${slow(i)};`;
    case "relation": {
      const test = verbatimTest(access.verbatim);
      const value = test === "" ? slow(i) : `${test} ? v : ${slow(i)}`;
      return `  v = row[${JSON.stringify(access.key)}];\n  out[${i}] = ${value};`;
    }
    case "property": {
      const test = verbatimTest(access.verbatim);
      const fast = test === "" ? "" : `v === null || ${test} ? v : `;
      const absent = access.absentIsDefault ? `v === undefined ? undefined : ${slow(i)}` : slow(i);
      return `  v = row[${JSON.stringify(access.key)}];\n  out[${i}] = ${fast}${absent};`;
    }
  }
}

function slow(i: number): string {
  return `cell(row, ${i}, rowIndex)`;
}

/** Checks a row's keys: returns normally when every key may be written. */
export type KeyCheck = (row: object, rowIndex: number) => void;

/**
 * A key check that accepts `plain` keys with one comparison each and hands every other key
 * (embedded objects, refused and unknown keys) to `check`, in the row's own key order.
 */
export function compileKeyCheck(plain: readonly string[], check: (row: object, key: string, rowIndex: number) => void): KeyCheck {
  const cases = plain.map((key) => `      case ${JSON.stringify(key)}:`).join("\n");
  const accept = plain.length > 0 ? `${cases}\n        break;\n` : "";
  const body =
    `"use strict";\nreturn function checkKeys(row, rowIndex) {\n  for (const key in row) {\n    switch (key) {\n` +
    `${accept}      default:\n        check(row, key, rowIndex);\n    }\n  }\n};`;
  return new Function("check", body)(check) as KeyCheck;
}
