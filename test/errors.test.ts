import { bulkInsertMappings, bulkSaveObjects } from "../src";
import { Role, User } from "../entities";
import { Audited, AuditedChild } from "./support/audited.entities";
import { withEachDatabase } from "./support/databases";
import { bulkErrorOf } from "./support/errors";
import { clearTable, countRows } from "./support/rows";


withEachDatabase("bad input is a BulkError before anything is sent", [Role, User, Audited, AuditedChild], ({ dataSource }) => {
  beforeEach(async () => {
    await clearTable(dataSource(), User);
    await clearTable(dataSource(), Role);
  });

  it("names the entity, the unknown key and the row index", async () => {
    const error = await bulkErrorOf(
      // @ts-expect-error an unknown key, on purpose (it is a compile error too)
      bulkInsertMappings(dataSource(), User, [{ username: "ok" }, { username: "x", emial: "typo@x" }]),
    );
    expect(error.message).toMatch(/^User: row 1 has unknown key "emial" \(known: .*email.*\)/);
    expect(error).toMatchObject({ entity: "User", key: "emial", rowIndex: 1 });
    expect(await countRows(dataSource(), User)).toBe(0);
  });

  it("treats an injection attempt in a key as just an unknown key", async () => {
    // @ts-expect-error an unknown key, on purpose
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, [{ "id; DROP TABLE user": 1 }]));
    expect(error).toMatchObject({ key: "id; DROP TABLE user", rowIndex: 0 });
    expect(await countRows(dataSource(), User)).toBe(0);
  });

  it("stores an injection attempt in a value as the exact string", async () => {
    const username = `x'); DROP TABLE "user"; --`;
    await bulkInsertMappings(dataSource(), User, [{ username }]);
    expect((await dataSource().getRepository(User).findOneByOrFail({ username })).username).toBe(username);
  });

  it("rejects a key naming a one-to-many relation", async () => {
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), Audited, [{ name: "p", children: [] }]));
    expect(error.message).toMatch(/Audited: row 0, key "children": one-to-many and many-to-many relations are not written/);
  });

  it("rejects a related object without id", async () => {
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, [{ username: "u", role: { name: "no id" } }]));
    expect(error).toMatchObject({ entity: "User", key: "role", rowIndex: 0 });
    expect(error.message).toMatch(/related Role has no id/);
  });

  it("rejects a target that is not an entity", async () => {
    class NotAnEntity {}
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), NotAnEntity, [{}]));
    expect(error.message).toMatch(/NotAnEntity is not an entity of this DataSource/);
    const objectError = await bulkErrorOf(bulkSaveObjects(dataSource(), [new NotAnEntity()]));
    expect(objectError.message).toMatch(/object 0 is a NotAnEntity, not an instance of an entity class/);
  });

  it("rejects a row that is not an object", async () => {
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, [{ username: "a" }, "b" as never]));
    expect(error).toMatchObject({ entity: "User", rowIndex: 1 });
    expect(error.message).toMatch(/row 1 is not an object/);
  });

  it("rejects a raw SQL function as a value", async () => {
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, [{ username: () => "'x'" }]));
    expect(error).toMatchObject({ key: "username", rowIndex: 0 });
  });

  it("rejects a bad batchSize", async () => {
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, [{ username: "a" }], { batchSize: 0 }));
    expect(error.message).toMatch(/batchSize must be a positive integer/);
  });
});

withEachDatabase("a database error names the batch and rows, and leaves nothing behind", [Role, User], ({ dataSource }) => {
  beforeEach(async () => {
    await clearTable(dataSource(), User);
    await clearTable(dataSource(), Role);
  });

  it("unique violation in batch 2: BulkError with batch, row range and driver cause; nothing written", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ username: i === 45 ? "dup-3" : `dup-${i}` }));
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, rows, { batchSize: 20 }));
    expect(error.message).toMatch(/^User: batch 2 \(rows 40-49\) failed: /);
    expect(error).toMatchObject({ entity: "User", batch: 2, rowRange: [40, 49], committedRows: 0 });
    expect(error.cause).toMatchObject({ message: expect.stringMatching(/unique|duplicate/i) });
    expect(await countRows(dataSource(), User)).toBe(0);
  });

  it("foreign-key violation: nothing written", async () => {
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, [{ username: "a" }, { username: "b", role: 999999 }]));
    expect(error).toMatchObject({ batch: 0, rowRange: [0, 1] }); // rows of different key sets share one batch
    expect(await countRows(dataSource(), User)).toBe(0);
  });

  it("NOT NULL violation: nothing written", async () => {
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), Role, [{ name: "a" }, { name: null }]));
    expect(error.rowRange).toEqual([0, 1]);
    expect(await countRows(dataSource(), Role)).toBe(0);
  });

  it("with transaction: false, the batches before the failing one stay and the error counts them", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ username: i === 45 ? "tf-3" : `tf-${i}` }));
    const error = await bulkErrorOf(bulkInsertMappings(dataSource(), User, rows, { batchSize: 20, transaction: false }));
    expect(error.committedRows).toBe(40);
    expect(error.message).toMatch(/40 earlier rows were committed/);
    expect(await countRows(dataSource(), User)).toBe(40);
  });
});
