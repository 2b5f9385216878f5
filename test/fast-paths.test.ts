import { Column, Entity, PrimaryGeneratedColumn, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";
import { bulkInsertMappings, bulkUpdateMappings, BulkError } from "../src";
import { allDatabases, describeEachDatabase, disconnect, type TestDatabase } from "./support/databases";
import { clearTable, readRaw } from "./support/rows";

// The per-driver fast paths (MySQL: values inlined from cached placeholder templates; LOAD
// DATA; PostgreSQL: unnest; COPY sent right behind its statement) against TypeORM's own
// insert/update of the same rows, compared as raw rows read back with plain SQL.

@Entity("fast_pg")
class FastPg {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "text", nullable: true })
  text!: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  short!: string | null;

  @Column({ type: "int", default: 7 })
  score!: number;

  @Column({ type: "numeric", precision: 20, scale: 6, nullable: true })
  amount!: string | null;

  @Column({ type: "timestamp", nullable: true })
  local!: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  zoned!: Date | null;

  @Column({ type: "jsonb", nullable: true })
  doc!: unknown;

  @Column({ type: "bytea", nullable: true })
  blob!: Buffer | null;

  @Column({ type: "boolean", nullable: true })
  flag!: boolean | null;
}

@Entity("fast_pg_array")
class FastPgArray {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "text", array: true, nullable: true })
  list!: string[] | null;

  @Column({ type: "int", default: 3 })
  score!: number;
}

@Entity("fast_my")
class FastMy {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "text", nullable: true })
  text!: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  short!: string | null;

  @Column({ type: "int", default: 7 })
  score!: number;

  @Column({ type: "decimal", precision: 20, scale: 6, nullable: true })
  amount!: string | null;

  @Column({ type: "datetime", precision: 3, nullable: true })
  local!: Date | null;

  @Column({ type: "json", nullable: true })
  doc!: unknown;

  @Column({ type: "blob", nullable: true })
  blob!: Buffer | null;

  @Column({ type: "boolean", nullable: true })
  flag!: boolean | null;
}

/** Text that breaks naive escaping on some path: delimiters, escapes, NUL-free control characters, placeholders. */
const EDGE_TEXT = ["", "\\N", "tab\there", "new\nline", "cr\rhere", "back\\slash", "end\\", "'quote' \"double\"", "unicode ☃ 😀 ﬁ", "?", "??", "$1", "ctrl-z \x1a \b", "\\.", "x".repeat(5000)];

/** Rows over every edge value; every third row leaves the defaulted `score` out, every fifth is all NULL. */
function edgeRows(count: number, binary: boolean): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 5 === 4) return { text: null, short: null, amount: null, local: null, doc: null, blob: null, flag: null, ...(binary ? { zoned: null } : {}) };
    const text = EDGE_TEXT[i % EDGE_TEXT.length]!;
    const row: Record<string, unknown> = {
      text,
      short: text.slice(0, 200),
      amount: ["0.000001", "-12345678901234.5", "99999999999999.999999", "0"][i % 4],
      local: new Date(2024, 0, 2, 3, 4, 5, i % 1000),
      doc: { text, nested: [text, null, i], n: 1.5 },
      blob: Buffer.from([0, 1, 2, 255, 92, 9, 10, i % 256]),
      flag: i % 2 === 0,
    };
    if (binary) row["zoned"] = new Date(Date.UTC(2024, 5, 1, 12, 0, 0, i % 1000));
    if (i % 3 !== 1) row["score"] = i;
    return row;
  });
}

/** What TypeORM's own insert leaves for `rows`, one row at a time; the table is emptied after. */
async function typeormInserts(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, rows: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  await clearTable(dataSource, entity);
  for (const row of rows) await dataSource.getRepository(entity).insert({ ...row });
  const expected = await readRaw(dataSource, entity, ["id"]);
  await clearTable(dataSource, entity);
  return expected;
}

const ROWS = 47;

