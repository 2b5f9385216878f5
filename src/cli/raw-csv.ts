import { isUtf8 } from "node:buffer";
import type { Readable } from "node:stream";
import { InputError, inputPlace, NULL_CELL, type Cell } from "./csv-values";
import { RecordLines } from "./record-lines";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A CSV file that isn't RFC 4180: the 1-based physical line it was found on. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/** A syntax error as the command reports it, for input row `row` of `file`. */
export function csvSyntaxInputError(file: string, error: CsvSyntaxError, row: number): InputError {
  return new InputError(`${inputPlace(file, error.line, row)}: not CSV: ${error.message.replace(/^line \d+: /, "")}`, row);
}

/**
 * Receives the records of a chunk: `cells`, the physical line the record ends on, and where it
 * lies in `text` (`start` to `end`, its line break included; `lineBreak` is 0, 1 or 2 characters).
 */
export type RecordSink = (cells: Cell[], line: number, text: string, start: number, end: number, lineBreak: number) => void;

/** Raised inside the scan when the chunk ends before the record does. */
const INCOMPLETE = Symbol("incomplete");

/**
 * An RFC 4180 tokenizer over decoded text, fed chunk by chunk: fields are separated by one
 * delimiter character, records end with LF or CRLF, a field that starts with `"` is quoted and
 * `""` inside it is one quote. As in PostgreSQL's CSV format, an unquoted field equal to the
 * NULL string is {@link NULL_CELL} and a quoted one is always text. Empty lines are skipped. A
 * quote inside an unquoted field, text after a closing quote, a bare CR outside quotes and an
 * unclosed quote are errors (PostgreSQL and MySQL read those differently from each other).
 *
 * Chosen by measurement on the bench's 1 000 000-row file, parse only: this 0.35 s; csv-parse
 * 14.4 s with the `cast` hook that tells quoted from unquoted cells (it then builds an info
 * object per field), 0.93 s without it; fast-csv 1.9 s; papaparse 0.29 s, but neither
 * papaparse nor fast-csv tells `""` from an empty cell, which the NULL convention needs.
 */
export class CsvTokenizer {
  private rest = "";
  /** Physical line (1-based) the next record starts on. */
  private line = 1;
  private started = false;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly nullString: string,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Tokenizes `chunk` (appended to what the last call left over), handing every complete record to `sink`. */
  feed(chunk: string, sink: RecordSink): void {
    let text = this.rest.length > 0 ? this.rest + chunk : chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const used = this.scan(text, false, sink);
    this.rest = used < text.length ? text.slice(used) : "";
  }

  /** Whether the last chunk ended on a record boundary (nothing carried over). */
  get idle(): boolean {
    return this.rest.length === 0;
  }

  /** The physical line the next chunk starts on (after what the last call left over). */
  get nextLine(): number {
    return this.line + count(this.rest, "\n", 0, this.rest.length);
  }

  /** Counts `lines` one-line records that bypassed the tokenizer (only when {@link idle}). */
  skipLines(lines: number): void {
    this.started = true;
    this.line += lines;
  }

  /** Tokenizes what is left once the input has ended. */
  end(sink: RecordSink): void {
    const text = this.rest;
    this.rest = "";
    if (text.length > 0) this.scan(text, true, sink);
  }

  /** Scans whole records of `text`; returns how much of it was consumed. */
  private scan(text: string, final: boolean, sink: RecordSink): number {
    let start = 0;
    while (start < text.length) {
      const cells: Cell[] = [];
      let end: number;
      try {
        end = this.record(text, start, final, cells);
      } catch (error) {
        if (error === INCOMPLETE) return start;
        throw error;
      }
      const lineBreak = lineBreakBefore(text, end);
      const line = this.line + this.newlines;
      this.line = line + (lineBreak > 0 ? 1 : 0);
      if (end - lineBreak > start) sink(cells, line, text, start, end, lineBreak);
      start = end;
    }
    return start;
  }

