import type { DataSource, ObjectLiteral } from "typeorm";
import { bulkInsertMappings, bulkUpdateMappings } from "../../src";
import { allDatabases, describeEachDatabase, disconnect, withEachDatabase } from "../support/databases";
import { bulkErrorOf } from "../support/errors";
import { clearTable, countRows, readRaw } from "../support/rows";
import { MyDefaults, MyGuarded, MyKeyed, MyLarge, MyParent, MySpatial, MyTyped } from "./entities/mysql-entities";

// Regressions of issue 8 on MySQL/MariaDB (items 3, 4, 9, 11, 19, 20 and the value sweep).

const mysqlOnly = allDatabases.filter((db) => db.family === "mysql");
const ENTITIES = [MyParent, MyGuarded, MyKeyed, MySpatial, MyLarge, MyDefaults, MyTyped];

withEachDatabase(
  "issue 8 on MySQL/MariaDB",
  ENTITIES,
  ({ dataSource }) => {
    beforeEach(async () => {
      for (const entity of ENTITIES) await clearTable(dataSource(), entity);
    });

    describe('item 3: "ignore" skips rows that hit a unique key and nothing else', () => {
      const seed = (count: number) =>
        bulkInsertMappings(
          dataSource(),
          MyGuarded,
          Array.from({ length: count }, (_, i) => ({ code: `c${i}` })),
        );
      // every row gives the same columns, so the bad row shares the duplicates' statement
      const duplicates = (count: number) => Array.from({ length: count }, (_, i) => ({ code: `c${i}`, name: "n", small: 1 }));

      for (const returning of [false, true]) {
        const mode = returning ? "with returning" : "without returning";

        it(`fails the batch on an over-long value after 100 duplicates (${mode})`, async () => {
          await seed(100);
          const rows = [...duplicates(100), { code: "new", name: "much too long", small: 1 }];
          await bulkErrorOf(bulkInsertMappings(dataSource(), MyGuarded, rows, { onConflict: "ignore", returning }));
          expect(await countRows(dataSource(), MyGuarded)).toBe(100);
        });

        it(`fails the batch on 1000 into a tinyint after 100 duplicates (${mode})`, async () => {
          await seed(100);
          const rows = [...duplicates(100), { code: "new", name: "n", small: 1000 }];
          await bulkErrorOf(bulkInsertMappings(dataSource(), MyGuarded, rows, { onConflict: "ignore", returning }));
          expect(await countRows(dataSource(), MyGuarded)).toBe(100);
        });

        it(`fails the batch on a foreign-key violation (${mode})`, async () => {
          const rows = Array.from({ length: 8 }, (_, i) => ({ code: `fk${i}`, parent: 999_999 }));
          await bulkErrorOf(bulkInsertMappings(dataSource(), MyGuarded, rows, { onConflict: "ignore", returning }));
          expect(await countRows(dataSource(), MyGuarded)).toBe(0);
        });

        it(`skips duplicates (existing and within the call), counts exactly and leaves existing rows as they were (${mode})`, async () => {
          await seed(2);
          const before = await readRaw(dataSource(), MyGuarded);
          const result = await bulkInsertMappings(
            dataSource(),
            MyGuarded,
            [{ code: "c1" }, { code: "x" }, { code: "x" }, { code: "c0" }, { code: "y" }],
            { onConflict: "ignore", returning },
          );
          expect(result).toMatchObject({ inserted: 2, updated: 0 });
          const after = await readRaw(dataSource(), MyGuarded);
          expect(after.slice(0, 2)).toEqual(before);
          expect(after.map((r) => r["code"])).toEqual(["c0", "c1", "x", "y"]);
          if (returning) {
            const ids = new Map(after.map((r) => [r["code"], r["id"]]));
            expect(result.identifiers).toEqual([null, { id: ids.get("x") }, null, null, { id: ids.get("y") }]);
          }
        });
      }

      it("counts exactly in one-row statements", async () => {
        await seed(1);
        const result = await bulkInsertMappings(dataSource(), MyGuarded, [{ code: "c0" }, { code: "n" }], { onConflict: "ignore", batchSize: 1 });
        expect(result).toMatchObject({ inserted: 1, updated: 0 });
      });
    });

    describe("item 4: upsert counts an existing row as updated, changed or not, in every mode", () => {
      const upsert = { target: ["id"], update: ["name"] };
      for (const returning of [false, true]) {
        for (const batchSize of [1, 1000]) {
          const mode = `${returning ? "with" : "without"} returning, ${batchSize === 1 ? "one row" : "many rows"} per statement`;

          it(`an unchanged existing row is updated (${mode})`, async () => {
            await dataSource().getRepository(MyKeyed).insert({ id: 1, name: "one" });
            const result = await bulkInsertMappings(dataSource(), MyKeyed, [{ id: 1, name: "one" }, { id: 2, name: "two" }], {
              onConflict: upsert,
              returning,
              batchSize,
            });
            expect(result).toMatchObject({ inserted: 1, updated: 1 });
            if (returning) expect(result.identifiers).toEqual([{ id: 1 }, { id: 2 }]);
          });

          it(`a key repeated within the call counts its later occurrence as updated (${mode})`, async () => {
            await dataSource().getRepository(MyKeyed).insert({ id: 1, name: "one" });
            const rows = [{ id: 3, name: "a" }, { id: 3, name: "b" }, { id: 4, name: "c" }, { id: 1, name: "uno" }];
            const result = await bulkInsertMappings(dataSource(), MyKeyed, rows, { onConflict: upsert, returning, batchSize });
            expect(result).toMatchObject({ inserted: 2, updated: 2 });
            expect(await readRaw(dataSource(), MyKeyed)).toEqual([
              { id: 1, name: "uno" },
              { id: 3, name: "b" },
              { id: 4, name: "c" },
            ]);
          });
        }
      }
    });

    describe("item 9: a row that leaves every column to its default", () => {
      const expected = async () => {
        await dataSource().getRepository(MyDefaults).insert([{}, {}, {}]);
        const rows = await readRaw(dataSource(), MyDefaults, ["id"]);
        await clearTable(dataSource(), MyDefaults);
        return rows;
      };

      it("inserts by VALUES, with returning, with ignore and by LOAD DATA as TypeORM does", async () => {
        const want = await expected();
        const runs = [{}, { returning: true }, { onConflict: "ignore" as const }, { onConflict: "ignore" as const, returning: true }, { method: "load" as const }];
        for (const options of runs) {
          const result = await bulkInsertMappings(dataSource(), MyDefaults, [{}, {}, {}], options);
          expect(result.inserted).toBe(3);
          if (options.returning) expect(result.identifiers).toEqual([{ id: expect.any(Number) }, { id: expect.any(Number) }, { id: expect.any(Number) }]);
          expect(await readRaw(dataSource(), MyDefaults, ["id"])).toEqual(want);
          await clearTable(dataSource(), MyDefaults);
        }
      });
    });

    describe("item 11: spatial columns take WKT as TypeORM writes it", () => {
      const wkt = (i: number) => ({
        id: i,
        geometry: `POINT(${i} 2)`,
        point: `POINT(3 ${i})`,
        located: `POINT(10 ${i})`,
        line: `LINESTRING(0 0,${i} 1)`,
        polygon: "POLYGON((0 0,1 0,1 1,0 0))",
        points: "MULTIPOINT(0 0,1 1)",
        lines: "MULTILINESTRING((0 0,1 1),(2 2,3 3))",
        polygons: "MULTIPOLYGON(((0 0,1 0,1 1,0 0)))",
        collection: "GEOMETRYCOLLECTION(POINT(1 1),LINESTRING(0 0,1 1))",
        label: `l${i}`,
      });
      const moved = (i: number) => ({ id: i, geometry: "LINESTRING(5 5,6 6)", point: "POINT(7 7)", located: "POINT(8 9)", label: `m${i}` });
      const rows = [wkt(1), wkt(2), { id: 3, label: "none", geometry: null }];
      const read = () => readSpatial(dataSource());

      it("on insert (VALUES and LOAD DATA)", async () => {
        await dataSource().getRepository(MySpatial).insert(rows);
        const want = await read();
        for (const method of ["values", "load"] as const) {
          await clearTable(dataSource(), MySpatial);
          await bulkInsertMappings(dataSource(), MySpatial, rows, { method });
          expect(await read()).toEqual(want);
        }
      });

      it("on upsert", async () => {
        await dataSource().getRepository(MySpatial).insert(rows);
        await dataSource().getRepository(MySpatial).upsert([moved(1), moved(4)], ["id"]);
        const want = await read();
        await clearTable(dataSource(), MySpatial);
        await dataSource().getRepository(MySpatial).insert(rows);
        const result = await bulkInsertMappings(dataSource(), MySpatial, [moved(1), moved(4)], {
          onConflict: { target: ["id"], update: ["geometry", "point", "located", "label"] },
        });
        expect(result).toMatchObject({ inserted: 1, updated: 1 });
        expect(await read()).toEqual(want);
      });

      it("on update", async () => {
        await dataSource().getRepository(MySpatial).insert(rows);
        for (const i of [1, 3]) await dataSource().getRepository(MySpatial).update(i, moved(i));
        const want = await read();
        await clearTable(dataSource(), MySpatial);
        await dataSource().getRepository(MySpatial).insert(rows);
        await bulkUpdateMappings(dataSource(), MySpatial, [moved(1), moved(3)]);
        expect(await read()).toEqual(want);
      });
    });

    describe("item 20 and 19: statement size counted as the server counts it", () => {
      let maxPacket: number;
      beforeAll(async () => {
        const [row] = (await dataSource().query("SELECT @@max_allowed_packet AS p")) as { p: number }[];
        maxPacket = Number(row!.p);
      });
      /** Three-byte characters filling `fraction` of max_allowed_packet. */
      const text = (fraction: number, mark: string) => mark + "漢".repeat(Math.floor((maxPacket * fraction) / 3));
      const lengths = async () =>
        (await dataSource().query("SELECT LENGTH(body) AS n FROM my_large ORDER BY id")) as { n: number | string }[];

      it("puts two rows that each fit max_allowed_packet, but not together, in separate statements", async () => {
        const rows = [{ body: text(0.56, "a") }, { body: text(0.56, "b") }];
        const result = await bulkInsertMappings(dataSource(), MyLarge, rows);
        expect(result.inserted).toBe(2);
        expect((await lengths()).map((r) => Number(r.n))).toEqual(rows.map((r) => Buffer.byteLength(r.body)));
      });

      it("refuses a single row bigger than max_allowed_packet with a BulkError naming it, and the call after it works", async () => {
        const rows = [{ body: "small" }, { body: text(1.05, "c") }];
        const error = await bulkErrorOf(bulkInsertMappings(dataSource(), MyLarge, rows, { batchSize: 1 }));
        expect(error.message).toMatch(/MyLarge: batch 1 \(rows 1-1\) failed: .*max_allowed_packet/);
        expect(error.entity).toBe("MyLarge");
        expect(error.rowRange).toEqual([1, 1]);
        expect(await countRows(dataSource(), MyLarge)).toBe(0);
        await bulkInsertMappings(dataSource(), MyLarge, [{ body: "after" }]);
        expect(await countRows(dataSource(), MyLarge)).toBe(1);
      });

      it("refuses an update value bigger than max_allowed_packet with a BulkError", async () => {
        const { identifiers } = await bulkInsertMappings(dataSource(), MyLarge, [{ body: "x" }], { returning: true });
        const error = await bulkErrorOf(bulkUpdateMappings(dataSource(), MyLarge, [{ ...identifiers![0], body: text(1.05, "d") }]));
        expect(error.message).toMatch(/max_allowed_packet/);
      });

      it("LOAD DATA carries a value bigger than max_allowed_packet (no ECONNRESET)", async () => {
        const rows = [{ body: text(1.05, "e") }, { body: "tail" }];
        const result = await bulkInsertMappings(dataSource(), MyLarge, rows, { method: "load", batchSize: 1 });
        expect(result.inserted).toBe(2);
        expect((await lengths()).map((r) => Number(r.n))).toEqual(rows.map((r) => Buffer.byteLength(r.body)));
      });
    });

    describe("values of every MySQL column type are written as TypeORM writes them", () => {
      const typed = (i: number): ObjectLiteral => ({
        id: i,
        fixed: i === 1 ? "ABC123" : "ab",
        bits: i % 2 === 0,
        flags: i === 1 ? ["a", "c"] : [],
        choice: "y",
        year: 2024,
        time: "12:34:56.789",
        amount: "12345678901234.123456",
        padded: 42,
        doc: { a: [1, "x"], nested: { t: "tab\there" } },
        flag: i === 1,
        at: new Date(Date.UTC(2024, 2, 1, 12, 0, 0, 123)),
        day: "2024-03-01",
        data: i === 1 ? Buffer.from([0, 1, 9, 10, 13, 39, 92, 255]) : "text\tinto a blob",
        text: i === 1 ? "tab\there \\N nul\u0000byte new\nline \\ end\\" : "\\N",
      });
      const rows = [typed(1), typed(2)];
      const expected = async () => {
        await dataSource().getRepository(MyTyped).insert(rows);
        const want = await readRaw(dataSource(), MyTyped);
        await clearTable(dataSource(), MyTyped);
        return want;
      };

      it("on insert (VALUES and LOAD DATA) and upsert", async () => {
        const want = await expected();
        for (const options of [{ method: "values" as const }, { method: "load" as const }, { onConflict: "ignore" as const }]) {
          await bulkInsertMappings(dataSource(), MyTyped, rows, options);
          expect(await readRaw(dataSource(), MyTyped)).toEqual(want);
          await clearTable(dataSource(), MyTyped);
        }
        await dataSource().getRepository(MyTyped).insert(rows.map((r) => ({ id: r["id"] })));
        await bulkInsertMappings(dataSource(), MyTyped, rows, { onConflict: { target: ["id"], update: Object.keys(rows[0]!).filter((k) => k !== "id") } });
        expect(await readRaw(dataSource(), MyTyped)).toEqual(want);
      });

      it("on update", async () => {
        const empty = rows.map((r) => ({ id: r["id"] }));
        await dataSource().getRepository(MyTyped).insert(empty);
        for (const row of rows) await dataSource().getRepository(MyTyped).update(row["id"] as number, row);
        const want = await readRaw(dataSource(), MyTyped);
        await clearTable(dataSource(), MyTyped);
        await dataSource().getRepository(MyTyped).insert(empty);
        await bulkUpdateMappings(dataSource(), MyTyped, rows);
        expect(await readRaw(dataSource(), MyTyped)).toEqual(want);
      });
    });
  },
  mysqlOnly,
);

