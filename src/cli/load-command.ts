import { Presets, SingleBar } from "cli-progress";
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import { dialectOf } from "../dialects/resolve-dialect";
import { BulkError, messageOf } from "../errors";
import { columnPlanOf } from "../metadata/column-plan";
import { bulkInsertMappings } from "../operations/bulk-insert";
import { conflictPlanOf } from "../operations/conflict";
import type { BulkInsertOptions, BulkResult, InsertMethod, OnConflict, SqlStatement } from "../types";
import { findEntity } from "./data-source-loader";
import { InputError, inputPlace } from "./csv-values";
import { openInput, type InputFile, type InputFormat } from "./input-rows";
import { rawLoad } from "./raw-file-load";
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
  readonly delimiter?: string;
  readonly nullString?: string;
}

/** What a load did, as the summary line reports it. */
export interface LoadSummary {
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
  readonly skipped: number;
}

/** Parses `--on-conflict ignore|error|update:prop,prop` (with `--conflict-target prop,prop`). */
export function parseOnConflict(value: string | undefined, target: string | undefined): OnConflict | undefined {
  if (value === undefined || value === "ignore" || value === "error") {
    if (target !== undefined) throw new UsageError(`--conflict-target goes with --on-conflict update:prop,prop (got ${value === undefined ? "no --on-conflict" : `"${value}"`})`);
    return value;
  }
  const match = /^update:(.+)$/.exec(value);
  if (!match) throw new UsageError(`--on-conflict must be ignore, error or update:prop,prop (got "${value}")`);
  return { update: match[1]!.split(","), ...(target ? { target: target.split(",") } : {}) };
}

/** `--delimiter`: one character; `\t` and `tab` spell a tab. */
export function parseDelimiter(value: string): string {
  const delimiter = value === "\\t" || value === "tab" ? "\t" : value;
  if (delimiter.length !== 1) throw new UsageError(`--delimiter must be one character (got "${value}")`);
  return delimiter;
}

/** `--on-conflict update:…` and `--conflict-target` name properties of the entity: a typo is a usage error, found before reading the file. */
function checkConflict(dataSource: DataSource, target: EntityTarget<ObjectLiteral>, onConflict: OnConflict | undefined): void {
  try {
    conflictPlanOf(columnPlanOf(dataSource, target), onConflict);
  } catch (error) {
    if (error instanceof BulkError) throw new UsageError(`--on-conflict: ${error.message}`);
    throw error;
  }
}

/** COPY and LOAD DATA exist on one database each, and only for plain inserts: say so before connecting work starts. */
function checkMethod(dataSource: DataSource, options: LoadOptions): void {
  const method = options.method;
  if (method !== "copy" && method !== "load") return;
  const dialect = dialectOf(dataSource);
  if (dialect.bulkLoadMethod !== method) {
    const needs = method === "copy" ? "PostgreSQL" : "MySQL or MariaDB";
    throw new UsageError(`--method ${method} needs ${needs}; this data source is ${dialect.name} (use --method auto or values)`);
  }
  if (options.onConflict !== undefined && options.onConflict !== "error") {
    throw new UsageError(`--method ${method} is for plain inserts: it can't be combined with --on-conflict`);
  }
}

/**
 * Loads `file` into the entity with the same call a library user makes (`bulkInsertMappings`
 * over the file's rows), with a progress bar on a terminal and a summary line in every case.
 */
export async function loadFile(dataSource: DataSource, file: string, options: LoadOptions): Promise<LoadSummary> {
  const { target, metadata } = findEntity(dataSource, options.entity);
  checkMethod(dataSource, options);
  checkConflict(dataSource, target, options.onConflict);
  const input = await openInput(file, options.format, { delimiter: options.delimiter, nullString: options.nullString });
  if (options.dryRun) return dryRun(dataSource, target, metadata, input, options);
  const bar = !options.quiet && process.stderr.isTTY ? progressBar(input.size) : undefined;
  let handled = 0;
  const stopInterrupts = onInterrupt(() => {
    bar?.stop();
    process.stderr.write(`typeorm-bulk: interrupted\n  ${interruptedOutcome(options.transaction, handled)}\n`);
  });
  try {
    return await load({ dataSource, target, metadata, input, options, bar }, (rows) => (handled = rows));
  } finally {
    stopInterrupts();
  }
}

/** One load's inputs: where it goes, what it reads, how, and its progress bar. */
interface LoadRun {
  readonly dataSource: DataSource;
  readonly target: EntityTarget<ObjectLiteral>;
  readonly metadata: EntityMetadata;
  readonly input: InputFile;
  readonly options: LoadOptions;
  readonly bar: SingleBar | undefined;
}