  /** Line breaks inside the quoted fields of the record just scanned. */
  private newlines = 0;

  /** Reads one record starting at `i` into `cells`; returns where the next record starts. */
  private record(text: string, i: number, final: boolean, cells: Cell[]): number {
    this.newlines = 0;
    const n = text.length;
    for (;;) {
      let c: number;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        i = this.quoted(text, i, final, cells);
        if (i >= n) {
          if (!final) throw INCOMPLETE;
          return i;
        }
        c = text.charCodeAt(i);
        if (c !== this.delimiter && c !== LF && c !== CR) throw this.syntax("text after a closing quote (quote the whole field, and double the quotes inside it)");
      } else {
        let j = i;
        for (; j < n; j++) {
          c = text.charCodeAt(j);
          if (c === this.delimiter || c === LF || c === CR) break;
          if (c === QUOTE) throw this.syntax("a quote inside an unquoted field (quote the whole field, and double the quotes inside it)");
        }
        if (j >= n && !final) throw INCOMPLETE;
        const cell = text.slice(i, j);
        cells.push(cell === this.nullString ? NULL_CELL : cell);
        if (j >= n) return j;
        i = j;
        c = text.charCodeAt(i);
      }
      if (c === this.delimiter) {
        i++;
        continue;
      }
      if (c === LF) return i + 1;
      // CR: only as part of CRLF
      if (i + 1 >= n && !final) throw INCOMPLETE;
      if (text.charCodeAt(i + 1) !== LF) throw this.syntax("a carriage return outside quotes that doesn't end the line");
      return i + 2;
    }
  }

  /** Reads the quoted field at `i` into `cells`; returns the index after its closing quote. */
  private quoted(text: string, i: number, final: boolean, cells: Cell[]): number {
    const n = text.length;
    let from = i + 1;
    let value = "";
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) {
        if (!final) throw INCOMPLETE;
        this.countNewlines(text, from, n);
        throw this.syntax("a quoted field that is never closed");
      }
      if (q + 1 >= n && !final) throw INCOMPLETE;
      this.countNewlines(text, from, q);
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      cells.push(value + text.slice(from, q));
      return q + 1;
    }
  }

  private countNewlines(text: string, from: number, to: number): void {
    for (let k = text.indexOf("\n", from); k >= 0 && k < to; k = text.indexOf("\n", k + 1)) this.newlines++;
  }

  private syntax(reason: string): CsvSyntaxError {
    const line = this.line + this.newlines;
    return new CsvSyntaxError(`line ${line}: ${reason}`, line);
  }
}

/** Length of the line break that ends at `end` (0 at the end of the input without one). */
function lineBreakBefore(text: string, end: number): number {
  if (end === 0 || text.charCodeAt(end - 1) !== LF) return 0;
  return end >= 2 && text.charCodeAt(end - 2) === CR ? 2 : 1;
}

/** The records of one chunk: cells and the physical line each record ends on. */
export interface RecordBatch {
  readonly cells: Cell[][];
  readonly lines: number[];
}

/**
 * A delimited file read once, either as records for the converting path or as canonical CSV
 * for a database's own loader, after its header has been read (which decides between them).
 */
export class CsvReader {
  private readonly tokenizer: CsvTokenizer;
  /** Bytes after the last line feed read so far: chunks are decoded up to a line feed, so never inside a character. */
  private bytesRest: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer | string>;
  private headerCells: Cell[] | undefined;
  /** Records tokenized along with the header, not handed out yet. */
  private pending: RecordBatch = { cells: [], lines: [] };
  private done = false;
  private consumed = false;
  /** A syntax error met while reading ahead, thrown once the records before it are handed out. */
  private failure: CsvSyntaxError | undefined;
  /** Records handed out so far (the header not counted). */
  private records = 0;
  private readonly recordLines = new RecordLines();
  /** Records spanning several COPY lines (see {@link recordAtCopyLine}), and the extra lines up to each one's end. */
  private readonly spanRecords: number[] = [];
  private readonly spanTotals: number[] = [];

