import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as zlib from "node:zlib";
import * as os from "node:os";
import * as path from "node:path";
import { DataSource } from "typeorm";
import { bulkInsertMappings } from "../src";
import { dialectOf } from "../src/dialects/resolve-dialect";
import { Role, User } from "../entities";
import { featureEntities } from "../entities/feature-row.entity";
import { allDatabases, disconnect } from "./support/databases";
import { postgresSettings } from "./support/servers";
import { jsonBatchReader } from "./support/sqlite";

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

function typeormBulk(args: string[], env: Record<string, string> = {}, input?: string | Buffer) {
  const result = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "src/cli/main.ts", ...args, "--data-source", "test/fixtures/cli-data-source.ts"],
    { cwd: root, encoding: "utf8", input, maxBuffer: 1 << 30, env: { ...process.env, CLI_SQLITE_FILE: sqliteFile, ...env } },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SUMMARY = /^(\d+) rows read from .+ into "user" in \d+\.\d s \([\d ]+ rows\/s\): (\d+) inserted, (\d+) updated, (\d+) skipped\n$/;

function usersCsv(rows: number, bad?: { row: number; cell: string }): string {
  const lines = ["username,email,role"];
  for (let i = 0; i < rows; i++) lines.push(`u${i},u${i}@x,${i === bad?.row ? bad.cell : (i % 2) + 1}`);
  return `${lines.join("\n")}\n`;
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
    expect(stderr).toMatch(SUMMARY);
    expect(SUMMARY.exec(stderr)!.slice(1)).toEqual(["3", "3", "0", "0"]);
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
    expect(stderr).toContain(`${file}:3: input row 1: column "role" (integer): "abc" is not an integer`);
    expect(stderr).toContain("nothing was written");
    expect(await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`)).toEqual([{ n: 0 }]);
  });

  it("exits 2 on usage errors", () => {
    const file = write("ok.csv", "username\nx\n");
    expect(typeormBulk(["load", file, "--entity", "Nope"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no entity named "Nope"/) });
    expect(typeormBulk(["load", file]).code).toBe(2);
    expect(typeormBulk(["load", file, "--entity", "User", "--batch-size", "zero"]).code).toBe(2);
    expect(typeormBulk(["load", path.join(directory, "missing.csv"), "--entity", "User"]).code).toBe(2);
    expect(typeormBulk(["load", "-", "--entity", "User"], {}, "").code).toBe(2);
    expect(typeormBulk(["load", directory, "--entity", "User"])).toMatchObject({ code: 2, stderr: expect.stringContaining("is a directory") });
  });

  it("a property --on-conflict or --conflict-target doesn't know, or a target without update:, is a usage error (exit 2)", () => {
    const file = write("ok.csv", "username\nx\n");
    const load = (...options: string[]) => typeormBulk(["load", file, "--entity", "User", ...options]);
    expect(load("--on-conflict", "update:emial")).toMatchObject({ code: 2, stderr: expect.stringContaining('"emial" is not a column or relation of User') });
    expect(load("--on-conflict", "update:email", "--conflict-target", "usrname")).toMatchObject({ code: 2, stderr: expect.stringContaining('"usrname"') });
    expect(load("--conflict-target", "username")).toMatchObject({ code: 2, stderr: expect.stringContaining("--conflict-target goes with --on-conflict update:") });
  });

  it("--dry-run prints the statements with values inlined and a plan, and writes nothing", async () => {
    const file = write("dry.csv", "username,email,role\nann,it's,1\nbob,,2\n");
    const { code, stdout, stderr } = typeormBulk(["load", file, "--entity", "User", "--dry-run"]);
    expect(code).toBe(0);
    // exactly what would be sent: on node-sqlite3, the batch as one JSON parameter, read by
    // jsonb_each from SQLite 3.45 on (sqlite3 6), json_each before
    const reader = await jsonBatchReader(dataSource);
    expect(stdout).toBe(
      `INSERT INTO "user" ("username", "email", "roleId") SELECT value->>0, value->>1, value->>2 FROM ${reader}('[["ann","it''s",1],["bob",null,2]]') WHERE true;\n`,
    );
    expect(stderr).toMatch(/plan: 1 statement\(s\) on sqlite/);
    expect(stderr).toMatch(/rows per statement: 2/);
    expect(stderr).toMatch(/bind parameters per statement: 1/);
    expect(await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`)).toEqual([{ n: 0 }]);
  });

  it("reads NDJSON from standard input with --format, and --on-conflict ignore", async () => {
    const input = ['{"username":"ann","role":1}', '{"username":"ann","role":2}', '{"username":"bob"}'].join("\n");
    const { code, stderr } = typeormBulk(["load", "-", "--format", "ndjson", "--entity", "User", "--on-conflict", "ignore"], {}, input);
    expect(SUMMARY.exec(stderr)?.slice(1)).toEqual(["3", "2", "0", "1"]);
    expect(code).toBe(0);
  });

  it("NDJSON: a BOM is skipped, and a row the library refuses is named by file, line and input row", async () => {
    const good = write("bom.ndjson", '\ufeff{"username":"ann"}\n{"username":"bob"}\n');
    expect(typeormBulk(["load", good, "--entity", "User"]).code).toBe(0);
    const bad = write("typo.ndjson", '{"username":"cat"}\n\n{"username":"dan","emial":"d@x"}\n');
    const { code, stderr } = typeormBulk(["load", bad, "--entity", "User"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}:3: input row 1: User: row 1 has unknown key "emial"`);
    expect((await dataSource.query(`SELECT username FROM "user" ORDER BY username`)).map((r: { username: string }) => r.username)).toEqual(["ann", "bob"]);
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

  // issue 10, failure 4: the row and line of a bad cell far into the file
  it("names the right input row and line of a bad cell after several batches", async () => {
    const file = write("rowbug.csv", usersCsv(2000, { row: 600, cell: "abc" }));
    const { code, stderr } = typeormBulk(["load", file, "--entity", "User"]);
    expect(code).toBe(1);
    expect(stderr).toBe(`typeorm-bulk: ${file}:602: input row 600: column "role" (integer): "abc" is not an integer\n  nothing was written (the load runs in one transaction)\n`);
    expect(await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`)).toEqual([{ n: 0 }]);
  });

  // issue 10, failure 5
  it("--no-transaction with bad input says how many rows were committed, and that many are", async () => {
    const file = write("partial.csv", usersCsv(2000, { row: 1234, cell: "abc" }));
    const { code, stderr } = typeormBulk(["load", file, "--entity", "User", "--no-transaction", "--batch-size", "500"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:1236: input row 1234: column "role"`);
    const [{ n }] = await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`);
    expect(n).toBe(1000);
    expect(stderr).toContain(`\n  1000 row(s) were committed before the failure`);
  });

  // issue 10, failure 6
  it("reads gzip by its magic bytes, from a file and from standard input", async () => {
    const text = usersCsv(1500);
    const file = path.join(directory, "users.csv.gz");
    fs.writeFileSync(file, zlib.gzipSync(text));
    expect(SUMMARY.exec(typeormBulk(["load", file, "--entity", "User"]).stderr)?.slice(1)).toEqual(["1500", "1500", "0", "0"]);
    const fromStdin = typeormBulk(["load", "-", "--format", "csv", "--entity", "User", "--on-conflict", "ignore"], {}, zlib.gzipSync(text));
    expect(fromStdin.stderr).not.toMatch(/column/);
    expect(SUMMARY.exec(fromStdin.stderr)?.slice(1)).toEqual(["1500", "0", "0", "1500"]);
    expect(await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`)).toEqual([{ n: 1500 }]);
    const cut = path.join(directory, "cut.csv.gz");
    fs.writeFileSync(cut, zlib.gzipSync(text).subarray(0, 2000));
    expect(typeormBulk(["load", cut, "--entity", "User"])).toMatchObject({ code: 1, stderr: expect.stringContaining(`${cut}: its gzip data is cut short or damaged`) });
  });

  // issue 10, failure 8
  it("Ctrl-C during a --no-transaction load says how many rows were committed, and that many are", async () => {
    const child = spawn(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", "src/cli/main.ts", "load", "-", "--format", "ndjson", "--entity", "User", "--no-transaction", "--batch-size", "100", "--data-source", "test/fixtures/cli-data-source.ts"],
      { cwd: root, env: { ...process.env, CLI_SQLITE_FILE: sqliteFile } },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.stdin.write(Array.from({ length: 1000 }, (_, i) => JSON.stringify({ username: `sig${i}` })).join("\n") + "\n");
    // standard input stays open: the load waits for more rows once the ten batches are committed
    const count = async () => ((await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`)) as { n: number }[])[0]!.n;
    for (let waited = 0; (await count()) < 1000 && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toContain("typeorm-bulk: interrupted\n  at least 1000 row(s) were committed");
    expect(await count()).toBe(1000);
  });

  it("the summary says inserted, updated and skipped", async () => {
    const file = write("dupes.csv", usersCsv(1000));
    typeormBulk(["load", file, "--entity", "User", "--quiet"]);
    const more = write("more.csv", usersCsv(1200));
    const ignored = typeormBulk(["load", more, "--entity", "User", "--on-conflict", "ignore"]);
    expect(SUMMARY.exec(ignored.stderr)?.slice(1)).toEqual(["1200", "200", "0", "1000"]);
    const upserted = typeormBulk(["load", more, "--entity", "User", "--on-conflict", "update:email", "--conflict-target", "username"]);
    expect(SUMMARY.exec(upserted.stderr)?.slice(1)).toEqual(["1200", "0", "1200", "0"]);
  });

  // issue 10, failure 7: statements leave as they are built, and are exactly the library's
  it("--dry-run streams the statements the library builds, across many chunks", async () => {
    const rows = 120_003;
    const file = write("big.csv", usersCsv(rows));
    const { code, stdout, stderr } = typeormBulk(["load", file, "--entity", "User", "--dry-run", "--batch-size", "700"], {
      NODE_OPTIONS: "--max-old-space-size=160",
    });
    expect(code).toBe(0);
    const mappings = Array.from({ length: rows }, (_, i) => ({ username: `u${i}`, email: `u${i}@x`, role: (i % 2) + 1 }));
    const expected = await bulkInsertMappings(dataSource, User, mappings, { dryRun: true, batchSize: 700 });
    expect(expected.statements!.length).toBe(Math.ceil(rows / 700));
    expect(stdout).toBe(expected.statements!.map((s) => `${dialectOf(dataSource).inline(s)};\n`).join(""));
    expect(stderr).toMatch(/plan: 172 statement\(s\)/);
    expect(stderr).toMatch(/rows per statement: 303–700/);
  });

  it("a header that names nothing lists the known properties", () => {
    const file = write("typo.csv", "usrname,email\nx,y\n");
    const { code, stderr } = typeormBulk(["load", file, "--entity", "User"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/typo\.csv:1: column "usrname" is not a property of User \(known: id, username, email, createdAt, role, roleId\)|known: .*username.*role.*roleId/);
  });

  it("a record with more or fewer fields than the header, or a header naming a column twice, is an input error", async () => {
    for (const record of ["x,x@x,1,surplus", "x,x@x", "   "]) {
      const file = write("shape.csv", `username,email,role\nok,a@x,1\n${record}\n`);
      const { code, stderr } = typeormBulk(["load", file, "--entity", "User"]);
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`shape\\.csv:3: input row 1: expected 3 fields, as the header has, got \\d`));
    }
    const twice = write("twice.csv", "username,username\na,b\n");
    expect(typeormBulk(["load", twice, "--entity", "User"]).stderr).toContain(`${twice}:1: column "username" of User appears twice`);
    expect(await dataSource.query(`SELECT COUNT(*) AS n FROM "user"`)).toEqual([{ n: 0 }]);
  });

  it("--method copy or load on SQLite is a usage error (exit 2)", () => {
    const file = write("m.csv", "username\nx\n");
    const copy = typeormBulk(["load", file, "--entity", "User", "--method", "copy"]);
    expect(copy).toMatchObject({ code: 2, stderr: expect.stringContaining("--method copy needs PostgreSQL") });
    expect(typeormBulk(["load", file, "--entity", "User", "--method", "load"]).code).toBe(2);
  });

  it("a data source file exporting two DataSources is a usage error, as in TypeORM's CLI", () => {
    const file = write("two.csv", "username\nx\n");
    const twoSources = write(
      "two-sources.js",
      [
        `const { DataSource } = require(${JSON.stringify(require.resolve("typeorm"))});`,
        `exports.a = new DataSource({ type: "sqlite", database: ":memory:" });`,
        `exports.b = new DataSource({ type: "sqlite", database: ":memory:" });`,
      ].join("\n"),
    );
    const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "src/cli/main.ts", "load", file, "--entity", "User", "-d", twoSources], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("exports 2 DataSources: export only the one to load into");
  });

  it("-d/--dataSource like TypeORM's CLI, and --version", () => {
    const file = write("d.csv", "username\nd1\n");
    const result = spawnSync(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", "src/cli/main.ts", "load", file, "--entity", "User", "-d", "test/fixtures/cli-data-source.ts"],
      { cwd: root, encoding: "utf8", env: { ...process.env, CLI_SQLITE_FILE: sqliteFile } },
    );
    expect(SUMMARY.exec(result.stderr)?.slice(1)).toEqual(["1", "1", "0", "0"]);
    const version = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "src/cli/main.ts", "--version"], { cwd: root, encoding: "utf8" });
    expect(version.stdout).toBe(`${JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version}\n`);
  });

  it("TSV by extension or --delimiter; PostgreSQL's CSV convention for NULL and empty strings; --null", async () => {
    const tsv = write("users.tsv", "username\temail\trole\nt1\t\t1\nt2\t\"\"\t2\n");
    expect(typeormBulk(["load", tsv, "--entity", "User", "--quiet"])).toMatchObject({ code: 0, stderr: "" });
    const semi = write("semi.txt", "username;email;role\ns1;NULL;1\ns2;\"NULL\";NULL\n");
    expect(typeormBulk(["load", semi, "--entity", "User", "--format", "csv", "--delimiter", ";", "--null", "NULL", "--quiet"])).toMatchObject({
      code: 0,
      stderr: "",
    });
    const csv = write("empty.csv", 'username,email,role\nc1,,1\nc2,"",2\n');
    expect(typeormBulk(["load", csv, "--entity", "User", "--quiet"]).code).toBe(0);
    expect(await dataSource.query(`SELECT username, email, roleId FROM "user" ORDER BY username`)).toEqual([
      { username: "c1", email: null, roleId: 1 },
      { username: "c2", email: "", roleId: 2 },
      { username: "s1", email: null, roleId: 1 },
      { username: "s2", email: "NULL", roleId: null },
      { username: "t1", email: null, roleId: 1 },
      { username: "t2", email: "", roleId: 2 },
    ]);
  });
});

const postgres = allDatabases.find((db) => db.family === "postgres");

(postgres?.available ? describe : describe.skip)("typeorm-bulk load (PostgreSQL, COPY)", () => {
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
    expect(stderr).toMatch(/^3000 rows read from .* 3000 inserted, 0 updated, 0 skipped\n$/);
    expect(code).toBe(0);
    const [row] = await dataSource.query(`SELECT email FROM "${schema}"."user" WHERE username = 'u7'`);
    expect(row.email).toBe("tab\there, back\\\\slash 7");
  });

  it("--dry-run's SQL, replayed, moves the id sequence past explicit ids as the load does", async () => {
    const file = write("roles.csv", "id,name\n10,editor\n11,viewer\n");
    const { code, stdout } = typeormBulk(["load", file, "--entity", "Role", "--dry-run", "--quiet"], { CLI_DB: "postgres", CLI_SCHEMA: schema });
    expect(code).toBe(0);
    expect(stdout).toContain("setval");
    for (const statement of stdout.split(";\n").filter((s) => s.trim() !== "")) await dataSource.query(statement);
    const next = await dataSource.getRepository(Role).insert({ name: "after" });
    expect(next.identifiers[0]!["id"]).toBe(12);
  });
});
