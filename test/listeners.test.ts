import { bulkInsertMappings, bulkSaveObjects, BulkError } from "../src";
import { Audited, AuditedChild, AuditSubscriber, auditLog } from "./support/audited.entities";
import { describeEachDatabase, disconnect } from "./support/databases";
import { clearTable, countRows } from "./support/rows";
import type { DataSource } from "typeorm";

describeEachDatabase("bulk calls skip the unit of work", (db) => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await db.connect([Audited, AuditedChild], { subscribers: [AuditSubscriber] });
  });
  afterAll(() => disconnect(dataSource));
  beforeEach(async () => {
    await clearTable(dataSource, AuditedChild);
    await clearTable(dataSource, Audited);
    auditLog.length = 0;
  });

  it("the audit entities do record listener and subscriber calls when TypeORM saves", async () => {
    await dataSource.getRepository(Audited).save(Object.assign(new Audited(), { name: "saved" }));
    expect(auditLog).toEqual(expect.arrayContaining(["@BeforeInsert", "@AfterInsert", "subscriber.beforeInsert"]));
  });

  it("calls no entity listener and no subscriber, for mappings and for objects", async () => {
    await bulkInsertMappings(dataSource, Audited, [{ name: "a" }, { name: "b" }]);
    await bulkSaveObjects(dataSource, [Object.assign(new Audited(), { name: "c" })], { returning: true });
    expect(auditLog).toEqual([]);
    expect(await countRows(dataSource, Audited)).toBe(3);
  });

  it("does not cascade: children of a saved object stay unwritten", async () => {
    const parent = Object.assign(new Audited(), {
      name: "parent",
      children: [Object.assign(new AuditedChild(), { name: "child" })],
    });
    await bulkSaveObjects(dataSource, [parent]);
    expect(await countRows(dataSource, Audited)).toBe(1);
    expect(await countRows(dataSource, AuditedChild)).toBe(0);
  });

  it("does not cascade: a related object without id is an error, and nothing is written", async () => {
    const orphan = Object.assign(new AuditedChild(), {
      name: "child",
      parent: Object.assign(new Audited(), { name: "unsaved parent" }),
    });
    const error = await bulkSaveObjects(dataSource, [orphan]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkError);
    expect((error as BulkError).message).toMatch(/AuditedChild: row 0, key "parent": related Audited has no id/);
    expect(await countRows(dataSource, Audited)).toBe(0);
    expect(await countRows(dataSource, AuditedChild)).toBe(0);
  });

  it("does not track: objects saved without returning are left as they were", async () => {
    const object = Object.assign(new Audited(), { name: "untracked" });
    await bulkSaveObjects(dataSource, [object]);
    expect(object).toEqual(Object.assign(new Audited(), { name: "untracked" }));
  });
});
