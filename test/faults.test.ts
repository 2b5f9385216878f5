import { Check, Column, Entity, PrimaryGeneratedColumn, type DataSource } from "typeorm";
import { bulkInsertMappings, bulkUpdateMappings } from "../src";
import { Role, User } from "../entities";
import { withEachDatabase } from "./support/databases";
import { bulkErrorOf } from "./support/errors";
import { clearTable, countRows } from "./support/rows";

@Entity("scored")
@Check("score >= 0")
class Scored {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "int" })
  score!: number;
}

const LONG = Number(process.env["FAULT_ROWS"] ?? 200_000);


/**
 * The backend/connection id of the bulk call's session: the one other session of this test's
 * own schema or database that is busy or inside a transaction (other test workers use others).
 */
async function busySession(dataSource: DataSource): Promise<number> {
  if (dataSource.options.type === "postgres") {
    const schema = (dataSource.options as { schema?: string }).schema!;
    const rows = await dataSource.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
         AND backend_type = 'client backend' AND state <> 'idle' AND position($1 in query) > 0`,
      [`"${schema}"`],
    );
    return rows[0].pid;
  }
  const rows = await dataSource.query(
    `SELECT t.trx_mysql_thread_id AS id FROM information_schema.INNODB_TRX t
       JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id WHERE p.DB = DATABASE()`,
  );
  if (rows.length !== 1) throw new Error(`expected one open transaction, found ${JSON.stringify(rows)}`);
  return Number(rows[0].id);
}

async function kill(dataSource: DataSource, id: number): Promise<void> {
  if (dataSource.options.type === "postgres") await dataSource.query(`SELECT pg_terminate_backend($1)`, [id]);
  else await dataSource.query(`KILL ${Number(id)}`);
}

withEachDatabase("faults: nothing lost, nothing half-written", [Role, User, Scored], ({ db, dataSource }) => {
  beforeEach(async () => {
    await clearTable(dataSource(), User);
    await clearTable(dataSource(), Role);
    await clearTable(dataSource(), Scored);
  });

  const users = (count: number, bad: (i: number) => Record<string, unknown> | undefined) =>
    Array.from({ length: count }, (_, i) => bad(i) ?? { username: `u${i}` });
  const middle = Math.floor(LONG * 0.6);

  if (db.family === "mysql") {
    // TypeORM doesn't create @Check constraints on MySQL/MariaDB; MariaDB enforces them
    beforeAll(() => dataSource().query("ALTER TABLE `scored` ADD CONSTRAINT `score_not_negative` CHECK (`score` >= 0)"));
  }

  it.each([
    ["unique", (i: number) => (i === middle ? { username: "u1" } : undefined)],
    ["foreign key", (i: number) => (i === middle ? { username: `u${i}`, role: 424242 } : undefined)],
    ["NOT NULL", (i: number) => (i === middle ? { username: null } : undefined)],
  ])(`a %s violation in the middle of ${LONG} rows rejects and leaves the table as it was`, async (_kind, bad) => {
    await bulkInsertMappings(dataSource(), User, [{ username: "before" }]);
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, users(LONG, bad), { batchSize: 10_000 }));
    expect(error.rowRange![0]).toBeLessThanOrEqual(middle);
    expect(error.rowRange![1]).toBeGreaterThanOrEqual(middle);
    expect(error.message).toMatch(/^User: batch \d+ \(rows \d+-\d+\) failed: /);
    expect(await countRows(dataSource(), User)).toBe(1);
  });

  it("a check violation rejects and leaves the table as it was", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ score: i === 4321 ? -1 : i }));
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), Scored, rows, { batchSize: 1000 }));
    expect(error).toMatchObject({ batch: 4, rowRange: [4000, 4999] });
    expect(await countRows(dataSource(), Scored)).toBe(0);
  });

  it("with transaction: false, exactly the batches before the failing one stay, and the error counts them", async () => {
    const error = await bulkErrorOf(
      bulkInsertMappings(dataSource(), User, users(25_000, (i) => (i === 23_456 ? { username: "u3" } : undefined)), {
        batchSize: 5000,
        transaction: false,
      }),
    );
    expect(error.committedRows).toBe(20_000);
    expect(await countRows(dataSource(), User)).toBe(20_000);
  });

  it("an input that throws midway rejects with that error as cause and writes nothing", async () => {
    const failure = new Error("bad line 1234");
    async function* rows() {
      for (let i = 0; i < 5000; i++) {
        if (i === 1234) throw failure;
        yield { username: `g${i}` };
      }
    }
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, rows(), { batchSize: 100 }));
    expect(error.cause).toBe(failure);
    expect(error.rowIndex).toBe(1234);
    expect(await countRows(dataSource(), User)).toBe(0);
  });

  it("an input that throws while the first statement is still in flight writes nothing (regression)", async () => {
    // Found by the CLI test: the first batch was sent (pipelined, BEGIN not yet done) when the
    // next row failed, and the rollback was skipped.
    function* rows() {
      yield { username: "first" };
      throw new Error("bad second row");
    }
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, rows(), { batchSize: 1 }));
    expect((error.cause as Error).message).toBe("bad second row");
    expect(await countRows(dataSource(), User)).toBe(0);
  });

  it("a failing call closes its source (return() is called)", async () => {
    let closed = false;
    function* endless() {
      try {
        for (let i = 0; ; i++) yield { username: i === 150 ? "dup" : i === 10 ? "dup" : `e${i}` };
      } finally {
        closed = true;
      }
    }
    await bulkErrorOf(bulkInsertMappings(dataSource(), User, endless(), { batchSize: 100 }));
    expect(closed).toBe(true);
  });

  it("joins the caller's transaction; the caller's rollback removes the bulk rows", async () => {
    await dataSource()
      .transaction(async (manager) => {
        await bulkInsertMappings(manager, User, users(3000, () => undefined));
        await bulkUpdateMappings(manager, User, [{ id: (await manager.findOneByOrFail(User, { username: "u0" })).id, email: "x" }]);
        expect(await manager.count(User)).toBe(3000);
        throw new Error("caller rolls back");
      })
      .catch(() => undefined);
    expect(await countRows(dataSource(), User)).toBe(0);
  });

  describe("a failed call inside the caller's transaction", () => {
    // repository.insert(rows) is one statement: when it fails, none of its rows stay in the
    // caller's transaction. A bulk call writes many, so it writes behind a savepoint.
    const rows = Array.from({ length: 30 }, (_, i) => ({ username: i === 25 ? "u3" : `u${i}` }));

    it("leaves none of its inserted rows there, and the transaction goes on to commit", async () => {
      await dataSource().transaction(async (manager) => {
        await manager.insert(User, { username: "before" });
        const error = await bulkErrorOf(bulkInsertMappings(manager, User, rows, { batchSize: 10 }));
        expect(error.committedRows).toBe(0);
        await manager.insert(User, { username: "after" });
      });
      const stored = await dataSource().getRepository(User).find({ order: { username: "ASC" } });
      expect(stored.map((u) => u.username)).toEqual(["after", "before"]);
    });

    it("leaves none of its updates there", async () => {
      // the 31st user isn't updated: the 26th update takes its name
      await bulkInsertMappings(dataSource(), User, Array.from({ length: 31 }, (_, i) => ({ username: `u${i}` })));
      const ids = (await dataSource().getRepository(User).find({ order: { id: "ASC" } })).map((u) => u.id);
      await dataSource().transaction(async (manager) => {
        const updates = ids.slice(0, 30).map((id, i) => ({ id, username: i === 25 ? "u30" : `renamed${i}` }));
        await bulkErrorOf(bulkUpdateMappings(manager, User, updates, { batchSize: 10 }));
        await manager.update(User, { id: ids[30] }, { email: "after" });
      });
      const stored = await dataSource().getRepository(User).find({ order: { id: "ASC" } });
      expect(stored.map((u) => u.username)).toEqual(ids.map((_, i) => `u${i}`));
      expect(stored[30]!.email).toBe("after");
    });

    it("run one after the other when made at once: the failing one leaves nothing, the other all its rows", async () => {
      await dataSource().transaction(async (manager) => {
        const good = Array.from({ length: 30 }, (_, i) => ({ username: `good${i}` }));
        const [ok, failed] = await Promise.allSettled([
          bulkInsertMappings(manager, User, good, { batchSize: 10 }),
          bulkInsertMappings(manager, User, rows, { batchSize: 10 }),
        ]);
        expect(ok.status).toBe("fulfilled");
        expect(failed.status).toBe("rejected");
        await manager.insert(User, { username: "after" });
      });
      const stored = (await dataSource().getRepository(User).find()).map((u) => u.username).sort();
      expect(stored).toEqual([...Array.from({ length: 30 }, (_, i) => `good${i}`), "after"].sort());
    });

    it("a dry run with the transaction's manager sends nothing into it", async () => {
      await dataSource().transaction(async (manager) => {
        const result = await bulkInsertMappings(manager, User, rows.slice(0, 3), { dryRun: true });
        expect(result.statements).toHaveLength(1);
        expect(await manager.count(User)).toBe(0);
      });
    });

    it("with transaction: false too, and a successful call's rows stay for the caller to commit", async () => {
      await dataSource().transaction(async (manager) => {
        await bulkErrorOf(bulkInsertMappings(manager, User, rows, { batchSize: 10, transaction: false }));
        await bulkInsertMappings(manager, User, [{ username: "kept" }]);
      });
      expect((await dataSource().getRepository(User).find()).map((u) => u.username)).toEqual(["kept"]);
    });
  });

  it("concurrent calls through one DataSource, into different tables and into the same table, all land", async () => {
    const calls = [
      bulkInsertMappings(dataSource(), Scored, Array.from({ length: 20_000 }, (_, i) => ({ score: i })), { batchSize: 1000 }),
      bulkInsertMappings(dataSource(), Role, Array.from({ length: 3000 }, (_, i) => ({ name: `r${i}` })), { batchSize: 500 }),
      ...[0, 1, 2, 3].map((k) =>
        bulkInsertMappings(dataSource(), User, Array.from({ length: 5000 }, (_, i) => ({ username: `c${k}-${i}` })), { batchSize: 700 }),
      ),
    ];
    const results = await Promise.all(calls);
    expect(results.map((r) => r.inserted)).toEqual([20_000, 3000, 5000, 5000, 5000, 5000]);
    expect(await countRows(dataSource(), User)).toBe(20_000);
    expect(await countRows(dataSource(), Scored)).toBe(20_000);
  });

  if (db.family !== "sqlite") {
    it("the connection dies mid-load: the call rejects promptly, nothing remains, the pool still works", async () => {
      let killed = false;
      const ds = dataSource();
      async function* rows() {
        for (let i = 0; i < 50_000; i++) {
          if (i === 20_000 && !killed) {
            killed = true;
            await kill(ds, await busySession(ds));
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
          yield { username: `k${i}` };
        }
      }
      const started = Date.now();
      const error = await bulkErrorOf(bulkInsertMappings(ds, User, rows(), { batchSize: 5000 }));
      expect(killed).toBe(true);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(error.message).toMatch(/terminat|connection|closed|killed|Connection lost|ended|gone/i);
      expect(await countRows(ds, User)).toBe(0);
      const after = await bulkInsertMappings(ds, User, [{ username: "after" }]);
      expect(after.inserted).toBe(1);
    });
  }
});
