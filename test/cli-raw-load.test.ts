import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import * as fc from "fast-check";
import { parse } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import { Readable } from "node:stream";
import { Role, User } from "../entities";
import { NULL_CELL, type Cell } from "../src/cli/csv-values";
import { CsvReader, CsvTokenizer } from "../src/cli/raw-csv";
import { typeormMajor, withEachDatabase, allDatabases } from "./support/databases";

// `typeorm-bulk load` through the database's own loader (COPY, LOAD DATA LOCAL) against the
// converting path (`--method values`): the same file must store the same rows either way.
// The command runs in a child process with TypeORM 0.3 (jest's 1.x mapping doesn't reach it),
// so this file runs in the 0.3 project only.

const root = path.join(__dirname, "..");
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "typeorm-bulk-raw-"));
const describeOn03 = typeormMajor >= 1 ? describe.skip : describe;
const servers = allDatabases.filter((db) => db.family !== "sqlite");

function write(name: string, content: string | Buffer): string {
  const file = path.join(directory, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A data source file for the child process: the test's own schema or database, no synchronize. */
function dataSourceFile(dataSource: DataSource): string {
  const { entities: _entities, synchronize: _synchronize, ...options } = dataSource.options as unknown as Record<string, unknown>;
  const requireFrom = (id: string) => JSON.stringify(require.resolve(id, { paths: [root] }));
  return write(
    `data-source-${String(options["type"])}.js`,
    [
      `require(${requireFrom("reflect-metadata")});`,
      `const { DataSource } = require(${requireFrom("typeorm")});`,
      `const { Role, User } = require(${JSON.stringify(path.join(root, "entities"))});`,
      `exports.dataSource = new DataSource({ ...${JSON.stringify(options)}, entities: [Role, User] });`,
    ].join("\n"),
  );
}

function typeormBulk(dataSource: DataSource, args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "src/cli/main.ts", "load", ...args, "--entity", "User", "--data-source", dataSourceFile(dataSource)],
    { cwd: root, encoding: "utf8" },
  );
  return { code: result.status, stderr: result.stderr };
}

/** Every tricky cell the two paths must agree on, one record per kind, with a multi-line record early on. */
const TRICKY =
  "username,email,role\n" +
  '"multi\nline ""quoted""",a@x,1\n' +
  "plain,,2\n" +
  'empty-string,"",\n' +
  'comma,"x,y",1\n' +
  "unicode-ü€😀,ünï@x,2\n" +
  'word-null,NULL,1\n' +
  'quoted-null,"NULL",1\n' +
  "\n" +
  "crlf,c@x,2\r\n" +
  '"\\.",backslash-dot,1\n' +
  "last,no-newline,2";

const BAD_CELL_LINE = 5; // "multi\nline" spans lines 2-3, so the third data record ends on line 5

async function rows(dataSource: DataSource): Promise<unknown[]> {
  const users = dataSource.getRepository(User);
  const raw = await users
    .createQueryBuilder("u")
    .select(["u.username AS username", "u.email AS email", "u.roleId AS role"])
    .orderBy("u.username")
    .getRawMany<Record<string, unknown>>();
  return raw.map((r) => ({ ...r, role: r["role"] === null ? null : Number(r["role"]) }));
}

function empty(dataSource: DataSource): Promise<unknown> {
  return dataSource.createQueryBuilder().delete().from(User).execute();
}

/** Loads `file` through the loader, then (emptied) through `--method values`; both outputs and rows. */
async function bothPaths(dataSource: DataSource, file: string, extra: string[] = []) {
  await empty(dataSource);
  const raw = typeormBulk(dataSource, [file, ...extra]);
  const rawRows = await rows(dataSource);
  await empty(dataSource);
  const values = typeormBulk(dataSource, [file, "--method", "values", ...extra]);
  const valuesRows = await rows(dataSource);
  await empty(dataSource);
  return { raw, rawRows, values, valuesRows };
}

