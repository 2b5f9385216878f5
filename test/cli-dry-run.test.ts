import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { typeormMajor } from "./support/databases";

// Issue 10, failure 7: `--dry-run` held every statement until the end (5 M rows, 1.2 GB RSS), so a
// dry run aborted where the real load succeeded. The command runs as users run it, from source
// through ts-node, in a child process: that process loads TypeORM 0.3 whatever jest maps, so this
// file runs in the TypeORM 0.3 project only. The dry run reads no table: SQLite stands for every
// database (the chunking is the command's, above the dialect).

const root = path.join(__dirname, "..");
const ROWS = 1_500_000;
// Under this heap the old dry run aborts between 0.5 M and 1 M such rows (1.5 M leaves a margin);
// the streaming one holds one chunk's statements at a time and gets through 1.5 M rows even in
// 64 MB, as it does 0.3 M.
const HEAP_MB = 128;
const BATCH = 500;

/** `ROWS` users, written in slices so the test itself never holds the file. */
function writeUsersCsv(file: string): void {
  const fd = fs.openSync(file, "w");
  try {
    fs.writeSync(fd, "username,email,role\n");
    const slice = 10_000;
    for (let start = 0; start < ROWS; start += slice) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(start + slice, ROWS); i++) lines.push(`user${i},user${i}@example.com,${(i % 2) + 1}\n`);
      fs.writeSync(fd, lines.join(""));
    }
  } finally {
    fs.closeSync(fd);
  }
}

const describeOn03 = typeormMajor >= 1 ? describe.skip : describe;

describeOn03("typeorm-bulk load --dry-run (SQLite)", () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "typeorm-bulk-dry-run-"));
  const file = path.join(directory, "users.csv");

  beforeAll(() => writeUsersCsv(file));
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it(`prints ${ROWS} rows' statements within a ${HEAP_MB} MB heap, as the real load runs`, () => {
    const devNull = fs.openSync(os.devNull, "w");
    try {
      const result = spawnSync(
        process.execPath,
        [
          `--max-old-space-size=${HEAP_MB}`,
          ...["-r", "ts-node/register/transpile-only", "src/cli/main.ts", "load", file, "--entity", "User"],
          ...["--dry-run", "--batch-size", String(BATCH), "--data-source", "test/fixtures/cli-data-source.ts"],
        ],
        {
          cwd: root,
          encoding: "utf8",
          stdio: ["ignore", devNull, "pipe"],
          env: { ...process.env, NODE_OPTIONS: "", CLI_SQLITE_FILE: path.join(directory, "dry-run.sqlite") },
        },
      );
      expect({ status: result.status, signal: result.signal, stderr: result.stderr.slice(-2000) }).toEqual({
        status: 0,
        signal: null,
        stderr: expect.stringContaining(`plan: ${ROWS / BATCH} statement(s) on sqlite`),
      });
      expect(result.stderr).toContain(`rows per statement: ${BATCH}\n`);
    } finally {
      fs.closeSync(devNull);
    }
  });
});
