import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type DataSource,
} from "typeorm";
import { bulkInsertMappings, bulkSaveObjects, bulkUpdateMappings } from "../../src";
import { withEachDatabase } from "../support/databases";
import { clearTable, readRaw } from "../support/rows";

// Issue 8, items 5 and 6: saving objects over stored rows, and one key updated twice in a call.

@Entity("su_doc")
class SuDoc {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 100 })
  title!: string;

  @Column({ type: "varchar", length: 100, nullable: true })
  note!: string | null;

  @Column()
  @Generated("uuid")
  token!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}

const PAST = "2001-02-03 04:05:06";

function table(dataSource: DataSource): string {
  return dataSource.getMetadata(SuDoc).tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".");
}

/** Sets both dates of every row to a fixed past time, so that a moved update date shows. */
async function agePast(dataSource: DataSource): Promise<void> {
  const q = (name: string) => dataSource.driver.escape(name);
  await dataSource.query(`UPDATE ${table(dataSource)} SET ${q("createdAt")} = '${PAST}', ${q("updatedAt")} = '${PAST}'`);
}

/** What a row looks like apart from its key: the dates as "moved" or not, the uuid as "kept" or not. */
async function shape(dataSource: DataSource, id: number, before: SuDoc): Promise<Record<string, unknown>> {
  const row = await dataSource.getRepository(SuDoc).findOneByOrFail({ id });
  return {
    title: row.title,
    note: row.note,
    version: row.version,
    tokenKept: row.token === before.token,
    createdKept: row.createdAt.getTime() === before.createdAt.getTime(),
    updatedMoved: row.updatedAt.getTime() !== before.updatedAt.getTime(),
  };
}

withEachDatabase("bulkSaveObjects over a stored row does what repository.save does (#5)", [SuDoc], ({ dataSource }) => {
  beforeEach(() => clearTable(dataSource(), SuDoc));

  /** Two equal stored rows, aged: one for TypeORM's save, one for the bulk call. */
  async function twoStored(): Promise<[SuDoc, SuDoc]> {
    const repository = dataSource().getRepository(SuDoc);
    const [a, b] = await repository.save([
      Object.assign(new SuDoc(), { title: "t", note: "n" }),
      Object.assign(new SuDoc(), { title: "t", note: "n" }),
    ]);
    await agePast(dataSource());
    return [await repository.findOneByOrFail({ id: a!.id }), await repository.findOneByOrFail({ id: b!.id })];
  }

  it("a fully loaded entity: version + 1, update date moved, create date and uuid kept", async () => {
    const [a, b] = await twoStored();
    const repository = dataSource().getRepository(SuDoc);
    await repository.save(Object.assign(await repository.findOneByOrFail({ id: a.id }), { title: "changed" }));
    const result = await bulkSaveObjects(dataSource(), [Object.assign(await repository.findOneByOrFail({ id: b.id }), { title: "changed" })]);
    expect(result).toMatchObject({ inserted: 0, updated: 1 });
    const expected = await shape(dataSource(), a.id, a);
    expect(expected).toMatchObject({ version: 2, tokenKept: true, createdKept: true, updatedMoved: true });
    expect(await shape(dataSource(), b.id, b)).toEqual(expected);
  });

  it("an object with its key and columns but no version, uuid or dates: the same", async () => {
    const [a, b] = await twoStored();
    await dataSource().getRepository(SuDoc).save(Object.assign(new SuDoc(), { id: a.id, title: "t", note: "changed" }));
    await bulkSaveObjects(dataSource(), [Object.assign(new SuDoc(), { id: b.id, title: "t", note: "changed" })]);
    const expected = await shape(dataSource(), a.id, a);
    expect(expected).toMatchObject({ title: "t", note: "changed", version: 2, tokenKept: true, updatedMoved: true });
    expect(await shape(dataSource(), b.id, b)).toEqual(expected);
  });

  it("with returning, the object gets the stored row's new version, uuid and dates back", async () => {
    const [, b] = await twoStored();
    const object = Object.assign(new SuDoc(), { id: b.id, title: "back" });
    await bulkSaveObjects(dataSource(), [object], { returning: true });
    const stored = await dataSource().getRepository(SuDoc).findOneByOrFail({ id: b.id });
    expect(object).toMatchObject({ version: 2, token: stored.token, createdAt: stored.createdAt, updatedAt: stored.updatedAt });
    expect(stored.token).toBe(b.token);
  });

  it("an object whose key is not stored yet is inserted at version 1 with a fresh uuid", async () => {
    const [a] = await twoStored();
    const id = a.id + 100;
    await dataSource().getRepository(SuDoc).save(Object.assign(new SuDoc(), { id, title: "new" }));
    await bulkSaveObjects(dataSource(), [Object.assign(new SuDoc(), { id: id + 1, title: "new" })]);
    const all = await dataSource().getRepository(SuDoc).find({ order: { id: "ASC" } });
    const viaSave = all.find((row) => row.title === "new" && row.id !== id + 1) ?? all.find((row) => row.id === id);
    const viaBulk = all.find((row) => row.id === id + 1);
    expect(all.map((row) => row.id)).toEqual([a.id, a.id + 1, viaSave!.id, id + 1]);
    expect(viaSave).toMatchObject({ title: "new", version: 1 });
    expect(viaBulk).toMatchObject({ title: "new", version: 1 });
    expect(viaBulk!.token).toMatch(/^[0-9a-f-]{36}$/i);
    expect(viaBulk!.token).not.toBe(viaSave!.token);
    expect(viaBulk!.token).not.toBe(a.token);
  });
});

withEachDatabase("bulkUpdateMappings with one key twice leaves what per-row update() calls in order leave (#6)", [SuDoc], ({ dataSource }) => {
  beforeEach(() => clearTable(dataSource(), SuDoc));

  const seed = () => Array.from({ length: 4 }, (_, i) => ({ id: i + 1, title: `t${i}`, note: `n${i}`, token: `00000000-0000-4000-8000-00000000000${i}` }));
  const changes = [
    { id: 1, title: "first" },
    { id: 2, title: "other" },
    { id: 1, title: "second" },
    { id: 3, note: "x" },
    { id: 3, note: "y" },
    { id: 1, title: "third" },
    { id: 9, title: "nobody" },
  ];

  it("every database keeps the later value and counts each matching input row", async () => {
    await bulkInsertMappings(dataSource(), SuDoc, seed());
    for (const { id, ...change } of changes) await dataSource().getRepository(SuDoc).update(id, change);
    const expected = await readRaw(dataSource(), SuDoc, ["createdAt", "updatedAt"]);

    await clearTable(dataSource(), SuDoc);
    await bulkInsertMappings(dataSource(), SuDoc, seed());
    const result = await bulkUpdateMappings(dataSource(), SuDoc, changes);
    expect(await readRaw(dataSource(), SuDoc, ["createdAt", "updatedAt"])).toEqual(expected);
    expect(expected.find((row) => row["id"] === 1)).toMatchObject({ title: "third", version: 4 });
    expect(result.updated).toBe(6);
  });

  it("a key given again with different letter case or as text is still applied in order", async () => {
    await bulkInsertMappings(dataSource(), SuDoc, seed());
    await bulkUpdateMappings(dataSource(), SuDoc, [
      { id: 2, title: "a" },
      { id: "2", title: "b" },
    ]);
    expect(await dataSource().getRepository(SuDoc).findOneByOrFail({ id: 2 })).toMatchObject({ title: "b", version: 3 });
  });
});