describeOn03("typeorm-bulk load through the database's own loader", () => {
  withEachDatabase(
    "raw load",
    [Role, User],
    ({ db, dataSource }) => {
      const via = () => (db.family === "postgres" ? "via COPY" : "via LOAD DATA");

      beforeAll(async () => {
        await dataSource().getRepository(Role).insert([{ name: "admin" }, { name: "guest" }]);
      });

      it("stores the same rows as the converting path: quotes, line breaks, commas, unicode, empty vs \"\", NULL, CRLF, \\.", async () => {
        const file = write(`tricky-${db.family}.csv`, TRICKY);
        const { raw, rawRows, values, valuesRows } = await bothPaths(dataSource(), file);
        expect(raw.stderr).toContain(via());
        expect(values.stderr).not.toContain(" via ");
        expect([raw.code, values.code]).toEqual([0, 0]);
        expect(rawRows).toHaveLength(10);
        expect(rawRows).toEqual(valuesRows);
        expect(rawRows).toEqual(
          expect.arrayContaining([
            { username: 'multi\nline "quoted"', email: "a@x", role: 1 },
            { username: "plain", email: null, role: 2 },
            { username: "empty-string", email: "", role: null },
            { username: "word-null", email: "NULL", role: 1 },
            { username: "quoted-null", email: "NULL", role: 1 },
            { username: "crlf", email: "c@x", role: 2 },
            { username: "\\.", email: "backslash-dot", role: 1 },
          ]),
        );
      });

      it("loads a record reading \\. (PostgreSQL's end-of-data line) as a row", async () => {
        const file = write(`end-marker-${db.family}.csv`, "username\nfirst\n\\.\nafter\n");
        const { raw, rawRows, values, valuesRows } = await bothPaths(dataSource(), file);
        expect(raw.stderr).toContain(via());
        expect([raw.code, values.code]).toEqual([0, 0]);
        expect(rawRows).toEqual(valuesRows);
        expect(rawRows.map((r) => (r as { username: string }).username).sort()).toEqual(["\\.", "after", "first"].sort());
      });

      it("reads --null, TSV and gzip the same way on both paths", async () => {
        const tsv = "username\temail\trole\nnulled\t\\N\t1\nempty\t\t2\n\"tab\tinside\"\tt@x\t\\N\n";
        const file = write(`nulls-${db.family}.tsv.gz`, zlib.gzipSync(tsv));
        const { raw, rawRows, values, valuesRows } = await bothPaths(dataSource(), file, ["--null", "\\N"]);
        expect(raw.stderr).toContain(via());
        expect([raw.code, values.code]).toEqual([0, 0]);
        expect(rawRows).toEqual(valuesRows);
        expect(rawRows).toEqual([
          { username: "empty", email: "", role: 2 },
          { username: "nulled", email: null, role: 1 },
          { username: "tab\tinside", email: "t@x", role: null },
        ]);
      });

      it("names the file, line and input row of a bad cell, exits 1 and writes nothing (also with --no-transaction)", async () => {
        const file = write(`bad-${db.family}.csv`, "username,email,role\n\"two\nlines\",a@x,1\nok,b@x,2\nbad,c@x,abc\nafter,d@x,1\n");
        for (const extra of [[], ["--no-transaction"]]) {
          const { code, stderr } = typeormBulk(dataSource(), [file, ...extra]);
          expect(code).toBe(1);
          expect(stderr).toContain(`${file}:${BAD_CELL_LINE}: input row 2: `);
          expect(stderr).toContain("nothing was written");
          expect(await rows(dataSource())).toEqual([]);
        }
      });

      // COPY counts a line break inside quotes as a line, a CR in the first record and an LF after it
      it("names the line and input row of a bad cell after quoted LF, CRLF and CR line breaks, as the converting path does", async () => {
        const files = {
          lf: 'username,email,role\nok,a@x,1\n"two\nlines",b@x,1\nbad,c@x,abc\n',
          crlf: 'username,email,role\r\n"first\r\nrecord",a@x,1\r\n"p\rq\r\nr",b@x,1\r\nbad,c@x,abc\r\n',
          cr: 'username,email,role\n"a\rb",a@x,1\n"c\r\rd",b@x,1\nbad,c@x,abc\n',
        };
        const expected = { lf: ":5: input row 2: ", crlf: ":6: input row 2: ", cr: ":4: input row 2: " };
        for (const [name, text] of Object.entries(files) as [keyof typeof files, string][]) {
          const file = write(`breaks-${name}-${db.family}.csv`, text);
          for (const { code, stderr } of [typeormBulk(dataSource(), [file]), typeormBulk(dataSource(), [file, "--method", "values"])]) {
            expect(code).toBe(1);
            expect(stderr).toContain(`${file}${expected[name]}`);
          }
        }
        expect(await rows(dataSource())).toEqual([]);
      });

      it("names the line of a quote inside an unquoted field, as the converting path does", async () => {
        const file = write(`syntax-${db.family}.csv`, "username,email,role\nok,a@x,1\nbr\"oken,b@x,2\n");
        const raw = typeormBulk(dataSource(), [file]);
        const values = typeormBulk(dataSource(), [file, "--method", "values"]);
        for (const { code, stderr } of [raw, values]) {
          expect(code).toBe(1);
          expect(stderr).toContain(`${file}:3: input row 1: not CSV: a quote inside an unquoted field`);
        }
        expect(await rows(dataSource())).toEqual([]);
      });

      it("refuses a record with more or fewer fields than the header on both paths, naming its line", async () => {
        for (const [name, record] of [["extra", "x,x@x,1,surplus"], ["short", "x,x@x"], ["blank", "   "]] as const) {
          const file = write(`${name}-${db.family}.csv`, `username,email,role\nok,a@x,1\n${record}\nafter,b@x,2\n`);
          for (const { code, stderr } of [typeormBulk(dataSource(), [file]), typeormBulk(dataSource(), [file, "--method", "values"])]) {
            expect(code).toBe(1);
            expect(stderr).toContain(`${file}:3: input row 1: `);
            expect(await rows(dataSource())).toEqual([]);
          }
        }
      });

      it("refuses bytes that aren't UTF-8 on both paths, naming their line, instead of storing U+FFFD", async () => {
        const file = write(`latin1-${db.family}.csv`, Buffer.from("username,email,role\nok,a@x,1\ncaf\xe9,b@x,2\n", "latin1"));
        for (const { code, stderr } of [typeormBulk(dataSource(), [file]), typeormBulk(dataSource(), [file, "--method", "values"])]) {
          expect(code).toBe(1);
          expect(stderr).toContain(`${file}:3: input row 1: `);
          expect(await rows(dataSource())).toEqual([]);
        }
      });

      it("a foreign key the file breaks is reported with the key, on both paths", async () => {
        const file = write(`fk-${db.family}.csv`, "username,email,role\nok,a@x,1\norphan,b@x,999\n");
        for (const { code, stderr } of [typeormBulk(dataSource(), [file]), typeormBulk(dataSource(), [file, "--method", "values"])]) {
          expect(code).toBe(1);
          expect(stderr).toMatch(db.family === "postgres" ? /Key \(roleId\)=\(999\) is not present in table "role"/ : /foreign key constraint fails/);
        }
        expect(await rows(dataSource())).toEqual([]);
      });

      it("refuses a header that names one column twice, before writing anything", async () => {
        for (const header of ["username,email,email", "username,role,roleId"]) {
          const file = write(`twice-${db.family}.csv`, `${header}\nok,a@x,1\n`);
          for (const { code, stderr } of [typeormBulk(dataSource(), [file]), typeormBulk(dataSource(), [file, "--method", "values"])]) {
            expect(code).toBe(1);
            expect(stderr).toMatch(/twice-\w+\.csv:1: (column "email" of User appears twice|columns "role" and "roleId" name the same column of User)/);
          }
        }
        expect(await rows(dataSource())).toEqual([]);
      });

      it("takes the converting path when a file column has a default or the options need it", async () => {
        const file = write(`defaults-${db.family}.csv`, "username,email,role,createdAt\nann,a@x,1,2024-01-02 03:04:05\n");
        const withDefault = typeormBulk(dataSource(), [file]);
        expect(withDefault.code).toBe(0);
        expect(withDefault.stderr).not.toContain(" via ");
        await empty(dataSource());
        const plain = write(`upsert-${db.family}.csv`, "username,email,role\nann,a@x,1\n");
        const upsert = typeormBulk(dataSource(), [plain, "--on-conflict", "ignore"]);
        expect(upsert.code).toBe(0);
        expect(upsert.stderr).not.toContain(" via ");
        await empty(dataSource());
      });
    },
    servers,
  );
});

