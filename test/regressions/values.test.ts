// Issue 8, section 2: values bulk calls wrote differently from TypeORM (items 2, 8, 9, 10, 12,
// 13, 14, 15 and what was found next to them), each compared with what TypeORM itself writes.
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { BulkError, bulkInsertMappings, bulkSaveObjects, bulkUpdateMappings } from "../../src";
import { describeEachDatabase, disconnect, everyDriver, typeormMajor, withEachDatabase } from "../support/databases";
import { clearTable, readRaw } from "../support/rows";
import { jsonEntity, ValuesCategory, ValuesDefaults, ValuesPost, ValuesScalar } from "./entities/values.entities";
import { ValuesAvatar, ValuesCar, ValuesPlane, ValuesUser, ValuesVehicle } from "./entities/values-typeorm.entities";

type Write = () => Promise<unknown>;

/** What a write left in `entity`'s table (raw rows, `ignore` columns left out), or the error it threw. */
async function outcomeOf(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  write: Write,
  ignore: readonly string[],
  prepare: Write = async () => undefined,
): Promise<{ rows: Record<string, unknown>[] } | { error: unknown }> {
  await clearTable(dataSource, entity);
  await prepare();
  try {
    await write();
  } catch (error) {
    return { error };
  }
  return { rows: await readRaw(dataSource, entity, ignore) };
}

/**
 * The oracle: the bulk write leaves the same raw rows as TypeORM's own write, or, where
 * TypeORM's write fails (or `refused` says the bulk call refuses), rejects with a BulkError.
 */
async function expectSameAsTypeorm(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  typeorm: Write,
  bulk: Write,
  options: { ignore?: readonly string[]; prepare?: Write; refused?: boolean } = {},
): Promise<void> {
  const ignore = options.ignore ?? ["id"];
  const expected = await outcomeOf(dataSource, entity, typeorm, ignore, options.prepare);
  const actual = await outcomeOf(dataSource, entity, bulk, ignore, options.prepare);
  if ("error" in expected || options.refused) {
    expect("error" in actual ? actual.error : actual.rows).toBeInstanceOf(BulkError);
  } else {
    if ("error" in actual) throw actual.error;
    expect(actual.rows).toEqual(expected.rows);
  }
}

/** A generic error-free row read of a table (for rows whose order is the id's). */
function ids(rows: Record<string, unknown>[]): number[] {
  return rows.map((r) => Number(r["id"]));
}

describeEachDatabase("item 8: a JSON document column is written as TypeORM writes it (SQLite's jsonb as a JSONB blob)", (db) => {
  const { ValuesDoc: Doc, ValuesDocText: DocText } = jsonEntity(db.family, typeormMajor);
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await db.connect([Doc, DocText]);
  });
  afterAll(() => disconnect(dataSource));
  const doc = { a: [1, 2, { b: "c" }], s: "x", n: null };

  it("on insert", async () => {
    const rows = () => [{ code: "a", doc }, { code: "b", doc: null }, { code: "c" }];
    await expectSameAsTypeorm(
      dataSource,
      Doc,
      () => dataSource.getRepository(Doc).insert(rows() as never),
      () => bulkInsertMappings(dataSource, Doc, rows()),
    );
  });

  it("on upsert", async () => {
    const prepare = () => dataSource.getRepository(Doc).insert({ code: "a", doc: { old: true } });
    const rows = () => [{ code: "a", doc }, { code: "b", doc: [1, "two"] }];
    await expectSameAsTypeorm(
      dataSource,
      Doc,
      () => dataSource.getRepository(Doc).upsert(rows() as never, ["code"]),
      () => bulkInsertMappings(dataSource, Doc, rows(), { onConflict: { target: ["code"], update: ["doc"] } }),
      { prepare },
    );
  });

  it("by another entity mapping the same table as text, after a write of the JSON one", async () => {
    const rows = () => [{ code: "a", doc: "[1,2]" }];
    await bulkInsertMappings(dataSource, Doc, [{ code: "z", doc }]); // leaves its statement in the cache
    await expectSameAsTypeorm(
      dataSource,
      DocText,
      () => dataSource.getRepository(DocText).insert(rows()),
      () => bulkInsertMappings(dataSource, DocText, rows()),
    );
  });

  it("on update", async () => {
    let id = 0;
    const prepare = async () => {
      id = (await dataSource.getRepository(Doc).save({ code: "a", doc: { old: true } })).id;
    };
    await expectSameAsTypeorm(
      dataSource,
      Doc,
      () => dataSource.getRepository(Doc).update(id, { doc }),
      () => bulkUpdateMappings(dataSource, Doc, [{ id, doc }]),
      { prepare },
    );
  });
}, everyDriver);

