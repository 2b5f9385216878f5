import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type DataSource, type ObjectLiteral } from "typeorm";
import { bulkInsertMappings, bulkUpdateMappings } from "../src";
import { dialectOf } from "../src/dialects/resolve-dialect";
import type { SqliteDialect, SqliteRowEncoding } from "../src/dialects/sqlite/sqlite-dialect";
import { describeEachDatabase, disconnect, everyDriver, typeormMajor } from "./support/databases";
import { jsonBatchReader } from "./support/sqlite";

// Issue 9 §2: SQLite writes a batch either bound value by value (multi-row VALUES) or as one
// JSON parameter, node-sqlite3's default, read by `jsonb_each(?)` from SQLite 3.45 on and by
// `json_each(?)` before ("json-text" forces the older reader). Every path, on both drivers, must
// leave exactly the table TypeORM's own insert/update leaves: the same values and the same
// storage classes (`typeof`) under every column affinity.

/** One column per SQLite affinity (NONE through `blob`), defaults of each kind, a unique key. */
@Entity("path_row")
class PathRow {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 40, nullable: true, unique: true })
  code!: string | null;

  @Column({ type: "integer", nullable: true })
  int!: unknown;

  @Column({ type: "real", nullable: true })
  real!: unknown;

  @Column({ type: "numeric", nullable: true })
  num!: unknown;

  @Column({ type: "text", nullable: true })
  text!: unknown;

  @Column({ type: "blob", nullable: true })
  none!: unknown;

  @Column({ type: "boolean", nullable: true })
  flag!: boolean | null;

  @Column({ type: "datetime", nullable: true })
  at!: Date | null;

  @Column({ type: "varchar", length: 20, default: "dflt" })
  label!: string;

  @Column({ type: "integer", default: () => "(6 * 7)" })
  computed!: number;

  @Column({ type: "datetime", default: () => "CURRENT_TIMESTAMP" })
  stamped!: Date;
}

/** Update bookkeeping: TypeORM's update moves the version and the update date. */
@Entity("path_versioned")
class PathVersioned {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "text", nullable: true })
  text!: unknown;

  @Column({ type: "integer", nullable: true })
  int!: unknown;

  @Column({ type: "blob", nullable: true })
  none!: unknown;

  @VersionColumn()
  version!: number;

  @UpdateDateColumn()
  updatedAt!: Date;
}

const AFFINITY_COLUMNS = ["int", "real", "num", "text", "none"] as const;
const ALL_COLUMNS = ["code", ...AFFINITY_COLUMNS, "flag", "at", "label", "computed", "stamped"];

/**
 * Values at the edges of what a JSON cell can carry, each written into every affinity column
 * (±Infinity is left out: TypeORM inlines it as an unknown column name and fails).
 */
function edgeValues(): unknown[] {
  return [
    null,
    0,
    -0,
    5,
    -1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 - 1,
    2 ** 53 + 2,
    2 ** 62,
    -(2 ** 63),
    1e20,
    1e21,
    0.1,
    1 / 3,
    -2.5,
    5e-324,
    1.7976931348623157e308,
    123456789.12345679,
    "5",
    "5.0",
    "-7",
    " 5",
    "1e3",
    "0x10",
    "9223372036854775808",
    "",
    "abc",
    "a'b\"c\\d/\u2028",
    "line\nbreak\ttab\u0001",
    "ünï 😀 \u{10FFFF}",
    "\\u0000 is not a NUL",
    "nul\u0000inside",
    "lone \ud800 surrogate",
    true,
    false,
    new Date(Date.UTC(2024, 1, 29, 13, 14, 15, 16)),
    Buffer.from([0, 1, 2, 255]),
    Buffer.alloc(0),
    new Uint8Array([9, 8, 7]),
  ];
}

/** A row per edge value, the value in every affinity column (and a unique code). */
function edgeRows(): ObjectLiteral[] {
  return edgeValues().map((value, i) => {
    const row: ObjectLiteral = { code: `e${i}` };
    for (const column of AFFINITY_COLUMNS) row[column] = clone(value);
    return row;
  });
}

