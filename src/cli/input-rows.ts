import * as fs from "node:fs";
import * as readline from "node:readline";
import * as zlib from "node:zlib";
import { PassThrough, Transform, type Readable } from "node:stream";
import type { EntityMetadata, ObjectLiteral } from "typeorm";
import { CsvRowConverter, InputError, inputPlace, type Cell } from "./csv-values";
import { CsvReader, CsvSyntaxError, csvSyntaxInputError, type RecordBatch } from "./raw-csv";
import { RecordLines } from "./record-lines";
import { UsageError } from "./usage-error";

/** The formats `load` reads. */
export type InputFormat = "csv" | "tsv" | "ndjson";

/** How `load` reads delimited text. */
export interface TextOptions {
  /** Field delimiter; default `,` (a tab for `.tsv`/`.tab` files and `--format tsv`). */
  readonly delimiter?: string;
  /** An unquoted cell equal to this string is NULL; default the empty string (PostgreSQL's CSV convention). */
  readonly nullString?: string;
}

/** An input file (or standard input) opened for reading, with a byte count for progress. */
export interface InputFile {
  readonly name: string;
  readonly format: InputFormat;
  /** Total bytes on disk (compressed, for gzip), when known (a file; not standard input). */
  readonly size: number | undefined;
  /** Bytes read so far (compressed, for gzip). */
  bytesRead(): number;
  /** Records read so far (data rows, not the header). */
  rowsRead(): number;
  /** The line input row `row` (0-based, read already) ends on. */
  lineOf(row: number): number;
  /** The mappings of the file, one per record. */
  rows(metadata: EntityMetadata): AsyncIterable<ObjectLiteral>;
  /** The file's records, for CSV and TSV (what `rows` reads from, so only one of them can be read). */
  readonly csv: CsvReader | undefined;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Opens `file` (`-` for standard input, which needs `format`). Gzip is recognised by its magic
 * bytes, not its name, so `users.csv.gz` and `zcat`-less pipes both work.
 */
export async function openInput(file: string, format: InputFormat | undefined, text: TextOptions = {}): Promise<InputFile> {
  if (file !== "-" && !fs.existsSync(file)) throw new UsageError(`input file not found: ${file}`);
  if (file !== "-" && fs.statSync(file).isDirectory()) throw new UsageError(`${file} is a directory, not an input file`);
  const resolved = format ?? formatOf(file);
  const raw: Readable = file === "-" ? process.stdin : fs.createReadStream(file);
  const size = file === "-" ? undefined : fs.statSync(file).size;
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  raw.on("error", (error) => counter.destroy(error));
  const name = file === "-" ? "<stdin>" : file;
  const stream = await gunzipIfCompressed(raw.pipe(counter), name);
  let records = 0;
  const ndjsonLines = new RecordLines();
  const counted = (line: number) => ndjsonLines.note(records++, line);
  const delimiter = text.delimiter ?? (resolved === "tsv" ? "\t" : ",");
  const csv = resolved === "ndjson" ? undefined : new CsvReader(stream, delimiter, text.nullString ?? "");
  return {
    name,
    format: resolved,
    size,
    csv,
    bytesRead: () => bytes,
    rowsRead: () => (csv === undefined ? records : csv.recordCount),
    lineOf: (row) => (csv === undefined ? ndjsonLines.lineOf(row, 1) : csv.lineOf(row)),
    rows: (metadata) => (csv === undefined ? ndjsonRows(stream, name, counted) : csvRows(csv, stream, metadata, name)),
  };
}

function formatOf(file: string): InputFormat {
  if (file === "-") throw new UsageError("reading standard input needs --format csv, tsv or ndjson");
  const bare = file.replace(/\.gz$/i, "");
  if (/\.csv$/i.test(bare)) return "csv";
  if (/\.(tsv|tab)$/i.test(bare)) return "tsv";
  if (/\.(ndjson|jsonl)$/i.test(bare)) return "ndjson";
  throw new UsageError(`cannot tell the format of ${file}: use .csv, .tsv, .ndjson or .jsonl (optionally .gz), or --format`);
}

/**
 * The stream itself, or its gunzipped content when it starts with gzip's magic bytes; zlib's
 * errors ("unexpected end of file") say which file and that it is its gzip data.
 */
async function gunzipIfCompressed(stream: Readable, name: string): Promise<Readable> {
  const head = await peek(stream);
  if (head === undefined || head.length < 2 || head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return stream;
  const gunzip = zlib.createGunzip();
  const content = new PassThrough();
  stream.on("error", (error) => gunzip.destroy(error));
  gunzip.on("error", (error) => content.destroy(new Error(`${name}: its gzip data is cut short or damaged (${error.message})`, { cause: error })));
  content.on("close", () => stream.destroy());
  return stream.pipe(gunzip).pipe(content);
}

/** The first chunk of `stream`, put back so that reading starts from it again. */
function peek(stream: Readable): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const done = (chunk: Buffer | undefined) => {
      stream.off("readable", onReadable).off("end", onEnd).off("error", reject);
      if (chunk !== undefined) stream.unshift(chunk);
      resolve(chunk);
    };
    const onReadable = () => {
      const chunk = stream.read() as Buffer | string | null;
      if (chunk !== null) done(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    };
    const onEnd = () => done(undefined);
    stream.on("readable", onReadable).once("end", onEnd).once("error", reject);
  });
}