/** The load itself, through the database's loader or converting; `progress` hears of every committed batch. */
async function load(run: LoadRun, progress: (rows: number) => void): Promise<LoadSummary> {
  const { dataSource, target, metadata, input, options, bar } = run;
  const started = Date.now();
  const raw = await loadRaw(run);
  if (raw !== undefined) return finish(raw, input, metadata, options, started, bar);
  let handled = 0;
  const bulkOptions: BulkInsertOptions = {
    batchSize: options.batchSize,
    onConflict: options.onConflict,
    method: options.method,
    transaction: options.transaction,
    onProgress: ({ rows }) => {
      handled = rows;
      progress(rows);
      bar?.update(input.bytesRead(), { rows });
    },
  };
  let result: BulkResult;
  try {
    result = await bulkInsertMappings(dataSource, target, input.rows(metadata), bulkOptions);
  } catch (error) {
    bar?.stop();
    throw new LoadFailed(error, committedBy(error, options.transaction, handled), options.transaction, rowLocation(error, input));
  }
  return finish({ ...result, via: undefined }, input, metadata, options, started, bar);
}

/** What an interrupted load leaves: a COMMIT already on its way may still land. */
function interruptedOutcome(transaction: boolean, committed: number): string {
  if (transaction) return "nothing was written, unless the load's one COMMIT was already under way";
  return `at least ${committed} row(s) were committed (--no-transaction commits batch by batch; a batch being committed may be too); the rest was not loaded`;
}

/**
 * Runs `report` on Ctrl-C (SIGINT) or SIGTERM, then exits as the signal would (130, 143): a
 * batch that has committed is reported as committed. Returns the function that stops listening.
 */
