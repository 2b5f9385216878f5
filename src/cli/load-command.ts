import { Presets, SingleBar } from "cli-progress";
import type { DataSource } from "typeorm";
import { dialectOf } from "../dialects/resolve-dialect";
import { bulkInsertMappings } from "../operations/bulk-insert";
import type { BulkInsertOptions, InsertMethod, OnConflict } from "../types";
import { findEntity } from "./data-source-loader";
import { openInput, type InputFormat } from "./input-rows";
import { UsageError } from "./usage-error";

/** Options of `typeorm-bulk load`. */
export interface LoadOptions {
  readonly entity: string;
  readonly batchSize?: number;
  readonly onConflict?: OnConflict;
  readonly method?: InsertMethod;
  readonly transaction: boolean;
  readonly dryRun: boolean;
  readonly quiet: boolean;
  readonly format?: InputFormat;
}

/** Parses `--on-conflict ignore|error|update:prop,prop` (with `--conflict-target prop,prop`). */
export function parseOnConflict(value: string | undefined, target: string | undefined): OnConflict | undefined {
  if (value === undefined) return undefined;
  if (value === "ignore" || value === "error") return value;
  const match = /^update:(.+)$/.exec(value);
  if (!match) throw new UsageError(`--on-conflict must be ignore, error or update:prop,prop (got "${value}")`);
  return { update: match[1]!.split(","), ...(target ? { target: target.split(",") } : {}) };
}

/**
 * Loads `file` into the entity with the same call a library user makes (`bulkInsertMappings`
 * over the file's rows), with a progress bar on a terminal and a summary line in every case.
 */
export async function loadFile(dataSource: DataSource, file: string, options: LoadOptions): Promise<number> {
  const { target, metadata } = findEntity(dataSource, options.entity);
  const input = openInput(file, options.format);
  const bar = !options.quiet && !options.dryRun && process.stderr.isTTY ? progressBar(input.size) : undefined;
  const started = Date.now();
  const rowsPerStatement: number[] = [];
  let rowsSoFar = 0;
  const bulkOptions: BulkInsertOptions = {
    batchSize: options.batchSize,
    onConflict: options.onConflict,
    method: options.method,
    transaction: options.transaction,
    dryRun: options.dryRun,
    onProgress: ({ rows }) => {
      rowsPerStatement.push(rows - rowsSoFar);
      rowsSoFar = rows;
      bar?.update(input.bytesRead(), { rows });
    },
  };
  try {
    const result = await bulkInsertMappings(dataSource, target, input.rows(metadata), bulkOptions);
    bar?.update(input.size ?? input.bytesRead(), { rows: result.inserted + result.updated });
    bar?.stop();
    const seconds = (Date.now() - started) / 1000;
    if (options.dryRun) {
      const dialect = dialectOf(dataSource);
      for (const statement of result.statements ?? []) process.stdout.write(`${dialect.inline(statement)};\n`);
      if (!options.quiet) printPlan(result.statements ?? [], rowsPerStatement, dialect.name);
      return 0;
    }
    const rows = result.inserted + result.updated;
    if (!options.quiet) {
      const rate = Math.round(rows / Math.max(seconds, 0.001)).toLocaleString("fr-FR").replace(/\u202f/g, " ");
      process.stderr.write(`loaded ${rows} rows into "${metadata.tableName}" in ${seconds.toFixed(1)} s (${rate} rows/s)\n`);
    }
    return rows;
  } catch (error) {
    bar?.stop();
    throw error;
  }
}

function progressBar(size: number | undefined): SingleBar {
  const bar = new SingleBar(
    {
      format: size
        ? "{bar} {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}"
        : "{rows} rows | {speed} rows/s",
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(size ?? 1, 0, { rows: 0, speed: 0 });
  const update = bar.update.bind(bar);
  bar.update = ((value: number, payload: { rows: number }) => {
    const speed = Math.round(payload.rows / Math.max((Date.now() - started) / 1000, 0.001));
    update(value, { ...payload, speed });
  }) as typeof bar.update;
  return bar;
}

/** The dry run's plan summary: statements, rows and bind parameters per statement, method. */
function printPlan(statements: readonly { parameters: unknown[] }[], rowsPerStatement: readonly number[], database: string): void {
  const range = (values: readonly number[]) =>
    values.length === 0 ? "0" : Math.min(...values) === Math.max(...values) ? `${values[0]}` : `${Math.min(...values)}–${Math.max(...values)}`;
  const write = (line: string) => process.stderr.write(`${line}\n`);
  write(`plan: ${statements.length} statement(s) on ${database}, method values (multi-row INSERT; a dry run never uses COPY or LOAD DATA)`);
  write(`  rows per statement: ${range(rowsPerStatement)}`);
  write(`  bind parameters per statement: ${range(statements.map((s) => s.parameters.length))}`);
}
