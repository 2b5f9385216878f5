import { BulkError } from "../../errors";
import type { PlannedColumn } from "../../metadata/column-plan";
import type { BufferInput, PgColumn } from "./catalog";

type PrepareValue = (value: unknown) => unknown;

let pgPrepareValue: PrepareValue | undefined;

/**
 * node-postgres' own conversion of a parameter value (what TypeORM's statements get). Loaded
 * on first use: `pg` is an optional peer dependency, and this module loads on every database.
 */
export function prepareValue(value: unknown): unknown {
  pgPrepareValue ??= (require("pg/lib/utils") as { prepareValue: PrepareValue }).prepareValue;
  return pgPrepareValue(value);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A value the bulk path can't write as TypeORM would; the caller names its row and key. */
export class RefusedValue extends Error {}

/**
 * A Buffer as the column's type reads node-postgres' binary parameter, for the paths that
 * can't send it as one (an element of an `unnest` array, a COPY field): bytea keeps the bytes
 * (`undefined`: leave the value as it is), text types read them as UTF-8, anything else is
 * refused (`RefusedValue`).
 */
export function bufferAsText(buffer: Buffer, input: BufferInput): string | undefined {
  if (input === "binary") return undefined;
  if (input === "other") {
    throw new RefusedValue("a Buffer goes to this column's type in a binary format the bulk path can't reproduce; pass its text");
  }
  try {
    return utf8.decode(buffer);
  } catch {
    throw new RefusedValue("a Buffer for a text column must be valid UTF-8");
  }
}

/**
 * One value of a scalar column as an element of an `unnest` array, holding what node-postgres
 * would send for it as a parameter of its own. Its array serialization does that for every
 * element except arrays (it would nest them, and unnest would flatten them into extra rows:
 * TypeORM sends them as one array literal) and Buffers (hex, which only bytea reads as bytes).
 */
export function unnestElement(value: object, column: PgColumn): unknown {
  if (Array.isArray(value)) return prepareValue(value);
  if (ArrayBuffer.isView(value)) {
    const buffer = prepareValue(value) as Buffer;
    return bufferAsText(buffer, column.bufferInput) ?? buffer;
  }
  return value;
}

/**
 * Why node-postgres' handling of the object `value` for `column` can't be reproduced on every
 * path, or `undefined`: Buffers only go to bytea (the bytes) and text types (as UTF-8).
 */
export function unbindableValue(value: object, column: PgColumn | undefined): string | undefined {
  if (column === undefined || !ArrayBuffer.isView(value)) return undefined;
  try {
    bufferAsText(prepareValue(value) as Buffer, column.bufferInput);
    return undefined;
  } catch (error) {
    if (error instanceof RefusedValue) return error.message;
    throw error;
  }
}

/** `error` as a BulkError naming `column` and the row `rowOffset` rows into its batch, when it is a {@link RefusedValue}. */
export function refusal(error: unknown, entity: string, column: PlannedColumn, rowOffset: number): unknown {
  if (!(error instanceof RefusedValue)) return error;
  const key = column.relation?.propertyPath ?? column.metadata.propertyPath;
  return new BulkError(`${entity}: key "${key}", row ${rowOffset} of its batch: ${error.message}`, { entity, key });
}