describeEachDatabase(
  "a multi-statement insert on the driver's fastest path writes what TypeORM's insert writes",
  (db) => {
    const entity = db.family === "postgres" ? FastPg : FastMy;
    let dataSource: DataSource;
    beforeAll(async () => {
      // a connection time zone other than the machine's: dates must be written in it on every path
      dataSource = await db.connect([FastPg, FastPgArray, FastMy].filter((e) => (db.family === "postgres") === (e !== FastMy)), db.family === "mysql" ? { timezone: "+05:30" } : {});
    });
    afterAll(() => disconnect(dataSource));

    for (const batchSize of [1, 4, 1000]) {
      it(`with method "values", ${batchSize} rows per statement (edge text, NULL vs empty, decimals, dates, json, binary, irregular rows)`, async () => {
        const rows = edgeRows(ROWS, db.family === "postgres");
        const expected = await typeormInserts(dataSource, entity, rows);
        const result = await bulkInsertMappings(dataSource, entity, edgeRows(ROWS, db.family === "postgres"), { method: "values", batchSize });
        expect(result.inserted).toBe(ROWS);
        expect(await readRaw(dataSource, entity, ["id"])).toEqual(expected);
        await clearTable(dataSource, entity);
      });
    }

    const bulkLoad = db.family === "postgres" ? "copy" : "load";
    it(`with method "${bulkLoad}" over several batches, for the same rows given in full`, async () => {
      // the bulk-load channel can't say "default" for one cell: every row gives every column
      const rows = () => edgeRows(ROWS, db.family === "postgres").map((r, i) => (r["text"] === null ? r : { ...r, score: i }));
      const expected = await typeormInserts(dataSource, entity, rows());
      const result = await bulkInsertMappings(dataSource, entity, rows(), { method: bulkLoad, batchSize: 10 });
      expect(result.inserted).toBe(ROWS);
      expect(await readRaw(dataSource, entity, ["id"])).toEqual(expected);
      await clearTable(dataSource, entity);
    });

    it("for an update of edge values, several statements", async () => {
      const seed = edgeRows(ROWS, db.family === "postgres");
      await bulkInsertMappings(dataSource, entity, seed);
      const ids = (await readRaw(dataSource, entity)).map((r) => Number(r["id"]));
      const changes = ids.map((id, i) => {
        const text = EDGE_TEXT[(i + 3) % EDGE_TEXT.length]!;
        return i % 2 === 0 ? { id, text, amount: "-0.5" } : { id, text, local: new Date(2023, 11, 31, 23, 59, 59, 999), flag: null };
      });
      for (const { id, ...set } of changes) await dataSource.getRepository(entity).update(id, set);
      const expected = await readRaw(dataSource, entity);
      await clearTable(dataSource, entity);
      await bulkInsertMappings(dataSource, entity, seed.map((r, i) => ({ ...r, id: ids[i] })));
      await bulkUpdateMappings(dataSource, entity, changes, { batchSize: 5 });
      expect(await readRaw(dataSource, entity)).toEqual(expected);
      await clearTable(dataSource, entity);
    });
  },
  allDatabases.filter((db) => db.family !== "sqlite"),
);

describeEachDatabase(
  "COPY sent right behind its statement",
  (db) => {
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = await db.connect([FastPg, FastPgArray]);
    });
    afterAll(() => disconnect(dataSource));

    it("writes arrays (with edge elements) as TypeORM's insert does", async () => {
      const rows = () => EDGE_TEXT.map((text, i) => ({ list: i % 4 === 3 ? null : [text, "", "{brace}", 'a"b', "NULL"], score: i }));
      const expected = await typeormInserts(dataSource, FastPgArray, rows());
      await bulkInsertMappings(dataSource, FastPgArray, rows(), { method: "copy", batchSize: 4 });
      expect(await readRaw(dataSource, FastPgArray, ["id"])).toEqual(expected);
      await clearTable(dataSource, FastPgArray);
    });

    it("names the row a failing COPY stopped at, leaves nothing behind, and the connection keeps working", async () => {
      const rows = Array.from({ length: 30 }, (_, i) => ({ short: i === 17 ? "y".repeat(201) : `ok${i}`, score: i }));
      const failure = await bulkInsertMappings(dataSource, FastPg, rows, { method: "copy", batchSize: 10 }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(BulkError);
      expect((failure as BulkError).rowIndex).toBe(17);
      expect(await readRaw(dataSource, FastPg)).toEqual([]);
      const result = await bulkInsertMappings(dataSource, FastPg, rows.slice(0, 17), { method: "copy", batchSize: 10 });
      expect(result.inserted).toBe(17);
      await clearTable(dataSource, FastPg);
    });

    it("reports a COPY refused before it reads any data (a missing table) and the connection keeps working", async () => {
      const schema = dataSource.driver.escape(String((dataSource.options as { schema?: string }).schema));
      await dataSource.query(`ALTER TABLE ${schema}."fast_pg_array" RENAME TO "fast_pg_array_away"`);
      try {
        const failure = await bulkInsertMappings(dataSource, FastPgArray, [{ list: ["a"], score: 1 }, { list: null, score: 2 }], { method: "copy" }).catch((e: unknown) => e);
        expect(failure).toBeInstanceOf(BulkError);
        expect(String((failure as Error).message) + String((failure as { cause?: Error }).cause?.message)).toMatch(/fast_pg_array/);
      } finally {
        await dataSource.query(`ALTER TABLE ${schema}."fast_pg_array_away" RENAME TO "fast_pg_array"`);
      }
      const result = await bulkInsertMappings(dataSource, FastPgArray, [{ list: ["b"], score: 3 }], { method: "copy" });
      expect(result.inserted).toBe(1);
      await clearTable(dataSource, FastPgArray);
    });
  },
  allDatabases.filter((db: TestDatabase) => db.family === "postgres"),
);
