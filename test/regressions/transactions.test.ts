import { Column, DataSource, Entity, ManyToOne, PrimaryGeneratedColumn, type DataSourceOptions } from "typeorm";
import { bulkInsertMappings, bulkSaveObjects, BulkError, type BulkResult } from "../../src";
import { allDatabases, typeormMajor, withEachDatabase, type TestDatabase } from "../support/databases";
import { bulkErrorOf } from "../support/errors";
import { clearTable, countRows } from "../support/rows";

// Issue 8, items 16-19: what a bulk call commits, rolls back and reports when it fails.

@Entity("tx_item")
class TxItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 100, unique: true })
  name!: string;

  @Column({ type: "varchar", length: 100, nullable: true })
  note!: string | null;
}

@Entity("tx_note")
class TxNote {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 100 })
  text!: string;
}

@Entity("tx_parent")
class TxParent {
  @PrimaryGeneratedColumn()
  id!: number;
}

/** A child whose foreign key is checked at COMMIT (made deferrable in `beforeAll` where the database can). */
@Entity("tx_child")
class TxChild {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => TxParent, { nullable: true, createForeignKeyConstraints: false })
  parent!: TxParent | null;
}

const entities = [TxItem, TxNote, TxParent, TxChild];

/** TypeORM 0.3 also runs on better-sqlite3 in many projects: the single-connection cases run on it too. */
const betterSqliteOn03: TestDatabase = {
  name: "sqlite (better-sqlite3 on 0.3)",
  family: "sqlite",
  available: true,
  connect(list, extra = {}) {
    const dataSource = new DataSource({ type: "better-sqlite3", database: ":memory:", entities: list, synchronize: true, ...extra } as DataSourceOptions);
    return dataSource.initialize();
  },
};
const databases = typeormMajor >= 1 ? allDatabases : [...allDatabases, betterSqliteOn03];

