import { bulkInsertMappings } from "../src";
import { Color, featureEntities } from "../entities/feature-row.entity";
import { Role, User } from "../entities";
import { describeEachDatabase, disconnect, typeormMajor, withEachDatabase } from "./support/databases";
import { clearTable, countRows, readRaw } from "./support/rows";
import { Readable } from "node:stream";
import { DefaultNamingStrategy, type DataSource } from "typeorm";

/** Generated per call: TypeORM's own insert writes generated values back into its input. */
function featureInputs(parentId: number) {
  return [
    { title: "only required" },
    {
      title: "Every Feature",
      note: "n",
      counter: 3,
      flag: true,
      ratio: 1.5,
      big: "9007199254740993",
      amount: "12.3456",
      simpleJson: { a: [1, 2], s: "x" },
      tags: ["x", "y"],
      doc: { k: "v", n: [1, { deep: true }] },
      color: Color.Blue,
      day: "2024-02-29",
      localAt: new Date(2024, 0, 2, 3, 4, 5),
      zonedAt: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
      name: { first: "Ada", last: "Lovelace" },
      slug: "MiXeD CaSe",
      writeOnce: "w",
      parent: parentId,
      owner: { id: parentId },
    },
    { title: "explicit nulls", note: null, ratio: null, doc: null, name: { first: null }, parent: null, tags: null },
    { title: "relation as object and join column property", parent: { id: parentId }, ownerId: parentId },
    { title: "unicode ☃ and\ttab", note: "line\nbreak \\ backslash 'single' \"double\" \\N" },
    { title: "", note: "", slug: "" },
    { title: "falsy values", flag: false, counter: 0, ratio: 0, amount: "0" },
    { title: "mixed key set", color: Color.Green, name: { last: "Only" } },
  ];
}

const GENERATED = ["id", "token", "createdAt", "updatedAt"];

describeEachDatabase("bulkInsertMappings writes what repository.insert() writes", (db) => {
  const model = featureEntities(db.family);
  let dataSource: DataSource;
  let parentId: number;

  beforeAll(async () => {
    dataSource = await db.connect(model.entities);
    const parent = await dataSource.getRepository(model.FeatureParent).save({ name: "p" });
    parentId = parent.id;
  });
  afterAll(() => disconnect(dataSource));

  it.each([
    ["base entity", () => model.FeatureRow],
    ["single-table-inheritance child (discriminator set)", () => model.SpecialFeatureRow],
  ])("for every column feature: %s", async (_title, target) => {
    const entity = target();
    // Fresh objects for each call: TypeORM's insert writes generated values into its input,
    // and structuredClone would make Dates of another realm under jest.
    const inputs = () =>
      featureInputs(parentId).map((row, i) => (entity === model.SpecialFeatureRow ? { ...row, extra: `e${i}` } : row));
    await clearTable(dataSource, model.FeatureRow);
    await dataSource.getRepository(entity).insert(inputs() as never);
    const expected = await readRaw(dataSource, model.FeatureRow, GENERATED);

    await clearTable(dataSource, model.FeatureRow);
    const result = await bulkInsertMappings(dataSource, entity, inputs());
    const actual = await readRaw(dataSource, model.FeatureRow, GENERATED);

    expect(result.inserted).toBe(inputs().length);
    expect(actual).toEqual(expected);
  });

  it("generates a uuid and sets version 1 on every row", async () => {
    await clearTable(dataSource, model.FeatureRow);
    await bulkInsertMappings(dataSource, model.FeatureRow, [{ title: "a" }, { title: "b" }]);
    const rows = await readRaw(dataSource, model.FeatureRow);
    expect(rows.map((r) => r["version"])).toEqual([1, 1]);
    expect(new Set(rows.map((r) => r["token"])).size).toBe(2);
    for (const row of rows) expect(String(row["token"])).toMatch(/^[0-9a-f-]{36}$/);
  });
});

withEachDatabase("bulkInsertMappings: keys, defaults and relations", [Role, User], ({ db, dataSource }) => {
  let roleId: number;

  beforeAll(async () => {
    roleId = (await dataSource().getRepository(Role).save({ name: "admin" })).id;
  });
  beforeEach(() => clearTable(dataSource(), User));

  it("accepts a relation as an id, as { id } and as its join column name", async () => {
    await bulkInsertMappings(dataSource(), User, [
      { username: "by-id", role: roleId },
      { username: "by-object", role: { id: roleId } },
      { username: "by-join-column", roleId },
      { username: "no-role" },
    ]);
    const users = await dataSource().getRepository(User).find({ relations: { role: true }, order: { id: "ASC" } });
    expect(users.map((u) => [u.username, u.role?.id ?? null])).toEqual([
      ["by-id", roleId],
      ["by-object", roleId],
      ["by-join-column", roleId],
      ["no-role", null],
    ]);
  });

  it("gives an absent key the column default and an explicit null NULL, in one call", async () => {
    await bulkInsertMappings(dataSource(), User, [
      { username: "absent" },
      { username: "null", email: null },
      { username: "set", email: "a@b.c" },
    ]);
    const users = await dataSource().getRepository(User).find({ order: { id: "ASC" } });
    expect(users.map((u) => u.email)).toEqual([null, null, "a@b.c"]);
    for (const user of users) expect(user.createdAt).toBeInstanceOf(Date);
  });

  it("keeps explicit values of a generated primary key, and later inserts don't collide", async () => {
    await bulkInsertMappings(dataSource(), User, [
      { id: 1000, username: "fixed-1000" },
      { id: 1001, username: "fixed-1001" },
    ]);
    const later = await dataSource().getRepository(User).save({ username: "ordinary" });
    expect(later.id).toBeGreaterThan(1001);
    const ids = (await dataSource().getRepository(User).find({ order: { id: "ASC" } })).map((u) => u.id);
    expect(ids.slice(0, 2)).toEqual([1000, 1001]);
  });

  it("returns identifiers in input order", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ username: `ordered-${i}`, email: i % 2 ? null : "x" }));
    rows.splice(7, 0, { id: 90000, username: "explicit", email: null } as never);
    const result = await bulkInsertMappings(dataSource(), User, rows, { returning: true, batchSize: 300 });
    const byName = new Map(
      (await dataSource().getRepository(User).find()).map((u) => [u.username, u.id]),
    );
    expect(result.identifiers).toHaveLength(rows.length);
    expect(result.identifiers).toEqual(rows.map((r) => ({ id: byName.get(r.username) })));
    expect(result.identifiers![7]).toEqual({ id: 90000 });
  });

  // TypeORM's own insert of 1 000 rows fails on SQLite with "Expression tree is too large" in its
  // re-select (sqlite3 on 0.3, better-sqlite3 on 1.x; 0.3's better-sqlite3 build allows it)
  const typeormFails = db.name === "sqlite (sqlite3)" || (db.family === "sqlite" && typeormMajor >= 1);
  it(`inserts 1 000 users in one call where TypeORM's own insert ${typeormFails ? "fails" : "succeeds"}`, async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ username: `thousand-${i}`, role: roleId }));
    if (typeormFails) {
      await expect(dataSource().getRepository(User).insert(rows.map((r) => ({ ...r })) as never)).rejects.toThrow(/Expression tree is too large/);
      await clearTable(dataSource(), User); // TypeORM's insert wrote the rows before its re-select failed
    }
    const result = await bulkInsertMappings(dataSource(), User, rows);
    expect(result.inserted).toBe(1000);
    expect(await countRows(dataSource(), User)).toBe(1000);
  });
});