withEachDatabase("item 9: a row that leaves every column to its default", [ValuesDefaults], ({ dataSource }) => {
  const ignore = ["id", "createdAt"];

  it("is inserted, alone or between other rows, as TypeORM inserts it", async () => {
    const rows = () => [{}, { label: "x" }, {}, {}, { amount: 3 }, {}];
    await expectSameAsTypeorm(
      dataSource(),
      ValuesDefaults,
      () => dataSource().getRepository(ValuesDefaults).insert(rows()),
      () => bulkInsertMappings(dataSource(), ValuesDefaults, rows()),
      { ignore },
    );
    await expectSameAsTypeorm(
      dataSource(),
      ValuesDefaults,
      () => dataSource().getRepository(ValuesDefaults).insert([{}, {}]),
      () => bulkInsertMappings(dataSource(), ValuesDefaults, [{}, {}]),
      { ignore },
    );
  });

  it("returns generated keys in input order, with onConflict too", async () => {
    for (const onConflict of [undefined, "ignore", { target: ["id"], update: ["label"] }] as const) {
      await clearTable(dataSource(), ValuesDefaults);
      const result = await bulkInsertMappings(dataSource(), ValuesDefaults, [{}, { label: "x" }, {}, {}], {
        returning: true,
        onConflict,
      });
      const raw = await readRaw(dataSource(), ValuesDefaults);
      expect(raw.map((r) => r["label"])).toEqual(["none", "x", "none", "none"]);
      expect(result.identifiers).toEqual(ids(raw).map((id) => ({ id })));
      expect(result.inserted).toBe(4);
    }
  });

  it("is saved by bulkSaveObjects, ids written back", async () => {
    await clearTable(dataSource(), ValuesDefaults);
    const objects = [new ValuesDefaults(), new ValuesDefaults(), Object.assign(new ValuesDefaults(), { amount: 1 })];
    await bulkSaveObjects(dataSource(), objects, { returning: true });
    const raw = await readRaw(dataSource(), ValuesDefaults);
    expect(objects.map((o) => o.id)).toEqual(ids(raw));
    expect(objects[0]!.label).toBe("none");
  });
}, everyDriver);

withEachDatabase("item 10: bulkSaveObjects reads a lazy relation as TypeORM does", [ValuesCategory, ValuesPost], ({ dataSource }) => {
  let categoryId = 0;
  beforeAll(async () => {
    categoryId = (await dataSource().getRepository(ValuesCategory).save({ name: "c" })).id;
  });

  function post(title: string, category: unknown): ValuesPost {
    const object = new ValuesPost();
    object.title = title;
    (object as { category: unknown }).category = category;
    return object;
  }

  it("set to an object with its id, to a resolved Promise, or to null", async () => {
    const objects = () => [post("object", { id: categoryId }), post("null", null), post("none", undefined)];
    await expectSameAsTypeorm(
      dataSource(),
      ValuesPost,
      () => dataSource().getRepository(ValuesPost).save(objects()),
      () => bulkSaveObjects(dataSource(), objects()),
    );
    const promised = () => [post("promise", Promise.resolve({ id: categoryId }))];
    await expectSameAsTypeorm(
      dataSource(),
      ValuesPost,
      async () => dataSource().getRepository(ValuesPost).save(promised()),
      async () => {
        const input = promised();
        await Promise.resolve(); // as when awaited by the caller: the setter's then() has run
        return bulkSaveObjects(dataSource(), input);
      },
    );
  });

  it("on an instance from repository.create(), whose lazy accessor is its own property", async () => {
    const objects = () => [
      Object.assign(dataSource().getRepository(ValuesPost).create(), { title: "created", category: { id: categoryId } }),
      Object.assign(dataSource().getRepository(ValuesPost).create(), { title: "created, no category" }),
    ];
    await expectSameAsTypeorm(
      dataSource(),
      ValuesPost,
      () => dataSource().getRepository(ValuesPost).save(objects()),
      () => bulkSaveObjects(dataSource(), objects()),
    );
  });

  it("in a mapping: an object or an id", async () => {
    const rows = () => [
      { title: "object", category: { id: categoryId } },
      { title: "id", category: categoryId },
    ];
    await expectSameAsTypeorm(
      dataSource(),
      ValuesPost,
      () => dataSource().getRepository(ValuesPost).insert(rows() as never),
      () => bulkInsertMappings(dataSource(), ValuesPost, rows() as never),
    );
  });

  it("refuses a Promise still pending, and a Promise in a mapping, with a BulkError", async () => {
    const pending = post("pending", new Promise(() => undefined));
    await expect(bulkSaveObjects(dataSource(), [pending])).rejects.toThrow(BulkError);
    const mapping = { title: "mapped promise", category: Promise.resolve({ id: categoryId }) };
    await expect(bulkInsertMappings(dataSource(), ValuesPost, [mapping] as never)).rejects.toThrow(/Promise/);
  });
}, everyDriver);