const items = (count: number, prefix = "i"): { name: string }[] => Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i}` }));
/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `rows` as an async source that yields the event loop every `every` rows and calls `onRow` before each. */
async function* slowly<T>(rows: readonly T[], every: number, onRow: (index: number) => void = () => undefined): AsyncGenerator<T> {
  for (let i = 0; i < rows.length; i++) {
    if (i % every === 0) await tick();
    onRow(i);
    yield rows[i]!;
  }
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function tableOf(dataSource: DataSource, entity: Function): string {
  return dataSource.getMetadata(entity).tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".");
}

async function notes(dataSource: DataSource): Promise<string[]> {
  return (await dataSource.getRepository(TxNote).find({ order: { text: "ASC" } })).map((n) => n.text);
}

async function clearAll(dataSource: DataSource): Promise<void> {
  for (const entity of [TxChild, TxParent, TxItem, TxNote]) await clearTable(dataSource, entity);
}

withEachDatabase(
  "a bulk call takes turns with TypeORM's own work on the same DataSource (#16)",
  entities,
  ({ dataSource }) => {
    beforeEach(() => clearAll(dataSource()));

    it("save() and transaction() started during a bulk call neither end nor join its transaction", async () => {
      const ds = dataSource();
      // The other work runs in its own async context (as a concurrent request would), released
      // from the source at chosen rows (what the source itself starts belongs to the bulk call).
      // It is one sequential flow: concurrent TypeORM transactions on SQLite collide by themselves.
      const points = [500, 1500, 2500, 3500, 4500];
      const starts = new Map(points.map((at) => [at, signal()]));
      const other = (async () => {
        for (const at of points) {
          await starts.get(at)!.promise;
          await ds.getRepository(TxNote).save({ text: `save-${at}` });
          await ds.transaction((manager) => manager.save(TxNote, { text: `tx-${at}` }));
        }
      })();
      const source = slowly(items(5000), 100, (i) => starts.get(i)?.resolve());
      const result = await bulkInsertMappings(ds, TxItem, source, { batchSize: 100 });
      await other;
      expect(result.inserted).toBe(5000);
      expect(await countRows(ds, TxItem)).toBe(5000);
      expect(await countRows(ds, TxNote)).toBe(10);
    });

    it("a loop of save() calls running beside a failing bulk call keeps every save and none of the bulk rows", async () => {
      const ds = dataSource();
      let stop = false;
      const saving = (async () => {
        let saved = 0;
        while (!stop) {
          await ds.getRepository(TxNote).save({ text: `loop-${saved}` });
          saved++;
          await tick();
        }
        return saved;
      })();
      const rows = [...items(4999), { name: "i7" }]; // the last row repeats a key: the call fails at its end
      const error = await bulkErrorOf(bulkInsertMappings(ds, TxItem, slowly(rows, 50), { batchSize: 100 }));
      stop = true;
      const saved = await saving;
      expect(error.rowRange).toEqual([4900, 4999]);
      expect(await countRows(ds, TxItem)).toBe(0);
      expect(await countRows(ds, TxNote)).toBe(saved);
    });

    it("a bulk call started while a TypeORM transaction is open waits for it and leaves it whole", async () => {
      const ds = dataSource();
      let bulk!: Promise<BulkResult>;
      await ds.transaction(async (manager) => {
        await manager.save(TxNote, { text: "first" });
        bulk = bulkInsertMappings(ds, TxItem, items(2000), { batchSize: 100 });
        bulk.catch(() => undefined);
        for (let k = 0; k < 20; k++) await tick();
        await manager.save(TxNote, { text: "second" });
      });
      expect((await bulk).inserted).toBe(2000);
      expect(await notes(ds)).toEqual(["first", "second"]);
      expect(await countRows(ds, TxItem)).toBe(2000);
    });

    it("a TypeORM transaction that rolls back while a bulk call waits loses only its own writes", async () => {
      const ds = dataSource();
      let bulk!: Promise<BulkResult>;
      await ds
        .transaction(async (manager) => {
          await manager.save(TxNote, { text: "first" });
          bulk = bulkInsertMappings(ds, TxItem, items(2000), { batchSize: 100 });
          bulk.catch(() => undefined);
          for (let k = 0; k < 20; k++) await tick();
          await manager.save(TxNote, { text: "second" });
          throw new Error("the caller rolls back");
        })
        .catch(() => undefined);
      expect((await bulk).inserted).toBe(2000);
      expect(await notes(ds)).toEqual([]);
      expect(await countRows(ds, TxItem)).toBe(2000);
    });

    it("a transaction opened on a QueryRunner before a bulk call is neither ended nor joined by it", async () => {
      const ds = dataSource();
      const runner = ds.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      let bulk: Promise<BulkResult> | undefined;
      try {
        await runner.manager.save(TxNote, { text: "first" });
        bulk = bulkInsertMappings(ds, TxItem, items(1000), { batchSize: 100 });
        bulk.catch(() => undefined);
        for (let k = 0; k < 20; k++) await tick();
        await runner.manager.save(TxNote, { text: "second" });
        await runner.rollbackTransaction();
      } finally {
        await runner.release();
      }
      expect((await bulk!).inserted).toBe(1000);
      expect(await notes(ds)).toEqual([]);
      expect(await countRows(ds, TxItem)).toBe(1000);
    });

    it("the bulk call's own source may query through TypeORM on the same connection while the call runs", async () => {
      const ds = dataSource();
      await ds.getRepository(TxNote).save({ text: "seen" });
      const seen: number[] = [];
      async function* rows() {
        for (let i = 0; i < 1000; i++) {
          if (i % 250 === 0) seen.push(await ds.getRepository(TxNote).count());
          yield { name: `q${i}` };
        }
      }
      expect((await bulkInsertMappings(ds, TxItem, rows(), { batchSize: 100 })).inserted).toBe(1000);
      expect(seen).toEqual([1, 1, 1, 1]);
    });
  },
  databases,
);

withEachDatabase(
  "transaction: false tells the truth about what it committed (#17)",
  entities,
  ({ db, dataSource }) => {
    beforeEach(() => clearAll(dataSource()));

    if (db.family !== "mysql") {
      // MariaDB has no deferred constraints; there the connection-loss case below makes COMMIT fail
      beforeAll(async () => {
        const ds = dataSource();
        if (db.family === "postgres") {
          await ds.query(
            `ALTER TABLE ${tableOf(ds, TxChild)} ADD CONSTRAINT "tx_child_parent_deferred" FOREIGN KEY ("parentId") REFERENCES ${tableOf(ds, TxParent)} ("id") DEFERRABLE INITIALLY DEFERRED`,
          );
        } else {
          await ds.query(`DROP TABLE "tx_child"`);
          await ds.query(
            `CREATE TABLE "tx_child" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "parentId" integer REFERENCES "tx_parent" ("id") DEFERRABLE INITIALLY DEFERRED)`,
          );
        }
      });

      it("a COMMIT that fails reports the rows certainly committed and the most that may be", async () => {
        const ds = dataSource();
        const parent = await ds.getRepository(TxParent).save({});
        const rows = Array.from({ length: 30 }, (_, i) => ({ parent: i === 15 ? parent.id + 1000 : parent.id }));
        const error = await bulkErrorOf(bulkInsertMappings(ds, TxChild, rows, { batchSize: 10, transaction: false }));
        expect(error.committedRows).toBe(10);
        expect(error.committedRowsAtMost).toBe(20);
        const count = await countRows(ds, TxChild);
        expect(count).toBeGreaterThanOrEqual(10);
        expect(count).toBeLessThanOrEqual(20);
        // and the connection is usable afterwards, outside any transaction
        expect((await bulkInsertMappings(ds, TxChild, [{ parent: parent.id }])).inserted).toBe(1);
        expect(await countRows(ds, TxChild)).toBe(count + 1);
      });

      it("a transactional call whose COMMIT fails reports nothing certain and all its rows as the bound", async () => {
        const ds = dataSource();
        const parent = await ds.getRepository(TxParent).save({});
        const rows = Array.from({ length: 30 }, (_, i) => ({ parent: i === 15 ? parent.id + 1000 : parent.id }));
        const error = await bulkErrorOf(bulkInsertMappings(ds, TxChild, rows, { batchSize: 10 }));
        expect(error.committedRows).toBe(0);
        expect(error.committedRowsAtMost).toBe(30);
        expect(await countRows(ds, TxChild)).toBe(0);
      });
    }

    if (db.family !== "sqlite") {
      it("when the connection dies mid-call, the table holds between committedRows and committedRowsAtMost rows", async () => {
        const ds = dataSource();
        // the call runs on a QueryRunner of our own (no transaction open), so we know its connection
        const runner = ds.createQueryRunner();
        const idSql = db.family === "postgres" ? "SELECT pg_backend_pid() AS id" : "SELECT CONNECTION_ID() AS id";
        const connectionId = Number((await runner.query(idSql))[0].id);
        let killed = false;
        async function* rows() {
          for (let i = 0; i < 30_000; i++) {
            if (i === 12_345) {
              await ds.query(db.family === "postgres" ? `SELECT pg_terminate_backend(${connectionId})` : `KILL ${connectionId}`);
              killed = true;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            yield { name: `k${i}` };
          }
        }
        try {
          const error = await bulkErrorOf(bulkInsertMappings(runner.manager, TxItem, rows(), { batchSize: 1000, transaction: false }));
          expect(killed).toBe(true);
          const count = await countRows(ds, TxItem);
          expect(error.committedRows).toEqual(expect.any(Number));
          expect(count).toBeGreaterThanOrEqual(error.committedRows!);
          expect(count).toBeLessThanOrEqual(error.committedRowsAtMost ?? error.committedRows!);
          expect(count % 1000).toBe(0);
        } finally {
          await runner.release().catch(() => undefined);
        }
      });
    }

    it("a batch whose write-back fails (a frozen object) is rolled back and not counted", async () => {
      const ds = dataSource();
      const objects = Array.from({ length: 6 }, (_, i) => Object.assign(new TxItem(), { name: `f${i}` }));
      Object.freeze(objects[3]);
      const error = await bulkErrorOf(bulkSaveObjects(ds, objects, { returning: true, batchSize: 2, transaction: false }));
      expect(error.committedRows).toBe(2);
      expect(error.committedRowsAtMost).toBeUndefined();
      expect(error.rowIndex).toBe(3);
      expect(await countRows(ds, TxItem)).toBe(2);
    });

    it("a batch refused after its statement ran (null into NOT NULL with ignore) is rolled back and not counted", async () => {
      const ds = dataSource();
      const rows = [...items(2), { name: "ok" }, { name: null }, ...items(2, "j")];
      const error = await bulkErrorOf(bulkInsertMappings(ds, TxItem, rows, { batchSize: 2, transaction: false, onConflict: "ignore" }));
      expect(error.committedRows).toBe(2);
      expect(await countRows(ds, TxItem)).toBe(2);
    });

    it.each([
      ["an unknown key", (i: number) => (i === 25 ? { name: "x", nope: 1 } : undefined), undefined],
      ["a throwing source", (i: number) => (i === 25 ? "throw" : undefined), undefined],
      ["a throwing onProgress", () => undefined, 2],
    ] as const)("%s reports the rows committed before it", async (_what, bad, throwOnBatch) => {
      const ds = dataSource();
      function* rows() {
        for (let i = 0; i < 40; i++) {
          const row = bad(i);
          if (row === "throw") throw new Error("source broke");
          yield row ?? { name: `p${i}` };
        }
      }
      const onProgress = (progress: { batches: number }) => {
        if (progress.batches === throwOnBatch) throw new Error("progress broke");
      };
      const error = await bulkErrorOf(bulkInsertMappings(ds, TxItem, rows(), { batchSize: 10, transaction: false, onProgress }));
      expect(error.committedRows).toBe(20);
      expect(await countRows(ds, TxItem)).toBe(20);

      await clearTable(ds, TxItem);
      const whole = await bulkErrorOf(bulkInsertMappings(ds, TxItem, rows(), { batchSize: 10, onProgress }));
      expect(whole.committedRows).toBe(0);
      expect(await countRows(ds, TxItem)).toBe(0);
    });
  },
);

withEachDatabase("transaction: false with explicit ids moves the key sequence past what it committed (#18)", entities, ({ dataSource }) => {
  beforeEach(() => clearAll(dataSource()));

  it("after a later batch fails, an ordinary insert still gets a fresh id", async () => {
    const ds = dataSource();
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, name: i === 25 ? "s3" : `s${i}` }));
    const error = await bulkErrorOf(bulkInsertMappings(ds, TxItem, rows, { batchSize: 10, transaction: false }));
    expect(error.committedRows).toBe(20);
    const next = await ds.getRepository(TxItem).save({ name: "ordinary" });
    expect(next.id).toBeGreaterThan(20);
  });
});

withEachDatabase("every rejection is a BulkError (#19)", entities, ({ dataSource }) => {
  beforeEach(() => clearAll(dataSource()));

  it("a throwing getter on a mapping names its row", async () => {
    const cause = new Error("getter broke");
    const row = {
      get name(): string {
        throw cause;
      },
    };
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), TxItem, [...items(3), row]));
    expect(error).toMatchObject({ entity: "TxItem", rowIndex: 3 });
    expect(error.cause).toBe(cause);
    expect(await countRows(dataSource(), TxItem)).toBe(0);
  });

  it("a throwing getter on an object names its row", async () => {
    const cause = new Error("getter broke");
    const bad = Object.defineProperty(new TxItem(), "name", { enumerable: true, get: () => { throw cause; } });
    const objects = [Object.assign(new TxItem(), { name: "a" }), bad];
    const error = await bulkErrorOf(bulkSaveObjects(dataSource(), objects));
    expect(error).toMatchObject({ entity: "TxItem", rowIndex: 1 });
    expect(error.cause).toBe(cause);
  });

  it("a throwing Proxy trap on a mapping names its row", async () => {
    const cause = new Error("trap broke");
    const row = new Proxy({ name: "p" }, { ownKeys: () => { throw cause; } });
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), TxItem, [{ name: "a" }, row]));
    expect(error).toMatchObject({ entity: "TxItem", rowIndex: 1 });
    expect(error.cause).toBe(cause);
  });

  it("a throwing onProgress rejects with a BulkError naming no row", async () => {
    const cause = new Error("progress broke");
    const error = await bulkErrorOf(
      bulkInsertMappings(dataSource(), TxItem, items(30), {
        batchSize: 10,
        onProgress: () => {
          throw cause;
        },
      }),
    );
    expect(error.cause).toBe(cause);
    expect(error.rowIndex).toBeUndefined();
    expect(await countRows(dataSource(), TxItem)).toBe(0);
  });

  it.each([
    ["onConflict.target given as a string", { onConflict: { target: "name", update: ["note"] } }],
    ["onConflict.update: []", { onConflict: { target: ["name"], update: [] } }],
    ["onConflict.update given as a string", { onConflict: { update: "note" } }],
    ["an unknown onConflict", { onConflict: "replace" }],
    ["an unknown method", { method: "bulk" }],
    ["a non-boolean transaction", { transaction: "no" }],
    ["a non-function onProgress", { onProgress: 5 }],
  ])("%s is refused before anything is sent", async (_what, options) => {
    await bulkInsertMappings(dataSource(), TxItem, [{ name: "kept" }]);
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), TxItem, items(3), options as never));
    expect(error).toMatchObject({ entity: "TxItem" });
    expect(error.message).not.toMatch(/syntax/i);
    expect(await countRows(dataSource(), TxItem)).toBe(1);
  });

  it("a failed call never reports a raw driver error", async () => {
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), TxItem, [{ name: "dup" }, { name: "dup" }]));
    expect(error).toBeInstanceOf(BulkError);
    expect(error.cause).toBeDefined();
  });
});