function clone(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Uint8Array) return Buffer.isBuffer(value) ? Buffer.from(value) : new Uint8Array(value);
  return value;
}

/** Rows leaving different columns out, `{}` rows included. */
function irregularRows(): ObjectLiteral[] {
  const shapes: ObjectLiteral[] = [
    { code: "i0", int: 1, label: "given", computed: 1 },
    { code: "i1", text: "5" },
    {},
    { int: "12", real: 3, none: Buffer.from("ab") },
    { code: "i4", label: "x", text: null, computed: 0, flag: true },
    {},
    { none: "text", real: "2.5" },
    { code: "i7", at: new Date(Date.UTC(2001, 0, 1)), num: "1.50" },
  ];
  return [...shapes, ...shapes.map((row) => ({ ...row, code: row["code"] === undefined ? undefined : `${String(row["code"])}b` }))].map(
    (row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)),
  );
}

/**
 * The table read with plain SQL: per column its storage class and its exact SQL literal
 * (`quote()`: full-precision reals, blobs as X'…'), in id order. `stamped`/`updatedAt` (the
 * clock) only as storage classes.
 */
async function typedRows(dataSource: DataSource, table: string, columns: readonly string[], clock: readonly string[] = []): Promise<string[][]> {
  const cells = columns.map((c) => (clock.includes(c) ? `typeof("${c}")` : `typeof("${c}") || ':' || quote("${c}")`));
  const rows = (await dataSource.query(`SELECT ${cells.map((cell, i) => `${cell} AS c${i}`).join(", ")} FROM "${table}" ORDER BY "id"`)) as Record<string, string>[];
  return rows.map((row) => columns.map((_, i) => row[`c${i}`]!));
}

