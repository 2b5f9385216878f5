import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { bulkInsertMappings, BulkError } from "../src";
import { featureEntities } from "../entities/feature-row.entity";
import { Role, User } from "../entities";
import type { DataSource } from "typeorm";
import { describeEachDatabase, disconnect, type Family } from "./support/databases";
import { clearTable, countRows } from "./support/rows";

/** A table of large text values ("text" holds only 64 KB on MySQL). */
function documentEntity(family: Family) {
  @Entity("document")
  class Document {
    @PrimaryGeneratedColumn()
    id!: number;

    @Column({ type: family === "mysql" ? "longtext" : "text" })
    body!: string;
  }
  return Document;
}


describeEachDatabase("hostile input gives a BulkError or the exact value, never a wrong value", (db) => {
  const Document = documentEntity(db.family);
  let connected: DataSource;
  const dataSource = () => connected;
  beforeAll(async () => {
    connected = await db.connect([Role, User, Document]);
  });
  afterAll(() => disconnect(connected));

  beforeEach(async () => {
    await clearTable(dataSource(), User);
    await clearTable(dataSource(), Document);
  });

  async function rejected(rows: unknown[]): Promise<BulkError> {
    const error = await bulkInsertMappings(dataSource(), User, rows as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkError);
    expect(await countRows(dataSource(), User)).toBe(0);
    return error as BulkError;
  }

  it.each([
    ["__proto__", JSON.parse('{"username":"x","__proto__":{"polluted":true}}')],
    ["constructor", { username: "x", constructor: "y" }],
    ["prototype", { username: "x", prototype: {} }],
  ])("a %s key is an unknown key, and pollutes nothing", async (key, row) => {
    const error = await rejected([row]);
    expect(error.key).toBe(key);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it.each([
    ["NaN", Number.NaN, /NaN is not a finite number/],
    ["Infinity", Number.POSITIVE_INFINITY, /Infinity is not a finite number/],
    ["a symbol", Symbol("s"), /a symbol is not a value/],
    ["a function", () => "1", /functions \(raw SQL\) are not accepted/],
    ["an invalid Date", new Date("nope"), /an invalid Date is not a value/],
    ["a BigInt beyond 64 bits", 2n ** 70n, /does not fit in 64 bits/],
  ])("%s as a value", async (_name, value, message) => {
    const error = await rejected([{ username: "ok" }, { username: "x", role: value }]);
    expect(error).toMatchObject({ entity: "User", key: "role", rowIndex: 1 });
    expect(error.message).toMatch(message);
  });

  it("a string with a NUL byte is stored exactly, or refused where the database refuses it", async () => {
    const body = "before\u0000after";
    const result = await bulkInsertMappings(dataSource(), Document, [{ body }]).catch((e: unknown) => e);
    if (db.family === "postgres") {
      expect(result).toBeInstanceOf(BulkError);
      expect((result as Error).message).toMatch(/0x00/);
    } else {
      expect((await dataSource().getRepository(Document).findOneByOrFail({})).body).toBe(body);
    }
  });

  it("stores 1 MB text values exactly, with no statement over the packet limit", async () => {
    const bodies = Array.from({ length: 30 }, (_, i) => `${i}:${"é☃x".repeat(350_000)}`);
    const result = await bulkInsertMappings(dataSource(), Document, bodies.map((body) => ({ body })));
    expect(result.inserted).toBe(30);
    const stored = await dataSource().getRepository(Document).find({ order: { id: "ASC" } });
    expect(stored.map((d) => d.body)).toEqual(bodies);
    if (db.family === "mysql") expect(result.batches).toBeGreaterThan(1);
  });
});

describeEachDatabase("hostile input, feature columns", (db) => {
  const features = featureEntities(db.family);
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await db.connect(features.entities);
  });
  afterAll(() => disconnect(dataSource));

  it("a circular object in a json column", async () => {
    const circular: Record<string, unknown> = {};
    circular["self"] = circular;
    const error = await bulkInsertMappings(dataSource, features.FeatureRow, [{ title: "t", simpleJson: circular }]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BulkError);
    expect((error as Error).message).toMatch(/key "simpleJson": cannot be converted: .*circular/i);
  });

  it("unicode, control characters, empty and very long strings round-trip exactly", async () => {
    const notes = ["", " ", "\t\n\r", "\u0001\u001f\u007f", "emoji 😀 and ﬁ ligature", "\\N", "\\", "'; DROP TABLE feature_row; --", "z".repeat(60_000)];
    await bulkInsertMappings(dataSource, features.FeatureRow, notes.map((note, i) => ({ title: `t${i}`, note })));
    const rows = await dataSource.getRepository(features.FeatureRow).find({ order: { id: "ASC" } });
    expect(rows.map((r) => r.note)).toEqual(notes);
  });
});
