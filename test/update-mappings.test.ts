import type { DataSource } from "typeorm";
import { bulkInsertMappings, bulkUpdateMappings, BulkError } from "../src";
import { Membership, Role, User } from "../entities";
import { Color, featureEntities } from "../entities/feature-row.entity";
import { describeEachDatabase, disconnect, withEachDatabase } from "./support/databases";
import { clearTable, readRaw } from "./support/rows";

const UNSTABLE = ["token", "createdAt", "updatedAt"];

describeEachDatabase("bulkUpdateMappings leaves the table as repository.update() per row does", (db) => {
  const model = featureEntities(db.family);
  let dataSource: DataSource;
  let parentId: number;

  beforeAll(async () => {
    dataSource = await db.connect(model.entities);
    parentId = (await dataSource.getRepository(model.FeatureParent).save({ name: "p" })).id;
  });
  afterAll(() => disconnect(dataSource));

  const seed = () =>
    Array.from({ length: 6 }, (_, i) => ({ id: i + 1, title: `row ${i}`, note: `n${i}`, counter: i, name: { first: "F", last: "L" } }));
  const changes = (): Record<string, unknown>[] => [
    { id: 1, title: "Renamed" },
    { id: 2, note: null, counter: 42, flag: true },
    { id: 3, slug: "UPPER", tags: ["a", "b"], simpleJson: { x: 1 }, doc: { y: [2] }, color: Color.Blue },
    { id: 4, name: { last: "Only last" }, parent: { id: parentId }, ownerId: parentId },
    { id: 5, localAt: new Date(2023, 5, 6, 7, 8, 9), day: "2020-01-31", amount: "99.5000", big: "123456789012" },
    { id: 6, parent: parentId, writeOnce: undefined, readOnly: "changed" },
  ];

  it("for every column feature, with mixed key sets in one call", async () => {
    await clearTable(dataSource, model.FeatureRow);
    await bulkInsertMappings(dataSource, model.FeatureRow, seed());
    for (const { id, ...change } of changes()) await dataSource.getRepository(model.FeatureRow).update(id as number, change as never);
    const expected = await readRaw(dataSource, model.FeatureRow, UNSTABLE);

    await clearTable(dataSource, model.FeatureRow);
    await bulkInsertMappings(dataSource, model.FeatureRow, seed());
    const result = await bulkUpdateMappings(dataSource, model.FeatureRow, changes());
    expect(result.updated).toBe(6);
    expect(await readRaw(dataSource, model.FeatureRow, UNSTABLE)).toEqual(expected);
  });

  it("increments the version and moves the update date on every updated row", async () => {
    await clearTable(dataSource, model.FeatureRow);
    await bulkInsertMappings(dataSource, model.FeatureRow, [{ id: 1, title: "v" }]);
    await dataSource.query(`UPDATE ${dataSource.getMetadata(model.FeatureRow).tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".")} SET ${dataSource.driver.escape("updatedAt")} = '2001-01-01 00:00:00'`);
    await bulkUpdateMappings(dataSource, model.FeatureRow, [{ id: 1, title: "v2" }]);
    await bulkUpdateMappings(dataSource, model.FeatureRow, [{ id: 1, title: "v3" }]);
    const row = await dataSource.getRepository(model.FeatureRow).findOneByOrFail({ id: 1 });
    expect(row.version).toBe(3);
    expect(row.updatedAt.getFullYear()).toBeGreaterThan(2001);
  });
});

withEachDatabase("bulkUpdateMappings", [Role, User, Membership], ({ dataSource }) => {
  beforeEach(async () => {
    await clearTable(dataSource(), User);
    await clearTable(dataSource(), Role);
    await clearTable(dataSource(), Membership);
  });

  it("matches composite primary keys and counts only rows that exist", async () => {
    await bulkInsertMappings(dataSource(), Membership, [
      { groupId: 1, member: "ann", level: "a" },
      { groupId: 1, member: "bob", level: "b" },
      { groupId: 2, member: "ann", level: "c" },
    ]);
    const result = await bulkUpdateMappings(dataSource(), Membership, [
      { groupId: 1, member: "ann", level: "A" },
      { groupId: 2, member: "ann", points: 5 },
      { groupId: 9, member: "nobody", level: "x" },
    ]);
    expect(result).toMatchObject({ updated: 2, inserted: 0, batches: 1 }); // rows setting different columns share a statement
    const rows = await dataSource().getRepository(Membership).find({ order: { groupId: "ASC", member: "ASC" } });
    expect(rows.map((r) => [r.groupId, r.member, r.level, r.points, r.version])).toEqual([
      [1, "ann", "A", 0, 2],
      [1, "bob", "b", 0, 1],
      [2, "ann", "c", 5, 2],
    ]);
  });

  it("sets relations by id, { id } or join column name", async () => {
    await bulkInsertMappings(dataSource(), Role, [{ id: 1, name: "one" }, { id: 2, name: "two" }]);
    await bulkInsertMappings(dataSource(), User, [{ id: 1, username: "a" }, { id: 2, username: "b" }, { id: 3, username: "c" }]);
    await bulkUpdateMappings(dataSource(), User, [{ id: 1, role: 1 }, { id: 2, role: { id: 2 } }, { id: 3, roleId: 2 }]);
    const users = await dataSource().getRepository(User).find({ relations: { role: true }, order: { id: "ASC" } });
    expect(users.map((u) => u.role?.id)).toEqual([1, 2, 2]);
  });

  it("updates 5 000 rows in batches, one statement per batch", async () => {
    await bulkInsertMappings(dataSource(), User, Array.from({ length: 5000 }, (_, i) => ({ id: i + 1, username: `u${i}` })));
    const result = await bulkUpdateMappings(
      dataSource(),
      User,
      Array.from({ length: 5000 }, (_, i) => ({ id: i + 1, email: `e${i}@x` })),
      { batchSize: 1000 },
    );
    expect(result).toMatchObject({ updated: 5000, batches: 5 });
    expect((await dataSource().getRepository(User).findOneByOrFail({ id: 4321 })).email).toBe("e4320@x");
  });

  it("rejects a row without its full primary key, before anything is sent", async () => {
    await bulkInsertMappings(dataSource(), Membership, [{ groupId: 1, member: "ann", level: "a" }]);
    const error = await bulkUpdateMappings(dataSource(), Membership, [
      { groupId: 1, member: "ann", level: "changed" },
      { groupId: 1, level: "no member" },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkError);
    expect(error).toMatchObject({ entity: "Membership", key: "member", rowIndex: 1 });
    expect((await dataSource().getRepository(Membership).findOneByOrFail({ groupId: 1 })).level).toBe("a");
  });

  it("rejects a row that sets nothing, and an unknown key", async () => {
    await expect(bulkUpdateMappings(dataSource(), User, [{ id: 1 }])).rejects.toThrow(/row 0 sets no column besides its primary key/);
    // @ts-expect-error an unknown key, on purpose
    await expect(bulkUpdateMappings(dataSource(), User, [{ id: 1, nmae: "x" }])).rejects.toThrow(/unknown key "nmae"/);
  });

  it("rolls the whole call back when a batch fails", async () => {
    await bulkInsertMappings(dataSource(), User, [{ id: 1, username: "a" }, { id: 2, username: "b" }]);
    const error = await bulkUpdateMappings(dataSource(), User, [{ id: 1, username: "renamed" }, { id: 2, username: "renamed" }], {
      batchSize: 1,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ batch: 1, rowRange: [1, 1] });
    expect((await dataSource().getRepository(User).findOneByOrFail({ id: 1 })).username).toBe("a");
  });
});