/**
 * The file's rows, converted record by record; the first record is the header. A record that
 * fails to convert rejects when the consumer reaches it, so the rows before it are loaded in
 * order and the error carries the right row and line. An iterator of its own rather than an
 * async generator: a row already parsed costs one settled promise, not a generator's round trip.
 */
function csvRows(csv: CsvReader, stream: Readable, metadata: EntityMetadata, name: string): AsyncIterable<ObjectLiteral> {
  return { [Symbol.asyncIterator]: () => new CsvRowIterator(csv, stream, metadata, name) };
}

class CsvRowIterator implements AsyncIterator<ObjectLiteral> {
  private converter: CsvRowConverter | undefined;
  private readonly batches: AsyncGenerator<RecordBatch>;
  private cells: Cell[][] = [];
  private lines: number[] = [];
  private position = 0;
  private row = 0;
  private finished = false;

  constructor(
    private readonly csv: CsvReader,
    private readonly stream: Readable,
    private readonly metadata: EntityMetadata,
    private readonly name: string,
  ) {
    this.batches = csv.batches();
  }

  next(): Promise<IteratorResult<ObjectLiteral>> {
    if (this.position < this.cells.length) {
      try {
        return Promise.resolve(this.convert());
      } catch (error) {
        return this.fail(error);
      }
    }
    return this.refill();
  }

  async return(): Promise<IteratorResult<ObjectLiteral>> {
    this.close();
    return { done: true, value: undefined };
  }

  private convert(): IteratorResult<ObjectLiteral> {
    const k = this.position++;
    const converted = this.converter!.tryConvert(this.cells[k]!, this.row, this.lines[k]!);
    if (converted instanceof InputError) throw converted;
    this.row++;
    return { done: false, value: converted };
  }

  private async refill(): Promise<IteratorResult<ObjectLiteral>> {
    if (this.finished) return { done: true, value: undefined };
    try {
      if (this.converter === undefined) {
        const header = await this.csv.header();
        if (header === undefined) return this.end();
        this.converter = new CsvRowConverter(this.metadata, header, this.name, this.csv.nullString);
      }
      for (;;) {
        const batch = await this.batches.next();
        if (batch.done) return this.end();
        this.cells = batch.value.cells;
        this.lines = batch.value.lines;
        this.position = 0;
        if (this.cells.length > 0) return this.convert();
      }
    } catch (error) {
      return this.fail(error);
    }
  }

  private end(): IteratorResult<ObjectLiteral> {
    this.close();
    return { done: true, value: undefined };
  }

  private fail(error: unknown): Promise<never> {
    this.close();
    if (error instanceof CsvSyntaxError) {
      return Promise.reject(csvSyntaxInputError(this.name, error, this.row));
    }
    return Promise.reject(error);
  }

  private close(): void {
    this.finished = true;
    this.cells = [];
    this.position = 0;
    this.stream.destroy();
  }
}

async function* ndjsonRows(stream: Readable, name: string, counted: (line: number) => void): AsyncGenerator<ObjectLiteral> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let row = 0;
  try {
    for await (const read of lines) {
      line++;
      const text = line === 1 && read.charCodeAt(0) === 0xfeff ? read.slice(1) : read; // a BOM, as in CSV files
      if (text.trim() === "") continue;
      counted(line);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new InputError(`${inputPlace(name, line, row)}: not JSON: ${(error as Error).message}`, row);
      }
      row++;
      yield value as ObjectLiteral;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}
