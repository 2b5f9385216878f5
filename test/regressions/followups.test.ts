import type { DataSource, ObjectLiteral } from "typeorm";
import { bulkInsertMappings, bulkSaveObjects, bulkUpdateMappings } from "../../src";
import { describeEachDatabase, disconnect, everyDriver, withEachDatabase } from "../support/databases";
import { bulkErrorOf } from "../support/errors";
import { clearTable, countRows, readRaw } from "../support/rows";
import { FuChild, FuDoc, FuDocOracle, FuItem, FuItemOracle, FuParent, FuUser } from "./entities/followups.entities";

// Issue 8 follow-ups: a conflict key repeated inside one upsert statement, bulk calls inside a
// TypeORM transaction on SQLite, MariaDB "ignore" with returning, and failed COMMITs.

// children before parents: `clearAll` deletes in this order
const entities = [FuItem, FuItemOracle, FuDoc, FuDocOracle, FuUser, FuChild, FuParent];

async function clearAll(dataSource: DataSource): Promise<void> {
  for (const entity of entities) await clearTable(dataSource, entity);
}

/** `{ inserted, updated }` as per-row calls in input order count them: a key's first arrival inserts, unless it was stored. */
function perRowCounts(keys: readonly string[], stored: readonly string[]): { inserted: number; updated: number } {
  const seen = new Set(stored);
  let inserted = 0;
  for (const key of keys) {
    if (!seen.has(key)) inserted++;
    seen.add(key);
  }
  return { inserted, updated: keys.length - inserted };
}

/** Rows whose `code` repeats, some of them more than twice, one of them stored before the call. */
const repeatedCodes = ["a", "b", "a", "a", "c", "b", "d", "c", "a"];
/** Fresh rows each time: TypeORM's per-row calls write the generated ids back onto what they are given. */
const upsertRows = () => repeatedCodes.map((code, i) => ({ code, name: `${code}-${i}`, points: i }));

withEachDatabase("a conflict key repeated in one upsert applies in input order, as per-row calls do", entities, ({ dataSource }) => {
  beforeEach(() => clearAll(dataSource()));

  it("bulkInsertMappings with onConflict { target, update } equals per-row repository.upsert()", async () => {
    const ds = dataSource();
    await ds.getRepository(FuItem).insert({ code: "b", name: "stored", points: 100 });
    await ds.getRepository(FuItemOracle).insert({ code: "b", name: "stored", points: 100 });

    const result = await bulkInsertMappings(ds, FuItem, upsertRows(), {
      onConflict: { target: ["code"], update: ["name", "points"] },
      returning: true,
    });
    for (const row of upsertRows()) await ds.getRepository(FuItemOracle).upsert(row, ["code"]);

    expect(await readRaw(ds, FuItem, ["id"], "code")).toEqual(await readRaw(ds, FuItemOracle, ["id"], "code"));
    expect({ inserted: result.inserted, updated: result.updated }).toEqual(perRowCounts(repeatedCodes, ["b"]));
    const ids = new Map((await ds.getRepository(FuItem).find()).map((item) => [item.code, item.id]));
    expect(result.identifiers).toEqual(repeatedCodes.map((code) => ({ id: ids.get(code) })));
  });

  it("without returning, and across a batch boundary, the counts are still per-row counts", async () => {
    const ds = dataSource();
    const result = await bulkInsertMappings(ds, FuItem, upsertRows(), {
      onConflict: { target: ["code"], update: ["name", "points"] },
      batchSize: 4,
    });
    for (const row of upsertRows()) await ds.getRepository(FuItemOracle).upsert(row, ["code"]);
    expect(await readRaw(ds, FuItem, ["id"], "code")).toEqual(await readRaw(ds, FuItemOracle, ["id"], "code"));
    expect({ inserted: result.inserted, updated: result.updated }).toEqual(perRowCounts(repeatedCodes, []));
  });

  it("bulkSaveObjects of objects with the same key equals per-row repository.save()", async () => {
    const ds = dataSource();
    const input = [
      // every object defines the same properties, so they could share one statement
      { id: 1, title: "one", note: null },
      { id: 2, title: "two", note: "n2" },
      { id: 1, title: "one again", note: "n1" },
      { id: 3, title: "three", note: null },
      { id: 1, title: "one last", note: null },
      { id: 2, title: "two again", note: "n2" },
    ];
    await ds.getRepository(FuDoc).insert({ id: 3, title: "stored" });
    await ds.getRepository(FuDocOracle).insert({ id: 3, title: "stored" });

    const result = await bulkSaveObjects(ds, input.map((doc) => Object.assign(new FuDoc(), doc)), { returning: true });
    for (const doc of input) await ds.getRepository(FuDocOracle).save(Object.assign(new FuDocOracle(), doc));

    expect(await readRaw(ds, FuDoc)).toEqual(await readRaw(ds, FuDocOracle));
    expect({ inserted: result.inserted, updated: result.updated }).toEqual(perRowCounts(input.map((d) => String(d.id)), ["3"]));
    expect(result.identifiers).toEqual(input.map((doc) => ({ id: doc.id })));
  });
});