describeEachDatabase(
  "dates follow the connection's timezone option on every MySQL path",
  (db) => {
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = await db.connect([MyTyped], { timezone: "+05:30" } as never);
    });
    afterAll(() => disconnect(dataSource));

    it("VALUES, LOAD DATA, upsert and update store what TypeORM stores", async () => {
      const at = new Date(Date.UTC(2024, 0, 31, 20, 15, 30, 250));
      const rows = [{ id: 1, at, day: at }, { id: 2, at: new Date(Date.UTC(2024, 5, 1)), day: "2024-06-01" }];
      await dataSource.getRepository(MyTyped).insert(rows as never);
      const want = await readRaw(dataSource, MyTyped);
      for (const method of ["values", "load"] as const) {
        await clearTable(dataSource, MyTyped);
        await bulkInsertMappings(dataSource, MyTyped, rows, { method });
        expect(await readRaw(dataSource, MyTyped)).toEqual(want);
      }
      await clearTable(dataSource, MyTyped);
      await dataSource.getRepository(MyTyped).insert(rows.map((r) => ({ id: r.id })));
      await bulkInsertMappings(dataSource, MyTyped, rows, { onConflict: { target: ["id"], update: ["at", "day"] } });
      expect(await readRaw(dataSource, MyTyped)).toEqual(want);
      await clearTable(dataSource, MyTyped);
      await dataSource.getRepository(MyTyped).insert(rows.map((r) => ({ id: r.id })));
      await bulkUpdateMappings(dataSource, MyTyped, rows);
      expect(await readRaw(dataSource, MyTyped)).toEqual(want);
    });
  },
  mysqlOnly,
);

/** Every spatial column as WKT and SRID, by id. */
async function readSpatial(dataSource: DataSource): Promise<Record<string, unknown>[]> {
  const columns = ["geometry", "point", "located", "line", "polygon", "points", "lines", "polygons", "collection"];
  const list = columns.map((c) => `ST_AsText(\`${c}\`) AS \`${c}\`, ST_SRID(\`${c}\`) AS \`${c}_srid\``).join(", ");
  return (await dataSource.query(`SELECT id, label, ${list} FROM my_spatial ORDER BY id`)) as Record<string, unknown>[];
}
