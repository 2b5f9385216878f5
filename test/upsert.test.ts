import { bulkInsertMappings, bulkSaveObjects, BulkError } from "../src";
import { Membership, Role, User } from "../entities";
import { withEachDatabase } from "./support/databases";
import { clearTable, countRows } from "./support/rows";

withEachDatabase("onConflict on insert", [Role, User, Membership], ({ db, dataSource }) => {
  beforeEach(async () => {
    await clearTable(dataSource(), User);
    await clearTable(dataSource(), Role);
    await clearTable(dataSource(), Membership);
  });

  describe('"error" (the default)', () => {
    it("fails the call on a duplicate and writes nothing", async () => {
      await bulkInsertMappings(dataSource(), Role, [{ name: "taken" }]);
      const error = await bulkInsertMappings(dataSource(), Role, [{ name: "new" }, { name: "taken" }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BulkError);
      expect(await countRows(dataSource(), Role)).toBe(1);
    });
  });

  describe('"ignore"', () => {
    it("skips rows that hit a unique key and counts the rest exactly", async () => {
      await bulkInsertMappings(dataSource(), Role, [{ name: "a" }, { name: "b" }]);
      const result = await bulkInsertMappings(dataSource(), Role, [{ name: "b" }, { name: "c" }, { name: "c" }, { name: "d" }], {
        onConflict: "ignore",
      });
      expect(result).toMatchObject({ inserted: 2, updated: 0 });
      expect((await dataSource().getRepository(Role).find({ order: { name: "ASC" } })).map((r) => r.name)).toEqual(["a", "b", "c", "d"]);
    });

    it("with returning, gives null for an ignored row and the key of every inserted row, in input order", async () => {
      await bulkInsertMappings(dataSource(), Role, [{ name: "exists" }]);
      const result = await bulkInsertMappings(dataSource(), Role, [{ name: "x" }, { name: "exists" }, { name: "y" }], {
        onConflict: "ignore",
        returning: true,
      });
      const ids = new Map((await dataSource().getRepository(Role).find()).map((r) => [r.name, r.id]));
      expect(result.identifiers).toEqual([{ id: ids.get("x") }, null, { id: ids.get("y") }]);
    });

    if (db.family !== "sqlite") {
      it("does not hide other errors (a value too long for its column)", async () => {
        const error = await bulkInsertMappings(dataSource(), Role, [{ name: "x".repeat(300) }], { onConflict: "ignore" }).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(BulkError);
        expect(await countRows(dataSource(), Role)).toBe(0);
      });
    }
  });

  describe("upsert { target, update }", () => {
    it("overwrites the chosen columns of existing rows, inserts the rest, and counts both exactly", async () => {
      await bulkInsertMappings(dataSource(), User, [{ username: "ann", email: "old@x" }, { username: "bob", email: "bob@x" }]);
      const result = await bulkInsertMappings(
        dataSource(),
        User,
        [{ username: "ann", email: "new@x" }, { username: "cat", email: "cat@x" }],
        { onConflict: { target: ["username"], update: ["email"] } },
      );
      expect(result).toMatchObject({ inserted: 1, updated: 1 });
      const users = await dataSource().getRepository(User).find({ order: { username: "ASC" } });
      expect(users.map((u) => [u.username, u.email])).toEqual([
        ["ann", "new@x"],
        ["bob", "bob@x"],
        ["cat", "cat@x"],
      ]);
    });

    it("names a relation in update by its property or its join column, as rows may", async () => {
      const [admin, guest] = await dataSource().getRepository(Role).save([{ name: "admin" }, { name: "guest" }]);
      await bulkInsertMappings(dataSource(), User, [{ username: "ann", role: admin!.id }]);
      for (const [relation, role] of [["roleId", guest!], ["role", admin!]] as const) {
        await bulkInsertMappings(dataSource(), User, [{ username: "ann", roleId: role.id }], { onConflict: { target: ["username"], update: [relation] } });
        const [ann] = await dataSource().getRepository(User).find({ relations: { role: true } });
        expect(ann!.role!.name).toBe(role.name);
      }
    });

    it("conflicts on the primary key by default (composite here) and moves version and update date", async () => {
      await bulkInsertMappings(dataSource(), Membership, [{ groupId: 1, member: "ann", level: "a", points: 1 }]);
      const before = await dataSource().getRepository(Membership).findOneByOrFail({ groupId: 1, member: "ann" });
      const result = await bulkInsertMappings(
        dataSource(),
        Membership,
        [{ groupId: 1, member: "ann", level: "A", points: 99 }, { groupId: 2, member: "ann", level: "new" }],
        { onConflict: { update: ["level"] } },
      );
      expect(result).toMatchObject({ inserted: 1, updated: 1 });
      const after = await dataSource().getRepository(Membership).findOneByOrFail({ groupId: 1, member: "ann" });
      expect([after.level, after.points, after.version]).toEqual(["A", 1, 2]);
      expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    });

    it("with returning, gives the key of inserted and updated rows in input order", async () => {
      await bulkInsertMappings(dataSource(), User, [{ username: "bob" }]);
      const result = await bulkInsertMappings(dataSource(), User, [{ username: "new1" }, { username: "bob", email: "b@x" }, { username: "new2" }], {
        onConflict: { target: ["username"], update: ["email"] },
        returning: true,
      });
      const ids = new Map((await dataSource().getRepository(User).find()).map((u) => [u.username, u.id]));
      expect(result.identifiers).toEqual([{ id: ids.get("new1") }, { id: ids.get("bob") }, { id: ids.get("new2") }]);
      expect(result).toMatchObject({ inserted: 2, updated: 1 });
    });

    it("leaves the table as 'update if the key exists, else insert', row by row", async () => {
      const existing = Array.from({ length: 50 }, (_, i) => ({ groupId: i % 5, member: `m${i}`, level: "old", points: i }));
      await bulkInsertMappings(dataSource(), Membership, existing);
      const incoming = Array.from({ length: 100 }, (_, i) => ({ groupId: (i * 7) % 5, member: `m${i}`, level: `new${i}`, points: -i }));
      const expected = new Map(existing.map((r) => [`${r.groupId}/${r.member}`, { ...r }]));
      let inserted = 0;
      for (const row of incoming) {
        const key = `${row.groupId}/${row.member}`;
        const current = expected.get(key);
        if (current) current.level = row.level;
        else {
          expected.set(key, { ...row });
          inserted++;
        }
      }
      const result = await bulkInsertMappings(dataSource(), Membership, incoming, { onConflict: { update: ["level"] }, batchSize: 30 });
      expect(result).toMatchObject({ inserted, updated: incoming.length - inserted });
      const rows = await dataSource().getRepository(Membership).find();
      const actual = new Map(rows.map((r) => [`${r.groupId}/${r.member}`, { groupId: r.groupId, member: r.member, level: r.level, points: r.points }]));
      expect(actual).toEqual(expected);
    });

    it("rejects unknown or update: false properties", async () => {
      await expect(bulkInsertMappings(dataSource(), User, [{ username: "a" }], { onConflict: { update: ["nope"] } })).rejects.toThrow(
        /"nope" is not a column or relation of User/,
      );
    });
  });

  describe("bulkSaveObjects", () => {
    it("upserts objects that carry their primary key and inserts the others", async () => {
      await bulkInsertMappings(dataSource(), Role, [{ id: 1, name: "admin" }]);
      const renamed = Object.assign(new Role(), { id: 1, name: "root" });
      const fresh = Object.assign(new Role(), { name: "guest" });
      const result = await bulkSaveObjects(dataSource(), [renamed, fresh], { returning: true });
      expect(result).toMatchObject({ inserted: 1, updated: 1 });
      expect(fresh.id).toEqual(expect.any(Number));
      expect((await dataSource().getRepository(Role).find({ order: { id: "ASC" } })).map((r) => r.name)).toEqual(["root", "guest"]);
    });
  });
});
