import type { DataSource, EntityManager } from "typeorm";
import { featureEntities } from "../entities/feature-row.entity";
import { bulkInsertMappings } from "../src";
import { allDatabases, describeEachDatabase, disconnect } from "./support/databases";
import { bulkErrorOf } from "./support/errors";
import { clearTable, readRaw } from "./support/rows";

const HOSTILE = ["tab\there", "new\nline", "cr\rhere", "back\\slash", "\\N", "", "nul\u0000byte", "unicode ☃ 😀", "'quote' \"double\"", "end\\"];

describeEachDatabase(
  "LOAD DATA LOCAL INFILE writes what the INSERT path writes",
  (db) => {
    const model = featureEntities("mysql");
    let dataSource: DataSource;
    let parentId: number;
    beforeAll(async () => {
      dataSource = await db.connect(model.entities);
      parentId = (await dataSource.getRepository(model.FeatureParent).save({ name: "p" })).id;
    });
    afterAll(() => disconnect(dataSource));

    const rows = () =>
      HOSTILE.map((note, i) => ({
        title: `t${i}`,
        note,
        counter: i,
        flag: i % 2 === 0,
        ratio: i / 3,
        big: "9007199254740993",
        amount: "12.3456",
        doc: { note, i },
        simpleJson: [note],
        tags: ["a", `b${i}`],
        day: "2024-03-01",
        localAt: new Date(2024, 2, 1, 12, 0, i),
        zonedAt: new Date(Date.UTC(2024, 2, 1, 12, 0, i)),
        name: { first: note, last: null },
        slug: "MiXeD",
        parent: i % 2 ? parentId : null,
      }));
    const ignore = ["id", "token", "createdAt", "updatedAt"];

    it("for hostile strings and every column feature", async () => {
      await clearTable(dataSource, model.FeatureRow);
      await bulkInsertMappings(dataSource, model.FeatureRow, rows(), { method: "values" });
      const expected = await readRaw(dataSource, model.FeatureRow, ignore);
      await clearTable(dataSource, model.FeatureRow);
      const result = await bulkInsertMappings(dataSource, model.FeatureRow, rows(), { method: "load" });
      expect(result.inserted).toBe(HOSTILE.length);
      expect(await readRaw(dataSource, model.FeatureRow, ignore)).toEqual(expected);
    });

    it("fails on what the INSERT would fail on (a value too long), names the row, and leaves nothing", async () => {
      await clearTable(dataSource, model.FeatureRow);
      const input = Array.from({ length: 300 }, (_, i) => ({ title: i === 250 ? "x".repeat(101) : `ok${i}` }));
      const error = await bulkErrorOf(bulkInsertMappings(dataSource, model.FeatureRow, input, { method: "load", batchSize: 100 }));
      expect(error.message).toMatch(/batch 2 \(rows 200-299\) failed: input row 250, LOAD DATA row 51/);
      expect(await dataSource.getRepository(model.FeatureRow).count()).toBe(0);
    });
  },
  allDatabases.filter((db) => db.family === "mysql"),
);