/** What per-row INSERT … orIgnore() calls leave, the oracle of "ignore". */
async function insertEachOrIgnore(dataSource: DataSource, rows: readonly ObjectLiteral[]): Promise<void> {
  for (const row of rows) await dataSource.createQueryBuilder().insert().into(FuItemOracle).values(row).orIgnore().execute();
}

withEachDatabase('"ignore" with a key repeated in one statement skips the later rows', entities, ({ dataSource }) => {
  beforeEach(() => clearAll(dataSource()));

  for (const returning of [false, true]) {
    it(`keeps the first row of each key, counts the others as skipped${returning ? ", and gives them null identifiers" : ""}`, async () => {
      const ds = dataSource();
      await ds.getRepository(FuItem).insert({ code: "b", name: "stored" });
      await ds.getRepository(FuItemOracle).insert({ code: "b", name: "stored" });

      const result = await bulkInsertMappings(ds, FuItem, upsertRows(), { onConflict: "ignore", returning });
      await insertEachOrIgnore(ds, upsertRows());

      expect(await readRaw(ds, FuItem, ["id"], "code")).toEqual(await readRaw(ds, FuItemOracle, ["id"], "code"));
      const kept = perRowCounts(repeatedCodes, ["b"]).inserted;
      expect({ inserted: result.inserted, updated: result.updated }).toEqual({ inserted: kept, updated: 0 });
      if (!returning) return;
      const ids = new Map((await ds.getRepository(FuItem).find()).map((item) => [item.code, item.id]));
      const seen = new Set(["b"]);
      const expected = repeatedCodes.map((code) => {
        if (seen.has(code)) return null;
        seen.add(code);
        return { id: ids.get(code) };
      });
      expect(result.identifiers).toEqual(expected);
    });
  }
});

/** What a deadlock would do to a test: fail it at this timeout instead of hanging the run. */
const NO_HANG = 15000;