/** The last value of every REAL read back by the driver too (`quote()` rounds to 15 digits before 3.46). */
async function reals(dataSource: DataSource, table: string, columns: readonly string[]): Promise<unknown[][]> {
  const rows = (await dataSource.query(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}" ORDER BY "id"`)) as Record<string, unknown>[];
  return rows.map((row) => columns.map((c) => (typeof row[c] === "number" ? row[c] : null)));
}

/**
 * The one known difference, on node-sqlite3's per-value path only (the fallback before SQLite
 * 3.41): node-sqlite3 can't bind an int64, so a whole number beyond 32 bits goes as its text,
 * which every affinity but NONE reads back as the integer TypeORM's inlined literal is. In the
 * NONE column `column`, an INTEGER and a TEXT of the same digits beyond 32 bits are made alike
 * (and that row's driver-read REAL check dropped).
 */
function wideIntegersAlike(typed: string[][], column: number, reals?: unknown[][], realColumn = 0): void {
  typed.forEach((row, i) => {
    const match = /^(?:integer:|text:')(-?\d+)'?$/.exec(row[column]!);
    if (match === null || Math.abs(Number(match[1])) <= 2 ** 31 - 1) return;
    row[column] = `wide integer ${match[1]}`;
    if (reals !== undefined) reals[i]![realColumn] = null;
  });
}

const sqliteDrivers = everyDriver.filter((db) => db.family === "sqlite");
const encodings: SqliteRowEncoding[] = ["values", "json", "json-text"];

describeEachDatabase(
  "SQLite's ways of sending rows (VALUES, JSON, JSON as text) write what TypeORM writes",
  (db) => {
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = await db.connect([PathRow, PathVersioned]);
    });
    afterAll(async () => {
      (dialectOf(dataSource) as SqliteDialect).useRowEncoding(undefined);
      await disconnect(dataSource);
    });

    const use = (encoding: SqliteRowEncoding) => (dialectOf(dataSource) as SqliteDialect).useRowEncoding(encoding);
    const clear = async () => {
      await dataSource.query(`DELETE FROM "path_row"`);
      await dataSource.query(`DELETE FROM "path_versioned"`);
      await dataSource.query(`DELETE FROM sqlite_sequence`).catch(() => undefined);
    };

    /** TypeORM's insert, one row per call (the oracle for rows of any shape). */
    async function typeormInsert(rows: ObjectLiteral[]): Promise<void> {
      for (const row of rows) await dataSource.getRepository(PathRow).insert(row);
    }

    /** The table after `write`, cleared first. */
    async function after(write: () => Promise<unknown>): Promise<{ typed: string[][]; reals: unknown[][] }> {
      await clear();
      await write();
      return { typed: await typedRows(dataSource, "path_row", ALL_COLUMNS, ["stamped"]), reals: await reals(dataSource, "path_row", AFFINITY_COLUMNS) };
    }

    describe.each(encodings)("bound as %s", (encoding) => {
      beforeEach(() => use(encoding));
      /** node-sqlite3 binding per value: the fallback before SQLite 3.41 (see {@link wideIntegersAlike}). */
      const fallbackOnSqlite3 = () => encoding === "values" && db.name === "sqlite (sqlite3)";

      it("stores every edge value under every affinity as TypeORM's insert does", async () => {
        const expected = await after(() => typeormInsert(edgeRows()));
        const actual = await after(() => bulkInsertMappings(dataSource, PathRow, edgeRows()));
        if (fallbackOnSqlite3()) [expected, actual].forEach((table) => wideIntegersAlike(table.typed, ALL_COLUMNS.indexOf("none"), table.reals, AFFINITY_COLUMNS.indexOf("none")));
        expect(actual).toEqual(expected);
      });

      it("stores rows that leave different columns out as TypeORM's row-by-row insert does", async () => {
        const expected = await after(() => typeormInsert(irregularRows()));
        const actual = await after(() => bulkInsertMappings(dataSource, PathRow, irregularRows()));
        expect(actual).toEqual(expected);
      });

      it("reads a JSON batch with jsonb_each from SQLite 3.45 on, and with json_each as json-text", async () => {
        const readers = { values: undefined, json: await jsonBatchReader(dataSource), "json-text": "json_each" } as const;
        const reader = readers[encoding];
        const { statements } = await bulkInsertMappings(dataSource, PathRow, irregularRows(), { dryRun: true });
        for (const { sql } of statements ?? []) {
          if (reader === undefined) expect(sql).not.toMatch(/json_?b?_each/);
          else expect(sql).toContain(`${reader}(?)`);
        }
        expect(statements?.length).toBeGreaterThan(0);
      });

      it("returns generated ids in input order, one statement for all rows", async () => {
        await clear();
        const rows = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? {} : { code: `r${i}`, int: i }));
        const result = await bulkInsertMappings(dataSource, PathRow, rows, { returning: true, batchSize: 300 });
        expect(result.batches).toBe(1);
        const stored = (await dataSource.query(`SELECT "id", "code" FROM "path_row" ORDER BY "id"`)) as { id: number; code: string | null }[];
        expect(result.identifiers).toEqual(stored.map((r) => ({ id: r.id })));
        expect(stored.map((r) => r.code)).toEqual(rows.map((r) => ("code" in r ? r.code : null)));
      });

      it("upserts edge values as TypeORM's upsert does, counting inserted and updated rows", async () => {
        const seed = () => edgeRows().filter((_, i) => i % 2 === 0).map((row) => ({ code: row["code"], text: "old", int: -5 }));
        const incoming = () => edgeRows();
        const expected = await after(async () => {
          await typeormInsert(seed());
          for (const row of incoming()) await dataSource.getRepository(PathRow).upsert(row, ["code"]);
        });
        let counts: { inserted: number; updated: number } = { inserted: 0, updated: 0 };
        const actual = await after(async () => {
          await typeormInsert(seed());
          counts = await bulkInsertMappings(dataSource, PathRow, incoming(), { onConflict: { target: ["code"], update: [...AFFINITY_COLUMNS] } });
        });
        if (fallbackOnSqlite3()) [expected, actual].forEach((table) => wideIntegersAlike(table.typed, ALL_COLUMNS.indexOf("none"), table.reals, AFFINITY_COLUMNS.indexOf("none")));
        expect(actual).toEqual(expected);
        const seeded = Math.ceil(edgeValues().length / 2);
        expect(counts).toMatchObject({ inserted: edgeValues().length - seeded, updated: seeded });
      });

      it("counts an upsert's existing keys right when one statement holds more rows than bind variables", async () => {
        await clear();
        const rows = Array.from({ length: 33_000 }, (_, i) => ({ code: `k${i}`, int: i }));
        await bulkInsertMappings(dataSource, PathRow, rows.filter((_, i) => i % 3 === 0));
        const result = await bulkInsertMappings(
          dataSource,
          PathRow,
          rows.map((r) => ({ ...r, int: -r.int })),
          { onConflict: { target: ["code"], update: ["int"] }, batchSize: 40_000 },
        );
        expect(result).toMatchObject({ inserted: 22_000, updated: 11_000 });
        const [sum] = (await dataSource.query(`SELECT SUM("int") AS s, COUNT(*) AS n FROM "path_row"`)) as { s: number; n: number }[];
        expect(sum).toEqual({ s: -(33_000 * 32_999) / 2, n: 33_000 });
      });

      it("updates edge values, and rows setting different columns, as TypeORM's update does", async () => {
        const values = edgeValues();
        const updates = () =>
          values.map((value, i) => {
            const row: ObjectLiteral = { id: i + 1, text: clone(value) };
            if (i % 2 === 0) row["int"] = clone(value);
            if (i % 3 === 0) row["none"] = clone(value);
            return row;
          });
        const seed = async () => {
          await clear();
          for (let i = 0; i < values.length; i++) await dataSource.getRepository(PathVersioned).insert({ text: "seed", int: i, none: "seed" });
        };
        const read = () => typedRows(dataSource, "path_versioned", ["text", "int", "none", "version", "updatedAt"], ["updatedAt"]);
        await seed();
        for (const { id, ...set } of updates()) await dataSource.getRepository(PathVersioned).update(id, set);
        const expected = await read();
        await seed();
        await bulkUpdateMappings(dataSource, PathVersioned, updates());
        const actual = await read();
        if (fallbackOnSqlite3()) [expected, actual].forEach((table) => wideIntegersAlike(table, 2));
        expect(actual).toEqual(expected);
      });
    });
  },
  sqliteDrivers,
);

