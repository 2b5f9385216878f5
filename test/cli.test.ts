import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DataSource } from "typeorm";
import { Role, User } from "../entities";
import { featureEntities } from "../entities/feature-row.entity";
import { allDatabases, disconnect } from "./support/databases";
import { postgresSettings } from "./support/servers";

// The command is spawned as users run it, from source through ts-node. These tests run in the
// TypeORM 0.3 project only (see jest.config.js): a child process doesn't see jest's mapping.

const root = path.join(__dirname, "..");
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "typeorm-bulk-cli-"));
const sqliteFile = path.join(directory, "cli.sqlite");
const features = featureEntities("sqlite");

function write(name: string, text: string): string {
  const file = path.join(directory, name);
  fs.writeFileSync(file, text);
  return file;
}

function typeormBulk(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "src/cli/main.ts", ...args, "--data-source", "test/fixtures/cli-data-source.ts"],
    { cwd: root, encoding: "utf8", input, env: { ...process.env, CLI_SQLITE_FILE: sqliteFile, ...env } },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("typeorm-bulk load (SQLite)", () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({ type: "sqlite", database: sqliteFile, entities: [Role, User, ...features.entities], synchronize: true });
    await dataSource.initialize();
    await dataSource.getRepository(Role).insert([{ name: "admin" }, { name: "guest" }]);
  });
  afterAll(() => disconnect(dataSource));
  beforeEach(() => dataSource.query(`DELETE FROM "user"`));

  it("loads a CSV file, exits 0 and prints a summary line", () => {
    const file = write("users.csv", "username,email,role\nann,ann@x,1\nbob,,2\ncat,cat@x,\n");
    const { code, stderr } = typeormBulk(["load", file, "--entity", "User"]);
    expect(stderr).toMatch(/^loaded 3 rows into "user" in \d+\.\d s \([\d ]+ rows\/s\)\n$/);
    expect(code).toBe(0);
    return expect(dataSource.query(`SELECT username, email, roleId FROM "user" ORDER BY username`)).resolves.toEqual([
      { username: "ann", email: "ann@x", roleId: 1 },
      { username: "bob", email: null, roleId: 2 },
      { username: "cat", email: "cat@x", roleId: null },
    ]);
  });

  it("stops at a value that doesn't fit, naming file, line, column and value; exits 1; writes nothing", async () => {
    const file = write("bad.csv", "username,email,role\nann,a@x,1\nbob,b@x,abc\n");
    const { code, stderr } = typeormBulk(["load", file, "--entity", "User", "--batch-size", "1"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:3: column "role" (integer): "abc" is not an integer`);
    expect(await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`)).toEqual([{ n: 0 }]);
  });

  it("exits 2 on usage errors", () => {
    const file = write("ok.csv", "username\nx\n");
    expect(typeormBulk(["load", file, "--entity", "Nope"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no entity named "Nope"/) });
    expect(typeormBulk(["load", file]).code).toBe(2);
    expect(typeormBulk(["load", file, "--entity", "User", "--batch-size", "zero"]).code).toBe(2);
    expect(typeormBulk(["load", path.join(directory, "missing.csv"), "--entity", "User"]).code).toBe(2);
    expect(typeormBulk(["load", "-", "--entity", "User"], {}, "").code).toBe(2);
  });

  it("--dry-run prints the statements with values inlined and a plan, and writes nothing", async () => {
    const file = write("dry.csv", "username,email,role\nann,it's,1\nbob,,2\n");
    const { code, stdout, stderr } = typeormBulk(["load", file, "--entity", "User", "--dry-run"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`INSERT INTO "user" ("username", "email", "roleId") VALUES ('ann', 'it''s', 1), ('bob', NULL, 2);\n`);
    expect(stderr).toMatch(/plan: 1 statement\(s\) on sqlite/);
    expect(stderr).toMatch(/rows per statement: 2/);
    expect(stderr).toMatch(/bind parameters per statement: 6/);
    expect(await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`)).toEqual([{ n: 0 }]);
  });

  it("reads NDJSON from standard input with --format, and --on-conflict ignore", async () => {
    const input = ['{"username":"ann","role":1}', '{"username":"ann","role":2}', '{"username":"bob"}'].join("\n");
    const { code, stderr } = typeormBulk(["load", "-", "--format", "ndjson", "--entity", "User", "--on-conflict", "ignore"], {}, input);
    expect(stderr).toMatch(/^loaded 2 rows/);
    expect(code).toBe(0);
  });

  it("fills embedded properties from dotted headers and converts cells by column type", async () => {
    await dataSource.query(`DELETE FROM "feature_row"`);
    const file = write(
      "features.csv",
      'title,name.first,flag,counter,doc,day,color,tags,amount\n"A, quoted",Ada,true,5,"{""k"":[1]}",2024-02-29,blue,"x,y",1.25\nB,,0,,,,,,\n',
    );
    const { code, stderr } = typeormBulk(["load", file, "--entity", "FeatureRow", "--quiet"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const rows = await dataSource.getRepository(features.FeatureRow).find({ order: { title: "ASC" } });
    expect(rows.map((r) => [r.title, r.name.first, r.flag, r.counter, r.doc, r.day, r.color, r.tags, r.amount])).toEqual([
      ["A, quoted", "Ada", true, 5, { k: [1] }, "2024-02-29", "blue", ["x", "y"], 1.25],
      ["B", null, false, 7, null, null, "red", null, null],
    ]);
  });
});

const postgres = allDatabases.find((db) => db.family === "postgres")!;

(postgres.available ? describe : describe.skip)("typeorm-bulk load (PostgreSQL, COPY)", () => {
  const schema = `cli_${process.pid}`;
  let dataSource: DataSource;
  beforeAll(async () => {
    const { user, ...settings } = postgresSettings;
    const admin = new DataSource({ type: "postgres", ...settings, username: user });
    await admin.initialize();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.destroy();
    dataSource = new DataSource({ type: "postgres", ...settings, username: user, schema, entities: [Role, User], synchronize: true });
    await dataSource.initialize();
    await dataSource.getRepository(Role).insert({ name: "admin" });
  });
  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
    await disconnect(dataSource);
  });

  it("loads through COPY with --method copy", async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `u${i},"tab\there, back\\\\slash ${i}",1`);
    const file = write("pg.csv", `username,email,role\n${lines.join("\n")}\n`);
    const { code, stderr } = typeormBulk(["load", file, "--entity", "User", "--method", "copy"], { CLI_DB: "postgres", CLI_SCHEMA: schema });
    expect(stderr).toMatch(/^loaded 3000 rows/);
    expect(code).toBe(0);
    const [row] = await dataSource.query(`SELECT email FROM "${schema}"."user" WHERE username = 'u7'`);
    expect(row.email).toBe("tab\there, back\\\\slash 7");
  });
});