/** Random RFC 4180 files: cells (or NULL, an unquoted empty cell), quoted when they must be and at random otherwise, LF or CRLF. */
const files = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    records: fc.array(
      fc.array(fc.option(fc.string({ unit: fc.constantFrom("a", "Z", ",", '"', "\n", "\r", " ", "ü", "😀", "N", "U", "L", "\\", ".") }), { nil: null }), {
        minLength: width,
        maxLength: width,
      }),
      { maxLength: 12 },
    ),
    quoteAll: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    crlf: fc.boolean(),
    finalBreak: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 6 }),
  }),
);

function serialize(records: (string | null)[][], quoteAll: boolean[], crlf: boolean, finalBreak: boolean): string {
  let n = 0;
  const cell = (value: string | null) => {
    if (value === null) return "";
    const must = value === "" || /[,"\r\n]/.test(value);
    return must || quoteAll[n++ % quoteAll.length] ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const lines = records.map((r) => r.map(cell).join(","));
  return lines.length === 0 ? "" : lines.join(crlf ? "\r\n" : "\n") + (finalBreak ? (crlf ? "\r\n" : "\n") : "");
}

/** What the tokenizer makes of `text` fed in pieces cut at `cuts`. */
function tokenize(text: string, cuts: number[], nullString = ""): Cell[][] {
  const tokenizer = new CsvTokenizer(",", nullString);
  const out: Cell[][] = [];
  const sink = (cells: Cell[]) => void out.push(cells);
  let from = 0;
  for (const cut of [...cuts.map((c) => c % (text.length + 1))].sort((a, b) => a - b)) {
    tokenizer.feed(text.slice(from, Math.max(from, cut)), sink);
    from = Math.max(from, cut);
  }
  tokenizer.feed(text.slice(from), sink);
  tokenizer.end(sink);
  return out;
}

const expected = (records: (string | null)[][]): Cell[][] =>
  records.filter((r) => !(r.length === 1 && r[0] === null)).map((r) => r.map((c) => (c === null ? NULL_CELL : c)));

describeOn03("the CSV tokenizer (RFC 4180, PostgreSQL's NULL convention)", () => {
  it("reads back every cell of a random file, however it is cut into chunks, as csv-parse does", () => {
    fc.assert(
      fc.property(files, ({ records, quoteAll, crlf, finalBreak, cuts }) => {
        const text = serialize(records, quoteAll, crlf, finalBreak);
        const cells = tokenize(text, cuts);
        expect(cells).toEqual(expected(records));
        const byCsvParse = parse(text, {
          skip_empty_lines: true,
          relax_column_count: true,
          cast: (value: string, context: { quoting: boolean }) => (!context.quoting && value === "" ? NULL_CELL : value),
        }) as Cell[][];
        expect(cells).toEqual(byCsvParse);
      }),
      { numRuns: 300 },
    );
  });

  it("writes canonical CSV (NULL unquoted, a cell reading NULL quoted, LF) that reads back as the same cells", async () => {
    await fc.assert(
      fc.asyncProperty(files, async ({ records, quoteAll, crlf, finalBreak, cuts }) => {
        const text = serialize([["h"], ...records], quoteAll, crlf, finalBreak);
        const bytes = Buffer.from(text, "utf8");
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => bytes.subarray(p, all[i + 1] ?? bytes.length));
        const reader = new CsvReader(Readable.from(chunks), ",", "");
        const out: Buffer[] = [];
        for await (const chunk of reader.canonical()) out.push(chunk);
        const canonical = Buffer.concat(out).toString("utf8");
        expect(tokenize(canonical, [], "NULL")).toEqual(expected(records));
      }),
      { numRuns: 300 },
    );
  });
});