  constructor(
    stream: Readable,
    readonly delimiter: string,
    readonly nullString: string,
  ) {
    this.tokenizer = new CsvTokenizer(delimiter, nullString);
    this.chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  }

  /** The header record, or `undefined` for an empty file. */
  async header(): Promise<Cell[] | undefined> {
    while (this.headerCells === undefined && !this.done) {
      await this.pull((cells, line) => {
        if (this.headerCells === undefined) this.headerCells = cells;
        else this.keep(this.pending, cells, line);
      });
    }
    if (this.headerCells === undefined && this.failure !== undefined) throw this.failure;
    return this.headerCells;
  }

  /** Whether records or canonical text have started to be handed out (the input can't be read another way). */
  get started(): boolean {
    return this.consumed;
  }

  /** Records after the header, a chunk at a time. */
  async *batches(): AsyncGenerator<RecordBatch> {
    await this.header();
    this.consumed = true;
    if (this.pending.cells.length > 0) yield this.take();
    while (!this.done) {
      await this.pull((cells, line) => this.keep(this.pending, cells, line));
      if (this.pending.cells.length > 0) yield this.take();
    }
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * The records after the header as canonical CSV: `delimiter`-separated, LF line ends, no
   * empty lines, NULL as the unquoted word NULL and every other cell text (a cell reading NULL
   * is quoted). Records that need none of that are passed through unchanged, in runs.
   */
  async *canonical(): AsyncGenerator<Buffer> {
    await this.header();
    this.consumed = true;
    const encoder = new CanonicalCsv(this.delimiter);
    const head = this.take();
    for (let k = 0; k < head.cells.length; k++) {
      this.noteCopyLines(k, copyLineBreaksIn(k, head.cells[k]!));
      encoder.cells(head.cells[k]!);
    }
    const sink: RecordSink = (cells, line, text, start, end, lineBreak) => {
      this.noteCopyLines(this.records, count(text, copyLineBreak(this.records), start, end - lineBreak));
      this.track(line);
      encoder.record(cells, text, start, end, lineBreak);
    };
    const delimiter = this.delimiter.charCodeAt(0);
    while (!this.done) {
      let passed: Buffer | undefined;
      await this.pull(sink, (body) => {
        const lines = canonicalLines(body, delimiter, this.nullString);
        if (lines < 0) return false;
        this.tokenizer.skipLines(lines);
        this.records += lines;
        passed = body;
        return true;
      });
      const out = encoder.flush();
      if (out.length > 0) yield Buffer.from(out, "utf8");
      if (passed !== undefined) yield passed;
    }
    const tail = encoder.flush();
    if (tail.length > 0) yield Buffer.from(tail, "utf8");
    if (this.failure !== undefined) throw this.failure;
  }

  /** Records handed out (or streamed) so far. */
  get recordCount(): number {
    return this.records;
  }

  /** The physical line data record `record` (0-based) ends on. */
  lineOf(record: number): number {
    return this.recordLines.lineOf(record, 2);
  }

  /**
   * The 0-based record on `line` of the canonical text, lines counted as PostgreSQL's COPY counts
   * them: one per record, plus one per line break inside a quoted cell of the kind it takes for
   * the end of a line: a CR until it has met the first record's end, an LF after it.
   */
  recordAtCopyLine(line: number): number {
    let before = 0; // extra lines of the records before spanRecords[k]
    for (let k = 0; k < this.spanRecords.length; k++) {
      const record = this.spanRecords[k]!;
      if (line - 1 - before < record) break;
      if (line <= record + 1 + this.spanTotals[k]!) return record; // one of the lines record k spans
      before = this.spanTotals[k]!;
    }
    return line - 1 - before;
  }

  /** Notes `extra` COPY lines inside the cells of `record`. */
  private noteCopyLines(record: number, extra: number): void {
    if (extra === 0) return;
    this.spanRecords.push(record);
    this.spanTotals.push((this.spanTotals[this.spanTotals.length - 1] ?? 0) + extra);
  }

  private keep(batch: RecordBatch, cells: Cell[], line: number): void {
    this.track(line);
    batch.cells.push(cells);
    batch.lines.push(line);
  }

  /** Counts one data record ending on `line`, noting where the line numbers drift. */
  private track(line: number): void {
    this.recordLines.note(this.records++, line);
  }

  private take(): RecordBatch {
    const batch = this.pending;
    this.pending = { cells: [], lines: [] };
    return batch;
  }

  /**
   * Reads one chunk (or the end): the complete lines it ends go to `passThrough` when the
   * tokenizer is between records (which takes them as they are by returning true), else
   * through the tokenizer.
   */
  private async pull(sink: RecordSink, passThrough?: (body: Buffer) => boolean): Promise<void> {
    try {
      await this.read(sink, passThrough);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.failure = error;
      this.done = true;
    }
  }

  private async read(sink: RecordSink, passThrough: ((body: Buffer) => boolean) | undefined): Promise<void> {
    const next = await this.chunks.next();
    if (next.done) {
      this.done = true;
      if (this.bytesRest.length > 0) this.feed(this.bytesRest, sink);
      this.bytesRest = Buffer.alloc(0);
      this.tokenizer.end(sink);
      return;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
    const bytes = this.bytesRest.length > 0 ? Buffer.concat([this.bytesRest, chunk]) : chunk;
    const lastLineFeed = bytes.lastIndexOf(LF);
    if (lastLineFeed < 0) {
      this.bytesRest = bytes;
      return;
    }
    const body = bytes.subarray(0, lastLineFeed + 1);
    this.bytesRest = Buffer.from(bytes.subarray(lastLineFeed + 1));
    if (passThrough !== undefined && this.headerCells !== undefined && this.tokenizer.idle && passThrough(body)) return;
    this.feed(body, sink);
  }

  /**
   * Tokenizes `bytes` (whole lines). Bytes that aren't UTF-8 are an error, as COPY and LOAD DATA
   * make them, not U+FFFD stored in place of a character; the lines before them are read first.
   * (Lines passed through to a loader as they are are left to the database to check.)
   */
  private feed(bytes: Buffer, sink: RecordSink): void {
    if (isUtf8(bytes)) return this.tokenizer.feed(bytes.toString("utf8"), sink);
    let line = this.tokenizer.nextLine;
    let start = 0;
    // a line feed byte is never part of a UTF-8 sequence, so lines can be checked one by one
    for (let end = bytes.indexOf(LF); end >= 0 && isUtf8(bytes.subarray(start, end)); end = bytes.indexOf(LF, start)) {
      start = end + 1;
      line++;
    }
    this.tokenizer.feed(bytes.subarray(0, start).toString("utf8"), sink);
    throw new CsvSyntaxError(`line ${line}: bytes that aren't UTF-8 (save the file as UTF-8)`, line);
  }
}

/** The line break COPY counts inside a quoted cell of `record` (see {@link CsvReader.recordAtCopyLine}). */
function copyLineBreak(record: number): string {
  return record === 0 ? "\r" : "\n";
}

function copyLineBreaksIn(record: number, cells: readonly Cell[]): number {
  const lineBreak = copyLineBreak(record);
  let total = 0;
  for (const cell of cells) if (typeof cell === "string") total += count(cell, lineBreak, 0, cell.length);
  return total;
}

/** Occurrences of `char` in `text` from `start` to `end`. */
function count(text: string, char: string, start: number, end: number): number {
  let total = 0;
  for (let i = text.indexOf(char, start); i >= 0 && i < end; i = text.indexOf(char, i + 1)) total++;
  return total;
}

const QUOTE_BYTE = 0x22;
const BACKSLASH = 0x5c;
const N_BYTE = 0x4e;
const DOT = 0x2e;

/** Whether the cell starting at `i` is the word NULL. */
function readsNull(body: Buffer, i: number, delimiter: number): boolean {
  const after = body[i + 4];
  return body[i + 1] === 0x55 && body[i + 2] === 0x4c && body[i + 3] === 0x4c && (after === LF || after === delimiter);
}

/**
 * The number of lines of `body` (whole lines) when it is canonical CSV already, else -1: no
 * quote, no CR, no empty line, no empty cell (with the empty NULL string), nothing that could
 * read NULL or `\.`. One pass over the bytes; the delimiter and those characters are ASCII,
 * which UTF-8 never uses inside a multi-byte character.
 */
function canonicalLines(body: Buffer, delimiter: number, nullString: string): number {
  if (nullString !== "" && body.includes(nullString)) return -1;
  const emptyIsNull = nullString === "";
  let lines = 0;
  let previous = LF;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b === LF) {
      if (previous === LF || (emptyIsNull && previous === delimiter)) return -1;
      lines++;
    } else if (b === delimiter) {
      if (emptyIsNull && (previous === LF || previous === delimiter)) return -1;
    } else if (b === QUOTE_BYTE || b === CR) {
      return -1;
    } else if (b === N_BYTE && (previous === LF || previous === delimiter) && readsNull(body, i, delimiter)) {
      return -1;
    } else if (b === BACKSLASH && previous === LF && body[i + 1] === DOT && body[i + 2] === LF) {
      return -1;
    }
    previous = b;
  }
  return lines;
}