const users = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i}` }));

async function userNames(dataSource: DataSource): Promise<string[]> {
  return (await dataSource.getRepository(FuUser).find({ order: { name: "ASC" } })).map((u) => u.name);
}

/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describeEachDatabase(
  "a bulk call on the SQLite DataSource from inside its TypeORM transaction fails at once instead of waiting for it",
  (db) => {
    let ds: DataSource | undefined;
    // a fresh DataSource per test: the first case is a DataSource's very first bulk call
    beforeEach(async () => {
      ds = await db.connect(entities);
    });
    afterEach(() => disconnect(ds));

    it(
      "dataSource.transaction(): the DataSource's first bulk call, and a later one, reject with a BulkError naming the fix",
      async () => {
        for (const attempt of ["first", "later"]) {
          const error = await bulkErrorOf(
            ds!.transaction(async (m) => {
              await m.save(FuUser, { name: `own-${attempt}` });
              await bulkInsertMappings(ds!, FuUser, users(3, `bulk-${attempt}-`));
            }),
          );
          expect(error.message).toMatch(/inside a TypeORM transaction on this SQLite DataSource: pass the transaction's EntityManager/);
          expect(error.entity).toBe("FuUser");
          expect(await userNames(ds!)).toEqual([]); // the transaction rolled back, nothing of the bulk call written
        }
      },
      NO_HANG,
    );

    it(
      "a transaction opened on the DataSource's QueryRunner: a bulk call on the DataSource rejects the same way, and works once it ended",
      async () => {
        await bulkInsertMappings(ds!, FuUser, users(1, "before-")); // the connection's turns are in place
        const runner = ds!.createQueryRunner();
        await runner.startTransaction();
        try {
          const error = await bulkErrorOf(bulkUpdateMappings(ds!, FuUser, [{ id: 1, name: "renamed" }]));
          expect(error.message).toMatch(/inside a TypeORM transaction on this SQLite DataSource/);
        } finally {
          await runner.rollbackTransaction();
          await runner.release();
        }
        // this context still carries the trace of the ended transaction: harmless
        await bulkInsertMappings(ds!, FuUser, users(1, "after-"));
        expect(await userNames(ds!)).toEqual(["after-0", "before-0"]);
      },
      NO_HANG,
    );

    it(
      "passing the transaction's manager joins it: committed with it, or rolled back with it",
      async () => {
        const result = await ds!.transaction(async (m) => {
          await m.save(FuUser, { name: "own" });
          return bulkInsertMappings(m, FuUser, users(3, "bulk-"));
        });
        expect(result.inserted).toBe(3);
        const failed = await ds!
          .transaction(async (m) => {
            await bulkInsertMappings(m, FuUser, users(2, "gone-"));
            throw new Error("the caller's own failure");
          })
          .catch((e: unknown) => e);
        expect((failed as Error).message).toBe("the caller's own failure");
        expect(await userNames(ds!)).toEqual(["bulk-0", "bulk-1", "bulk-2", "own"]);
      },
      NO_HANG,
    );

    it(
      "after the transaction ended, or inside another flow's transaction, a bulk call on the DataSource takes its turn",
      async () => {
        await ds!.transaction((m) => m.save(FuUser, { name: "tx" }));
        await bulkInsertMappings(ds!, FuUser, users(1, "after-"));
        // another flow's open transaction: this call waits for it and then runs, as before
        const started = signal();
        const release = signal();
        const other = ds!.transaction(async (m) => {
          await m.save(FuUser, { name: "other" });
          started.resolve();
          await release.promise;
        });
        await started.promise;
        const waiting = bulkInsertMappings(ds!, FuUser, users(1, "waited-"));
        release.resolve();
        await other;
        expect((await waiting).inserted).toBe(1);
        expect(await userNames(ds!)).toEqual(["after-0", "other", "tx", "waited-0"]);
      },
      NO_HANG,
    );
  },
  everyDriver.filter((db) => db.family === "sqlite"),
);

describeEachDatabase(
  "a bulk call on the DataSource inside its TypeORM transaction, on a server database",
  (db) => {
    let ds: DataSource | undefined;
    beforeAll(async () => {
      ds = await db.connect(entities);
    });
    afterAll(() => disconnect(ds));

    it(
      "runs on another pooled connection, outside the transaction: its rows stay when the transaction rolls back",
      async () => {
        const failed = await ds!
          .transaction(async (m) => {
            await m.save(FuUser, { name: "own" });
            const result = await bulkInsertMappings(ds!, FuUser, users(2, "outside-"));
            expect(result.inserted).toBe(2);
            throw new Error("roll back");
          })
          .catch((e: unknown) => e);
        expect((failed as Error).message).toBe("roll back");
        expect(await userNames(ds!)).toEqual(["outside-0", "outside-1"]);
      },
      NO_HANG,
    );
  },
  everyDriver.filter((db) => db.family !== "sqlite"),
);

/**
 * 100 input codes: 70 new ones, 15 that are stored before the call and 15 repeating an
 * earlier input row, the 30 duplicates interleaved among the new ones.
 */
function interleavedDuplicates(): { stored: string[]; codes: string[] } {
  const stored = Array.from({ length: 15 }, (_, i) => `s${i}`);
  const codes: string[] = [];
  let fresh = 0;
  for (let i = 0; i < 100; i++) {
    if (i % 6 === 3 && i < 90) codes.push(stored[(i - 3) / 6]!); // 15 of them
    else if (i % 6 === 0 && i > 0 && i <= 90) codes.push(`n${Math.floor(fresh / 2)}`); // 15 repeats of a new code
    else codes.push(`n${fresh++}`);
  }
  return { stored, codes };
}

withEachDatabase('"ignore" with returning: one statement for many rows where RETURNING keeps skipped rows', entities, ({ db, dataSource }) => {
  beforeEach(() => clearAll(dataSource()));

  it("100 rows with 30 duplicates interleaved: identifiers in input order, null exactly where a row was skipped", async () => {
    const ds = dataSource();
    const { stored, codes } = interleavedDuplicates();
    expect(codes.length - new Set([...stored, ...codes]).size + stored.length).toBe(30); // the input is what the title says
    const storedRows = () => stored.map((code) => ({ code, name: "stored" }));
    await ds.getRepository(FuItem).insert(storedRows());
    await ds.getRepository(FuItemOracle).insert(storedRows());
    const rows = () => codes.map((code, i) => ({ code, name: `row${i}`, points: i }));

    const result = await bulkInsertMappings(ds, FuItem, rows(), { onConflict: "ignore", returning: true });
    await insertEachOrIgnore(ds, rows());

    expect(await readRaw(ds, FuItem, ["id"], "code")).toEqual(await readRaw(ds, FuItemOracle, ["id"], "code"));
    const ids = new Map((await ds.getRepository(FuItem).find()).map((item) => [item.code, item.id]));
    const seen = new Set(stored);
    const expected = codes.map((code) => {
      if (seen.has(code)) return null;
      seen.add(code);
      return { id: ids.get(code) };
    });
    expect(result.identifiers).toEqual(expected);
    expect(result).toMatchObject({ inserted: 70, updated: 0 });
    // MariaDB's RETURNING gives every row, skipped ones marked: the rows share one statement
    if (db.family === "mysql") expect(result.batches).toBe(1);
  });
});

function tableOf(dataSource: DataSource, entity: typeof FuChild | typeof FuParent): string {
  return dataSource.getMetadata(entity).tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".");
}

/** Makes `fu_child.parentId` a foreign key checked at COMMIT (PostgreSQL and SQLite; MariaDB has no deferred constraints). */
async function deferForeignKey(dataSource: DataSource, family: string): Promise<void> {
  if (family === "postgres") {
    await dataSource.query(
      `ALTER TABLE ${tableOf(dataSource, FuChild)} ADD CONSTRAINT "fu_child_parent_deferred" FOREIGN KEY ("parentId") REFERENCES ${tableOf(dataSource, FuParent)} ("id") DEFERRABLE INITIALLY DEFERRED`,
    );
  } else {
    await dataSource.query(`DROP TABLE "fu_child"`);
    await dataSource.query(
      `CREATE TABLE "fu_child" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "parentId" integer REFERENCES "fu_parent" ("id") DEFERRABLE INITIALLY DEFERRED)`,
    );
  }
}

describeEachDatabase(
  "a COMMIT the database answered with a constraint error is reported as rolled back, with exact counts",
  (db) => {
    let ds: DataSource | undefined;
    beforeAll(async () => {
      ds = await db.connect(entities);
      await deferForeignKey(ds, db.family);
    });
    afterAll(() => disconnect(ds));
    beforeEach(() => clearAll(ds!));

    /** 30 children, the 16th pointing at no parent: the second batch of 10 fails at its COMMIT. */
    async function childRows(): Promise<{ parent: number }[]> {
      const parent = await ds!.getRepository(FuParent).save({});
      return Array.from({ length: 30 }, (_, i) => ({ parent: i === 15 ? parent.id + 1000 : parent.id }));
    }

    it("transaction: false: committedRows counts the batches before, and no upper bound is given", async () => {
      const error = await bulkErrorOf(bulkInsertMappings(ds!, FuChild, await childRows(), { batchSize: 10, transaction: false }));
      expect(error.committedRows).toBe(10);
      expect(error.committedRowsAtMost).toBeUndefined();
      expect(error.message).toMatch(/COMMIT failed and was rolled back/);
      expect(error.rowRange).toEqual([10, 19]);
      expect(await countRows(ds!, FuChild)).toBe(10);
      // the connection is usable afterwards, outside any transaction
      expect((await bulkInsertMappings(ds!, FuChild, [{ parent: null }])).inserted).toBe(1);
      expect(await countRows(ds!, FuChild)).toBe(11);
    });

    it("one transaction for the call: nothing committed, and no upper bound", async () => {
      const error = await bulkErrorOf(bulkInsertMappings(ds!, FuChild, await childRows(), { batchSize: 10 }));
      expect(error.committedRows).toBe(0);
      expect(error.committedRowsAtMost).toBeUndefined();
      expect(await countRows(ds!, FuChild)).toBe(0);
    });
  },
  everyDriver.filter((db) => db.family !== "mysql"),
);
