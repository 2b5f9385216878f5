import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import { BatchRowError } from "../dialects/dialect";
import { dialectOf } from "../dialects/resolve-dialect";
import { columnPlanOf } from "../metadata/column-plan";
import { rawLoadPlan } from "../metadata/raw-load";
import type { InsertMethod, OnConflict } from "../types";
import { distinctHeaderColumns, headerNames, InputError, inputPlace } from "./csv-values";
import type { InputFile } from "./input-rows";
import { CsvSyntaxError, csvSyntaxInputError, type CsvReader } from "./raw-csv";

/** What decides whether a load may take the database's own loader. */
export interface RawLoadRequest {
  readonly method?: InsertMethod;
  readonly onConflict?: OnConflict;
  readonly dryRun: boolean;
}

/** Why a raw load was not taken (for `--method copy|load`, which then converts): `undefined` when it was. */
export type RawLoadOutcome = { readonly loaded: number } | { readonly skipped: string };

/**
 * Loads a CSV or TSV file through the database's own loader (COPY, LOAD DATA LOCAL) when every
 * column of the file is one the database reads as it is (see `rawLoadPlan`): the records go
 * over as they are, the command neither converts nor batches them. The load is one statement
 * in one transaction whatever `--no-transaction` says, so a failure leaves nothing behind.
 * Returns `{ skipped }` without having read past the header when the file or the options need
 * the converting path, and also when the loader refused before reading any record (MySQL's
 * `local_infile` off) under `--method auto`.
 */
export async function rawLoad(
  dataSource: DataSource,
  target: EntityTarget<ObjectLiteral>,
  metadata: EntityMetadata,
  input: InputFile,
  request: RawLoadRequest,
): Promise<RawLoadOutcome> {
  const csv = input.csv;
  const dialect = dialectOf(dataSource);
  if (csv === undefined || request.dryRun || dialect.loadCsv === undefined) return { skipped: "not a delimited file" };
  if (request.method === "values") return { skipped: "--method values" };
  if (request.onConflict !== undefined && request.onConflict !== "error") return { skipped: "--on-conflict" };
  const header = await csv.header();
  if (header === undefined) return { skipped: "empty file" };
  const plan = columnPlanOf(dataSource, target);
  const decision = rawLoadPlan(
    plan,
    distinctHeaderColumns(metadata, headerNames(header, csv.nullString), input.name),
  );
  if ("reason" in decision) return { skipped: decision.reason };
  const queryRunner = dataSource.createQueryRunner();
  try {
    const native = await queryRunner.connect();
    await queryRunner.startTransaction();
    let syntax: CsvSyntaxError | undefined;
    try {
      const chunks = untilSyntaxError(csv, (error) => (syntax = error));
      const loaded = await dialect.loadCsv(native, plan, decision.columns, {
        delimiter: csv.delimiter,
        chunks,
        recordAtCopyLine: (line) => csv.recordAtCopyLine(line),
      });
      if (syntax !== undefined) throw syntax;
      await queryRunner.commitTransaction();
      return { loaded };
    } catch (error) {
      await queryRunner.rollbackTransaction();
      if (!csv.started && request.method !== "copy" && request.method !== "load") return { skipped: `the database's loader refused: ${(error as Error).message}` };
      throw inputError(syntax ?? error, csv, input.name);
    }
  } finally {
    await queryRunner.release();
  }
}

/**
 * The canonical text of `csv`, ending early at a syntax error (handed to `failed`): a loader
 * fed a failing stream reports its own error, or none, instead of the file's.
 */
async function* untilSyntaxError(csv: CsvReader, failed: (error: CsvSyntaxError) => void): AsyncGenerator<Buffer> {
  try {
    yield* csv.canonical();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    failed(error);
  }
}

/** A loader's row error or a syntax error as the command reports bad input: file, line, input row. */
function inputError(error: unknown, csv: CsvReader, name: string): unknown {
  if (error instanceof CsvSyntaxError) {
    return csvSyntaxInputError(name, error, csv.recordCount);
  }
  if (error instanceof BatchRowError) {
    const row = error.rowOffset;
    const cause = (error.cause as Error | undefined)?.message ?? error.message;
    return new InputError(`${inputPlace(name, csv.lineOf(row), row)}: ${cause}`, row);
  }
  return error;
}