withEachDatabase("bulkInsertMappings: batches and progress", [Role, User], ({ dataSource }) => {
  beforeEach(() => clearTable(dataSource(), User));

  it("sends one statement per batchSize rows and reports progress after each", async () => {
    const progress: { rows: number; batches: number }[] = [];
    const rows = Array.from({ length: 25 }, (_, i) => ({ username: `p-${i}` }));
    const result = await bulkInsertMappings(dataSource(), User, rows, { batchSize: 10, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ inserted: 25, updated: 0, batches: 3 });
    expect(progress).toEqual([
      { rows: 10, batches: 1 },
      { rows: 20, batches: 2 },
      { rows: 25, batches: 3 },
    ]);
  });

  it("keeps rows of different key sets in one batch, in input order", async () => {
    const rows = [{ username: "a" }, { username: "b", email: "b@x" }, { username: "c", email: "c@x" }, { username: "d" }];
    const result = await bulkInsertMappings(dataSource(), User, rows, { returning: true });
    expect(result.batches).toBe(1);
    const ids = result.identifiers!.map((i) => i!["id"] as number);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it("sends nothing for an empty input", async () => {
    const statements: string[] = [];
    const logger = dataSource().logger;
    const result = await bulkInsertMappings(dataSource(), User, [], { onProgress: () => statements.push("progress") });
    expect(result).toEqual({ inserted: 0, updated: 0, batches: 0 });
    expect(statements).toEqual([]);
    expect(logger).toBe(dataSource().logger);
  });

  it("reads sync generators, async generators and object-mode streams batch by batch", async () => {
    function* sync() {
      for (let i = 0; i < 30; i++) yield { username: `sync-${i}` };
    }
    async function* asynchronous() {
      for (let i = 0; i < 30; i++) yield { username: `async-${i}` };
    }
    const stream = Readable.from(Array.from({ length: 30 }, (_, i) => ({ username: `stream-${i}` })));
    for (const source of [sync(), asynchronous(), stream]) {
      const result = await bulkInsertMappings(dataSource(), User, source, { batchSize: 7 });
      expect(result).toMatchObject({ inserted: 30, batches: 5 });
    }
    expect(await countRows(dataSource(), User)).toBe(90);
  });
});

/** Snake-case names for columns and join columns, prefixed table names: a custom naming strategy. */
class PrefixedSnakeNamingStrategy extends DefaultNamingStrategy {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return `app_${super.tableName(targetName, userSpecifiedName)}`;
  }
  override columnName(propertyName: string, customName: string, prefixes: string[]): string {
    const name = super.columnName(propertyName, customName, prefixes);
    return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return `${relationName}_${referencedColumnName}`;
  }
}

describeEachDatabase("bulkInsertMappings honours a custom naming strategy", (db) => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await db.connect([Role, User], { namingStrategy: new PrefixedSnakeNamingStrategy() });
  });
  afterAll(() => disconnect(dataSource));

  it("writes what repository.insert() writes, with the join column's own name as a key", async () => {
    const roleId = (await dataSource.getRepository(Role).save({ name: "r" })).id;
    const inputs = () => [{ username: "a", role: roleId }, { username: "b", email: "b@x" }];
    await dataSource.getRepository(User).insert(inputs() as never);
    const expected = await readRaw(dataSource, User, ["id", "created_at"]);
    await clearTable(dataSource, User);
    await bulkInsertMappings(dataSource, User, inputs());
    expect(await readRaw(dataSource, User, ["id", "created_at"])).toEqual(expected);
    expect(Object.keys(expected[0]!)).toEqual(expect.arrayContaining(["role_id", "email"]));
    await bulkInsertMappings(dataSource, User, [{ username: "c", role_id: roleId }]);
    const stored = await dataSource.getRepository(User).findOneOrFail({ where: { username: "c" }, relations: { role: true } });
    expect(stored.role?.id).toBe(roleId);
  });
});