describeEachDatabase(
  'method "auto" takes LOAD DATA for large plain batches',
  (db) => {
    const model = featureEntities("mysql");
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = await db.connect(model.entities);
    });
    afterAll(() => disconnect(dataSource));

    /** Empties the table and restarts its AUTO_INCREMENT, so that both sides' keys start at 1. */
    async function reset(): Promise<void> {
      await clearTable(dataSource, model.FeatureRow);
      await dataSource.query("ALTER TABLE `feature_row` AUTO_INCREMENT = 1");
    }
    /** Runs `work` on one connection of `on` and says how many LOAD DATA statements it ran there. */
    async function loadsDuring(work: (manager: EntityManager) => Promise<unknown>, on = dataSource): Promise<number> {
      const runner = on.createQueryRunner();
      const count = async () => Number(((await runner.query("SHOW SESSION STATUS LIKE 'Com_load'")) as { Value: string }[])[0]!.Value);
      try {
        const before = await count();
        await work(runner.manager);
        return (await count()) - before;
      } finally {
        await runner.release();
      }
    }
    // Full statements of 2^k − 1 rows (the sizes LOAD DATA takes without an AUTO_INCREMENT gap)
    // load; the rest go by INSERT. Every third row leaves the defaulted `counter` out.
    const rows = () =>
      Array.from({ length: 16383 + 6 }, (_, i) => (i % 3 === 0 ? { title: `t${i}`, flag: i % 5 === 0 } : { title: `t${i}`, counter: i, flag: i % 5 === 0 }));
    const ignore = ["token", "createdAt", "updatedAt"];

    /** The table TypeORM's own insert (500 rows per call, one transaction) leaves for `input`, then a "next" row. */
    async function typeormWrites(input: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
      await reset();
      await dataSource.transaction(async (manager) => {
        for (let i = 0; i < input.length; i += 500) await manager.getRepository(model.FeatureRow).insert(input.slice(i, i + 500));
      });
      await dataSource.getRepository(model.FeatureRow).insert({ title: "next" });
      return readRaw(dataSource, model.FeatureRow, ignore);
    }

    it("writes the rows, keys and defaults TypeORM's insert writes, and leaves the next key where it would", async () => {
      const expected = await typeormWrites(rows());
      await reset();
      const loads = await loadsDuring((manager) => bulkInsertMappings(manager, model.FeatureRow, rows()));
      await dataSource.getRepository(model.FeatureRow).insert({ title: "next" });
      expect(loads).toBeGreaterThan(0);
      expect(await readRaw(dataSource, model.FeatureRow, ignore)).toEqual(expected);
    });

    // A decimal with more digits than its scale is rounded with a note, by LOAD DATA and INSERT
    // alike: a note must neither fail a load nor send it back as INSERT (whose keys would then
    // follow the ones the undone load used up).
    it("loads a decimal rounded to its scale as the INSERT stores it, keys included", async () => {
      const rounded = () => rows().map((row, i) => ({ ...row, amount: i % 2 === 0 ? "1.00005" : "2.12345" }));
      const expected = await typeormWrites(rounded());
      await reset();
      expect(await loadsDuring((manager) => bulkInsertMappings(manager, model.FeatureRow, rounded()))).toBeGreaterThan(0);
      await dataSource.getRepository(model.FeatureRow).insert({ title: "next" });
      expect(await readRaw(dataSource, model.FeatureRow, ignore)).toEqual(expected);
      // "load" loads the last 6 rows too, whose keys leave a gap (see prefersBulkLoad): values only
      await reset();
      expect(await loadsDuring((manager) => bulkInsertMappings(manager, model.FeatureRow, rounded(), { method: "load" }))).toBeGreaterThan(0);
      const withoutKeys = (raw: Record<string, unknown>[]) => raw.map(({ id: _id, ...rest }) => rest);
      expect(withoutKeys(await readRaw(dataSource, model.FeatureRow, ignore))).toEqual(withoutKeys(expected.slice(0, -1)));
    });

    // SHOW WARNINGS lists max_error_count (64) entries: thousands of notes must not hide the warning
    it("fails a load whose one bad value comes after thousands of rounded decimals", async () => {
      await reset();
      const input = rows().map((row, i) => ({ ...row, amount: "1.00005", ...(i === 9000 ? { title: "x".repeat(101) } : {}) }));
      const error = await bulkErrorOf(bulkInsertMappings(dataSource, model.FeatureRow, input, { method: "load" }));
      expect(error.message).toMatch(/input row 9000/);
      expect(await dataSource.getRepository(model.FeatureRow).count()).toBe(0);
    });

    // LOCAL turns the bad row into a warning and loads the others: the load must leave the
    // caller's transaction as the failed INSERT statement would, with none of its rows
    it("undoes a load that warned to its savepoint inside the caller's transaction, and fails as the INSERT does", async () => {
      await reset();
      const input = rows().map((row, i) => (i === 3000 ? { ...row, title: "x".repeat(101) } : row));
      let message = "";
      let seenInside = -1;
      const loads = await loadsDuring(async (manager) => {
        await manager.transaction(async (inner) => {
          await inner.getRepository(model.FeatureRow).insert({ title: "kept" });
          message = (await bulkErrorOf(bulkInsertMappings(inner, model.FeatureRow, input))).message;
          seenInside = await inner.getRepository(model.FeatureRow).count();
        });
      });
      expect(loads).toBeGreaterThan(0);
      expect(message).toMatch(/input row 3000/);
      expect(seenInside).toBe(1);
      expect((await readRaw(dataSource, model.FeatureRow)).map((r) => r["title"])).toEqual(["kept"]);
    });

    it("inserts instead where mysql2 connects without LOCAL_FILES, which LOAD DATA LOCAL needs", async () => {
      const plain = await db.connect(model.entities, { flags: ["-LOCAL_FILES"] } as never);
      try {
        let inserted = 0;
        const loads = await loadsDuring(async (manager) => {
          inserted = (await bulkInsertMappings(manager, model.FeatureRow, rows())).inserted;
        }, plain);
        expect(loads).toBe(0);
        expect(inserted).toBe(rows().length);
        expect(await plain.getRepository(model.FeatureRow).count()).toBe(rows().length);
      } finally {
        await disconnect(plain);
      }
    });
  },
  allDatabases.filter((db) => db.family === "mysql"),
);
