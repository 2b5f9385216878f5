import * as fs from "node:fs";
import * as readline from "node:readline";
import type { Readable } from "node:stream";
import { parse, type Options as CsvOptions } from "csv-parse";
import type { EntityMetadata, ObjectLiteral } from "typeorm";
import { CsvRowConverter } from "./csv-values";
import { UsageError } from "./usage-error";

/** The formats `load` reads. */
export type InputFormat = "csv" | "ndjson";

/** An input file (or standard input) opened for reading, with a byte count for progress. */
export interface InputFile {
  readonly name: string;
  readonly format: InputFormat;
  /** Total bytes, when known (a file; not standard input). */
  readonly size: number | undefined;
  /** Bytes read so far. */
  bytesRead(): number;
  /** The mappings of the file, one per record. */
  rows(metadata: EntityMetadata): AsyncIterable<ObjectLiteral>;
}

/** Opens `file` (`-` for standard input, which needs `format`). */
export function openInput(file: string, format: InputFormat | undefined): InputFile {
  const resolved = format ?? formatOf(file);
  if (file !== "-" && !fs.existsSync(file)) throw new UsageError(`input file not found: ${file}`);
  const stream: Readable = file === "-" ? process.stdin : fs.createReadStream(file);
  const size = file === "-" ? undefined : fs.statSync(file).size;
  let bytes = 0;
  stream.on("data", (chunk: Buffer | string) => {
    bytes += chunk.length;
  });
  const name = file === "-" ? "<stdin>" : file;
  return {
    name,
    format: resolved,
    size,
    bytesRead: () => bytes,
    rows: (metadata) => (resolved === "csv" ? csvRows(stream, metadata, name) : ndjsonRows(stream, name)),
  };
}

function formatOf(file: string): InputFormat {
  if (file === "-") throw new UsageError("reading standard input needs --format csv or --format ndjson");
  if (/\.csv$/i.test(file)) return "csv";
  if (/\.(ndjson|jsonl)$/i.test(file)) return "ndjson";
  throw new UsageError(`cannot tell the format of ${file}: use .csv, .ndjson or .jsonl, or --format`);
}

/**
 * The file's rows, converted inside csv-parse's `on_record` hook so that each row costs one
 * step of async iteration; the first record is the header.
 */
function csvRows(stream: Readable, metadata: EntityMetadata, name: string): AsyncIterable<ObjectLiteral> {
  let converter: CsvRowConverter | undefined;
  return stream.pipe(
    parse({
      bom: true,
      on_record: (record: string[], context: { lines: number }) => {
        if (converter !== undefined) return converter.convert(record, context.lines);
        converter = new CsvRowConverter(metadata, record, name);
        return null; // the header is not a row
      },
    } as CsvOptions),
  );
}

async function* ndjsonRows(stream: Readable, name: string): AsyncGenerator<ObjectLiteral> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      try {
        yield JSON.parse(text) as ObjectLiteral;
      } catch (error) {
        throw new Error(`${name}:${line}: not a JSON object: ${(error as Error).message}`);
      }
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}