const NEEDS_QUOTES = /["\r\n]/;

/** Builds canonical CSV text (see {@link CsvReader.canonical}) chunk by chunk. */
class CanonicalCsv {
  private parts: string[] = [];
  private runText = "";
  private runStart = 0;
  private runEnd = 0;

  constructor(private readonly delimiter: string) {}

  /** A tokenized record: passed through when it is canonical already, rewritten otherwise. */
  record(cells: Cell[], text: string, start: number, end: number, lineBreak: number): void {
    const rewrite = needsRewrite(cells, text, start, end - lineBreak);
    if (lineBreak === 1 && !rewrite) {
      if (start !== this.runEnd || text !== this.runText) {
        this.endRun();
        this.runText = text;
        this.runStart = start;
      }
      this.runEnd = end;
      return;
    }
    if (rewrite) this.cells(cells);
    else {
      this.endRun();
      this.parts.push(text.slice(start, end - lineBreak), "\n");
    }
  }

  /** A record written from its cells. */
  cells(cells: Cell[]): void {
    this.endRun();
    let line = "";
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) line += this.delimiter;
      line += this.cell(cells[i]!);
    }
    this.parts.push(line, "\n");
  }

  /** The text built since the last call. */
  flush(): string {
    this.endRun();
    this.runText = "";
    const out = this.parts.join("");
    this.parts = [];
    return out;
  }

  private cell(cell: Cell): string {
    if (cell === NULL_CELL) return "NULL";
    if (cell === "" || cell === "NULL" || cell === "\\." || cell.includes(this.delimiter) || NEEDS_QUOTES.test(cell)) {
      return `"${cell.replace(/"/g, '""')}"`;
    }
    return cell;
  }

  private endRun(): void {
    if (this.runEnd > this.runStart) this.parts.push(this.runText.slice(this.runStart, this.runEnd));
    this.runStart = this.runEnd = 0;
  }
}

/** NULL cells, cells reading NULL, and a record reading `\\.` (PostgreSQL's end-of-data line) are rewritten. */
function needsRewrite(cells: Cell[], text: string, start: number, contentEnd: number): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === NULL_CELL || cell === "NULL") return true;
  }
  return contentEnd - start === 2 && text.startsWith("\\.", start);
}
