import { bulkSaveObjects } from "../src";
import { Role, User } from "../entities";
import { withEachDatabase } from "./support/databases";
import { clearTable, countRows } from "./support/rows";

function role(name: string, id?: number): Role {
  return Object.assign(new Role(), id === undefined ? { name } : { id, name });
}

function user(username: string, roleOf: Role | null = null): User {
  return Object.assign(new User(), { username, role: roleOf });
}

withEachDatabase("bulkSaveObjects", [Role, User], ({ dataSource }) => {
  beforeEach(async () => {
    await clearTable(dataSource(), User);
    await clearTable(dataSource(), Role);
  });

  it("inserts instances of several classes, each class in the order it first appears", async () => {
    const admin = role("admin", 10);
    const guest = role("guest", 11);
    const objects = [admin, user("ann", admin), guest, user("bob", guest), user("cat", admin)];
    const result = await bulkSaveObjects(dataSource(), objects);
    expect(result).toMatchObject({ inserted: 5, batches: 2 });
    const users = await dataSource().getRepository(User).find({ relations: { role: true }, order: { username: "ASC" } });
    expect(users.map((u) => [u.username, u.role?.name])).toEqual([
      ["ann", "admin"],
      ["bob", "guest"],
      ["cat", "admin"],
    ]);
  });

  it("with returning, writes generated ids and dates back, so later objects can reference earlier ones", async () => {
    const editor = role("editor");
    const dan = user("dan", editor);
    const result = await bulkSaveObjects(dataSource(), [editor, dan], { returning: true });
    expect(editor.id).toEqual(expect.any(Number));
    expect(dan.id).toEqual(expect.any(Number));
    expect(dan.createdAt).toBeInstanceOf(Date);
    expect(result.identifiers).toEqual([{ id: editor.id }, { id: dan.id }]);
    const stored = await dataSource().getRepository(User).findOneOrFail({ where: { id: dan.id }, relations: { role: true } });
    expect(stored.role?.id).toBe(editor.id);
  });

  it("flushes referenced classes first when a buffer fills", async () => {
    const roles = Array.from({ length: 30 }, (_, i) => role(`r${i}`));
    const objects = roles.flatMap((r, i) => [r, user(`u${i}`, r)]);
    const result = await bulkSaveObjects(dataSource(), objects, { returning: true, batchSize: 7 });
    expect(result.inserted).toBe(60);
    expect(await countRows(dataSource(), User)).toBe(30);
  });

  it("works from a repository and an async source", async () => {
    async function* users() {
      for (let i = 0; i < 12; i++) yield user(`async-${i}`);
    }
    const result = await bulkSaveObjects(dataSource().manager, users(), { batchSize: 5 });
    expect(result).toMatchObject({ inserted: 12, batches: 3 });
  });
});