/** TypeORM 1.x stores a `jsonb` column as SQLite's JSONB blob (`jsonb(?)`): the JSON path must too. */
function jsonbEntity() {
  @Entity("path_doc")
  class PathDoc {
    @PrimaryGeneratedColumn()
    id!: number;

    @Column({ type: "jsonb" as never, nullable: true })
    doc!: unknown;

    @Column({ type: "text", nullable: true })
    note!: string | null;
  }
  return PathDoc;
}

describeEachDatabase(
  "a jsonb column through both ways of sending rows (TypeORM 1.x)",
  (db) => {
    const PathDoc = jsonbEntity();
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = await db.connect([PathDoc]);
    });
    afterAll(() => disconnect(dataSource));
    const docs = () => [{ doc: { a: [1, 2.5, "x"], b: null } }, { doc: "text" }, { doc: null, note: "n" }, { note: "no doc" }, { doc: [{ deep: { n: 2 ** 60 } }] }];

    it.each(encodings)("bound as %s: stores the JSONB blobs TypeORM's insert stores", async (encoding) => {
      const read = () => typedRows(dataSource, "path_doc", ["doc", "note"]);
      await dataSource.query(`DELETE FROM "path_doc"`);
      for (const row of docs()) await dataSource.getRepository(PathDoc).insert(row as never);
      const expected = await read();
      await dataSource.query(`DELETE FROM "path_doc"`);
      (dialectOf(dataSource) as SqliteDialect).useRowEncoding(encoding);
      await bulkInsertMappings(dataSource, PathDoc, docs());
      (dialectOf(dataSource) as SqliteDialect).useRowEncoding(undefined);
      expect(await read()).toEqual(expected);
    });
  },
  typeormMajor >= 1 ? sqliteDrivers : [],
);
