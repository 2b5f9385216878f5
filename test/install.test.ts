import { DataSource, EntityManager, Repository } from "typeorm";
import { BulkError, bulkInsertMappings, installBulk } from "../src";
import { Role, User } from "../entities";
import { withEachDatabase } from "./support/databases";
import { clearTable, countRows } from "./support/rows";

withEachDatabase("installBulk adds the bulk methods to EntityManager and Repository", [Role, User], ({ dataSource }) => {
  beforeAll(() => {
    installBulk();
    installBulk(); // idempotent
  });
  beforeEach(async () => {
    await clearTable(dataSource(), User);
    await clearTable(dataSource(), Role);
  });

  it("defines the methods once, not enumerable", () => {
    for (const prototype of [EntityManager.prototype, Repository.prototype]) {
      for (const name of ["bulkInsertMappings", "bulkSaveObjects", "bulkUpdateMappings"]) {
        expect(Object.getOwnPropertyDescriptor(prototype, name)).toMatchObject({ enumerable: false });
      }
    }
  });

  it("manager.bulkInsertMappings and manager.bulkSaveObjects", async () => {
    const manager = dataSource().manager;
    await manager.bulkInsertMappings(Role, [{ id: 1, name: "r1" }, { id: 2, name: "r2" }]);
    await manager.bulkInsertMappings(User, [{ username: "john", role: 1 }, { username: "mary", role: { id: 2 } }]);
    await manager.bulkSaveObjects([Object.assign(new User(), { username: "susan" })]);
    expect(await countRows(dataSource(), User)).toBe(3);
  });

  it("repository.bulkInsertMappings and repository.bulkSaveObjects", async () => {
    const users = dataSource().getRepository(User);
    await users.bulkInsertMappings([{ username: "r-john" }]);
    await users.bulkSaveObjects([Object.assign(new User(), { username: "r-susan" })]);
    expect(await users.count()).toBe(2);
  });

  it("a custom repository made with extend() has them too", async () => {
    const custom = dataSource().getRepository(User).extend({ byName: (n: string) => n });
    await custom.bulkInsertMappings([{ username: "extended" }]);
    expect(await custom.count()).toBe(1);
  });

  it("works inside manager.transaction, joining it, and a rollback removes the rows", async () => {
    await dataSource()
      .transaction(async (manager) => {
        await manager.bulkInsertMappings(User, [{ username: "in-tx" }]);
        expect(await manager.count(User)).toBe(1);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await countRows(dataSource(), User)).toBe(0);
  });
});

describe("unsupported databases", () => {
  it("get a clear error, not wrong SQL", async () => {
    // cockroachdb: its driver package (pg) is installed, so the DataSource can be constructed
    const dataSource = new DataSource({ type: "cockroachdb", entities: [Role, User], timeTravelQueries: false });
    const error = await bulkInsertMappings(dataSource, User, [{ username: "x" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkError);
    expect((error as BulkError).message).toMatch(/^unsupported database "cockroachdb"/);
  });
});