withEachDatabase("item 12: an STI root accepts the keys of every child's same-named embedded", [ValuesVehicle, ValuesCar, ValuesPlane], ({ dataSource }) => {
  it.each([
    ["the root", () => ValuesVehicle, { engine: { horsePower: 100, torque: 200, beep: 1, boop: 2 } }],
    ["a child", () => ValuesCar, { engine: { horsePower: 100, torque: 200 } }],
    ["the other child", () => ValuesPlane, { engine: { beep: 1, boop: 2 } }],
  ])("writing %s", async (_title, target, row) => {
    const entity = target();
    await expectSameAsTypeorm(
      dataSource(),
      ValuesVehicle,
      () => dataSource().getRepository(entity).insert([row] as never),
      () => bulkInsertMappings(dataSource(), entity, [row] as never),
    );
  });
}, everyDriver);

withEachDatabase("item 14: a relation inside an embedded next to its own join-column property", [ValuesAvatar, ValuesUser], ({ dataSource }) => {
  let avatarId = 0;
  beforeAll(async () => {
    avatarId = (await dataSource().getRepository(ValuesAvatar).save({ url: "a.png" })).id;
  });

  const rows = () => [
    { name: "object", profile: { avatar: { id: avatarId } } },
    { name: "join column", profile: { avatarId } },
    { name: "top", topAvatar: { id: avatarId }, profile: {} },
    { name: "top column", topAvatarId: avatarId },
  ];

  it("is written from the related object or the join-column property", async () => {
    await clearTable(dataSource(), ValuesUser);
    await bulkInsertMappings(dataSource(), ValuesUser, rows());
    const raw = await readRaw(dataSource(), ValuesUser);
    const inProfile = dataSource().getMetadata(ValuesUser).findColumnWithPropertyPath("profile.avatarId")!.databaseName;
    expect(raw.map((r) => [r[inProfile], r["topAvatarId"]])).toEqual([
      [avatarId, null],
      [avatarId, null],
      [null, avatarId],
      [null, avatarId],
    ]);
  });

  // TypeORM 0.3 writes NULL for the first row (its issue 12725, fixed in 1.x): bulk writes the id on both.
  (typeormMajor >= 1 ? it : it.skip)("as TypeORM 1.x's insert writes it", async () => {
    await expectSameAsTypeorm(
      dataSource(),
      ValuesUser,
      () => dataSource().getRepository(ValuesUser).insert(rows()),
      () => bulkInsertMappings(dataSource(), ValuesUser, rows()),
    );
  });
}, everyDriver);

withEachDatabase("values reaching the driver after the column's conversion", [ValuesScalar], ({ db, dataSource }) => {
  const repository = () => dataSource().getRepository(ValuesScalar);
  const same = (rows: () => ObjectLiteral[], refused = false) =>
    expectSameAsTypeorm(dataSource(), ValuesScalar, () => repository().insert(rows()), () => bulkInsertMappings(dataSource(), ValuesScalar, rows()), {
      refused,
    });

  it("item 13: a boolean through a pass-through transformer is written as TypeORM writes it", async () => {
    await same(() => [{ flag: true }, { flag: false }, { code: "x", flag: null }]);
  });

  it("item 15: non-finite numbers, invalid Dates, symbols and huge bigints are checked after the transformer", async () => {
    await same(() => [{ measured: Infinity }, { measured: -Infinity }, { measured: 1.5 }]);
    await same(() => [{ checked: NaN }, { checked: new Date(NaN) }, { checked: Symbol("s") }, { checked: 2n ** 70n }]);
  });

  it("item 15: a non-finite number the database would get is still refused", async () => {
    await expect(bulkInsertMappings(dataSource(), ValuesScalar, [{ flag: NaN }])).rejects.toThrow(BulkError);
  });

  it("item 2: an array for a scalar column is converted as TypeORM converts it or refused; never more rows", async () => {
    const rows = () => [
      { code: ["a", "b"] as unknown as string, loose: "row0" },
      { code: ["c", "d"] as unknown as string, loose: "row1" },
    ];
    // SQLite: node-sqlite3 writes "[object Object]" and better-sqlite3 fails, so the bulk call refuses the row.
    await same(rows, db.family === "sqlite");
    if (db.family === "sqlite") {
      await expect(bulkInsertMappings(dataSource(), ValuesScalar, rows())).rejects.toMatchObject({ key: "code", rowIndex: 0 });
    }
  });

  it("numbers in a text column are stored as TypeORM's literal would be (5, not 5.0)", async () => {
    await same(() => [{ code: 5 as unknown as string }, { code: 2 ** 40 as unknown as string }, { code: 0.5 as unknown as string }, { loose: 7 }]);
  });

  it("a Date reaching the driver is written as TypeORM writes it", async () => {
    await same(() => [{ loose: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)) }]);
  });
}, everyDriver);