function onInterrupt(report: () => void): () => void {
  const handlers = (["SIGINT", "SIGTERM"] as const).map((signal) => {
    const handler = () => {
      report();
      process.exit(signal === "SIGINT" ? 130 : 143);
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((stop) => stop());
}

/** Ends the progress bar and prints the summary line. */
function finish(
  result: { inserted: number; updated: number; via: string | undefined },
  input: InputFile,
  metadata: EntityMetadata,
  options: LoadOptions,
  started: number,
  bar: SingleBar | undefined,
): LoadSummary {
  bar?.update(input.size ?? input.bytesRead(), { rows: input.rowsRead() });
  bar?.stop();
  const summary = { read: input.rowsRead(), inserted: result.inserted, updated: result.updated, skipped: input.rowsRead() - result.inserted - result.updated };
  if (!options.quiet) process.stderr.write(`${summaryLine(summary, input, metadata, (Date.now() - started) / 1000, result.via)}\n`);
  return summary;
}

/**
 * The load through the database's own loader when the file allows it (see raw-file-load.ts),
 * or `undefined` for the converting path. It is one statement: a failure commits nothing.
 */
async function loadRaw({ dataSource, target, metadata, input, options, bar }: LoadRun): Promise<{ inserted: number; updated: number; via: string } | undefined> {
  const ticker = bar ? setInterval(() => bar.update(input.bytesRead(), { rows: input.rowsRead() }), 200) : undefined;
  try {
    const outcome = await rawLoad(dataSource, target, metadata, input, options);
    if ("skipped" in outcome) return undefined;
    return { inserted: outcome.loaded, updated: 0, via: dialectOf(dataSource).bulkLoadMethod === "copy" ? "COPY" : "LOAD DATA" };
  } catch (error) {
    bar?.stop();
    throw new LoadFailed(error, 0, true);
  } finally {
    if (ticker) clearInterval(ticker);
  }
}

/** Rows committed when a load failed: none in one transaction; with `--no-transaction`, what the error (or the progress) says. */
function committedBy(error: unknown, transaction: boolean, handled: number): number {
  if (transaction) return 0;
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof BulkError && e.committedRows !== undefined) return e.committedRows;
  }
  return handled;
}

/**
 * `file:line: input row N` for a library error that names an input row (an unknown key, a row
 * the database named), which the command's own input errors already say themselves.
 */
function rowLocation(error: unknown, input: InputFile): string | undefined {
  const chain: Error[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < 10; e = e.cause) chain.push(e);
  if (chain.some((e) => e instanceof InputError)) return undefined;
  const named = chain.find((e): e is BulkError => e instanceof BulkError && e.rowIndex !== undefined && e.rowIndex < input.rowsRead());
  return named === undefined ? undefined : inputPlace(input.name, input.lineOf(named.rowIndex!), named.rowIndex!);
}

/** A failed load, where in the file it failed when that is known, and how much of it is in the database. */
export class LoadFailed extends Error {
  constructor(
    cause: unknown,
    readonly committedRows: number,
    readonly transaction: boolean,
    /** `file:line: input row N`, when the failure names an input row. */
    readonly location?: string,
  ) {
    super(messageOf(cause), { cause });
    this.name = "LoadFailed";
  }

  /** One line on what stayed in the database. */
  outcome(): string {
    if (this.transaction) return "nothing was written (the load runs in one transaction)";
    return `${this.committedRows} row(s) were committed before the failure (--no-transaction commits batch by batch); the rest was not loaded`;
  }
}

function summaryLine(summary: LoadSummary, input: InputFile, metadata: EntityMetadata, seconds: number, via: string | undefined): string {
  const rate = Math.round(summary.read / Math.max(seconds, 0.001)).toLocaleString("fr-FR").replace(/\u202f/g, " ");
  return (
    `${summary.read} rows read from ${input.name}${via ? ` via ${via}` : ""} into "${metadata.tableName}" in ${seconds.toFixed(1)} s (${rate} rows/s): ` +
    `${summary.inserted} inserted, ${summary.updated} updated, ${summary.skipped} skipped`
  );
}

/** Rows per dry-run call: a multiple of every default batch size, so statements split exactly as in a real load. */
const DRY_RUN_CHUNK = 50_000;

/**
 * `--dry-run`: builds the statements chunk by chunk and writes each chunk's statements out
 * before reading on, so memory stays flat whatever the file's size. Chunks are a multiple of the
 * batch size, and a load's statements never span a batch, so the statements are the load's.
 */
async function dryRun(
  dataSource: DataSource,
  target: EntityTarget<ObjectLiteral>,
  metadata: EntityMetadata,
  input: InputFile,
  options: LoadOptions,
): Promise<LoadSummary> {
  const dialect = dialectOf(dataSource);
  const chunk = options.batchSize === undefined ? DRY_RUN_CHUNK : options.batchSize * Math.max(1, Math.floor(DRY_RUN_CHUNK / options.batchSize));
  const plan = new PlanCounter();
  const rows = input.rows(metadata)[Symbol.asyncIterator]();
  let offset = 0;
  let pending: IteratorResult<ObjectLiteral> = await rows.next();
  while (!pending.done) {
    const first = pending.value;
    const slice = takeChunk(rows, first, chunk, (next) => {
      pending = next;
    });
    let statementRows = 0;
    const result = await bulkInsertMappings(dataSource, target, slice, {
      batchSize: options.batchSize,
      onConflict: options.onConflict,
      dryRun: true,
      onProgress: ({ rows: handled }) => {
        plan.rows.push(handled - statementRows);
        statementRows = handled;
      },
    }).catch((error: unknown) => {
      throw offsetRows(error, offset);
    });
    for (const statement of result.statements ?? []) {
      plan.add(statement);
      if (!process.stdout.write(`${dialect.inline(statement)};\n`)) await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
    offset += statementRows;
  }
  if (!options.quiet) plan.print(dialect.name);
  return { read: input.rowsRead(), inserted: 0, updated: 0, skipped: 0 };
}

/** The first `size` rows, starting with `first`; hands the row after them (or the end) to `rest`. */
async function* takeChunk(
  rows: AsyncIterator<ObjectLiteral>,
  first: ObjectLiteral,
  size: number,
  rest: (next: IteratorResult<ObjectLiteral>) => void,
): AsyncGenerator<ObjectLiteral> {
  yield first;
  for (let taken = 1; ; taken++) {
    const next = await rows.next();
    if (next.done || taken === size) {
      rest(next);
      return;
    }
    yield next.value;
  }
}

/** An error of a later dry-run chunk, with its row numbers counted from the start of the file. */
function offsetRows(error: unknown, offset: number): unknown {
  if (offset === 0 || !(error instanceof BulkError) || error.rowIndex === undefined) return error;
  const rowIndex = error.rowIndex + offset;
  return new BulkError(error.message.replace(`row ${error.rowIndex}`, `row ${rowIndex}`), {
    entity: error.entity,
    key: error.key,
    rowIndex,
    cause: error.cause,
  });
}

/** The dry run's plan summary: statements, rows and bind parameters per statement, method. */
class PlanCounter {
  readonly rows: number[] = [];
  private statements = 0;
  private minParameters = Infinity;
  private maxParameters = 0;

  add(statement: SqlStatement): void {
    this.statements++;
    this.minParameters = Math.min(this.minParameters, statement.parameters.length);
    this.maxParameters = Math.max(this.maxParameters, statement.parameters.length);
  }

  print(database: string): void {
    const range = (min: number, max: number) => (this.statements === 0 ? "0" : min === max ? `${min}` : `${min}–${max}`);
    const rowsMin = this.rows.reduce((a, b) => Math.min(a, b), Infinity);
    const rowsMax = this.rows.reduce((a, b) => Math.max(a, b), 0);
    const write = (line: string) => process.stderr.write(`${line}\n`);
    write(`plan: ${this.statements} statement(s) on ${database}, method values (multi-row INSERT; a dry run never uses COPY or LOAD DATA)`);
    write(`  rows per statement: ${range(rowsMin, rowsMax)}`);
    write(`  bind parameters per statement: ${range(this.minParameters, this.maxParameters)}`);
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
