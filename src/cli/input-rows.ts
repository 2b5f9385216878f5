import * as fs from "node:fs";
import * as readline from "node:readline";
import * as zlib from "node:zlib";
import { Transform, type Readable } from "node:stream";
import { parse, CsvError, type Options as CsvOptions } from "csv-parse";
import type { EntityMetadata, ObjectLiteral } from "typeorm";
import { CsvRowConverter, InputError, NULL_CELL, type Cell } from "./csv-values";
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
  /** The mappings of the file, one per record. */
  rows(metadata: EntityMetadata): AsyncIterable<ObjectLiteral>;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Opens `file` (`-` for standard input, which needs `format`). Gzip is recognised by its magic
 * bytes, not its name, so `users.csv.gz` and `zcat`-less pipes both work.
 */
export async function openInput(file: string, format: InputFormat | undefined, text: TextOptions = {}): Promise<InputFile> {
  const resolved = format ?? formatOf(file);
  if (file !== "-" && !fs.existsSync(file)) throw new UsageError(`input file not found: ${file}`);
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
  const stream = await gunzipIfCompressed(raw.pipe(counter));
  const name = file === "-" ? "<stdin>" : file;
  let records = 0;
  const counted = () => records++;
  const delimiter = text.delimiter ?? (resolved === "tsv" ? "\t" : ",");
  return {
    name,
    format: resolved,
    size,
    bytesRead: () => bytes,
    rowsRead: () => records,
    rows: (metadata) =>
      resolved === "ndjson"
        ? ndjsonRows(stream, name, counted)
        : csvRows(stream, metadata, name, { delimiter, nullString: text.nullString ?? "" }, counted),
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

/** The stream itself, or its gunzipped content when it starts with gzip's magic bytes. */
async function gunzipIfCompressed(stream: Readable): Promise<Readable> {
  const head = await peek(stream);
  if (head === undefined || head.length < 2 || head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return stream;
  const gunzip = zlib.createGunzip();
  stream.on("error", (error) => gunzip.destroy(error));
  gunzip.on("close", () => stream.destroy());
  return stream.pipe(gunzip);
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
 * The file's rows, converted inside csv-parse's `on_record` hook; the first record is the
 * header. A record that fails to convert becomes an `InputError` in the record stream, thrown
 * when the consumer reaches it, so the rows before it are loaded in order and the error
 * carries the right row and line.
 */
async function* csvRows(
  stream: Readable,
  metadata: EntityMetadata,
  name: string,
  text: Required<TextOptions>,
  counted: () => void,
): AsyncGenerator<ObjectLiteral> {
  let converter: CsvRowConverter | undefined;
  let row = 0;
  const parser = stream.pipe(
    parse({
      bom: true,
      delimiter: text.delimiter,
      skip_empty_lines: true,
      cast: (value: string, context: { quoting: boolean }): Cell =>
        !context.quoting && value === text.nullString ? NULL_CELL : value,
      on_record: (record: Cell[], context: { lines: number }) => {
        if (converter !== undefined) {
          counted();
          return converter.tryConvert(record, row++, context.lines);
        }
        converter = new CsvRowConverter(metadata, record, name, text.nullString);
        return null; // the header is not a row
      },
    } as CsvOptions),
  );
  stream.on("error", (error) => parser.destroy(error));
  try {
    for await (const record of parser as AsyncIterable<ObjectLiteral | InputError>) {
      if (record instanceof InputError) throw record;
      yield record;
    }
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`${name}: ${error.message}`, row);
    throw error;
  } finally {
    parser.destroy();
    stream.destroy();
  }
}

async function* ndjsonRows(stream: Readable, name: string, counted: () => void): AsyncGenerator<ObjectLiteral> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let row = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      counted();
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new InputError(`${name}:${line}: input row ${row}: not JSON: ${(error as Error).message}`, row);
      }
      row++;
      yield value as ObjectLiteral;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}
