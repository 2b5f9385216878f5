import * as fs from "node:fs";
import { describeEachDatabase, everyDriver, typeormMajor, type TestDatabase } from "./support/databases";
import { corpusFolders, runFolder, type CaseResult, type Outcome } from "./corpus/harness";
import { randomFrom } from "./corpus/generate";
import { refusals, type CorpusException } from "./corpus/refusals";
import { knownDefects } from "./corpus/known-defects";

/**
 * TypeORM's own test entities (test/corpus/entities, copied by test/corpus/select.js) as the
 * oracle: per folder, every bulk path must write the rows TypeORM writes.
 * CORPUS_FULL=1 runs every folder; CORPUS_SAMPLE=n a fixed-seed sample of n (default 80);
 * CORPUS_FOLDERS=a,b exactly those; CORPUS_REPORT=file.json writes every case.
 */
const ROWS = 6;
const CONCURRENCY = Number(process.env["CORPUS_CONCURRENCY"] ?? 3);
const SELF_CHECK_FOLDER = "functional/embedded/basic-functionality";

function selectedFolders(): string[] {
  const all = corpusFolders();
  if (process.env["CORPUS_FOLDERS"]) return process.env["CORPUS_FOLDERS"].split(",");
  if (process.env["CORPUS_FULL"] === "1") return all;
  const random = randomFrom("corpus-sample");
  const sample = Number(process.env["CORPUS_SAMPLE"] ?? 80);
  return all.map((f) => [random(), f] as const).sort((a, b) => a[0] - b[0]).slice(0, sample).map(([, f]) => f).sort();
}

async function pool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/** `*` is every folder, `a/b/*` every folder under a/b. */
function folderMatches(pattern: string, folder: string): boolean {
  return pattern === "*" || pattern === folder || (pattern.endsWith("/*") && folder.startsWith(pattern.slice(0, -1)));
}

function matches(entry: CorpusException, result: CaseResult, db: TestDatabase): boolean {
  return (
    folderMatches(entry.folder, result.folder) &&
    (entry.entity === undefined || entry.entity === result.entity) &&
    (entry.path === "*" || entry.path === result.path) &&
    (entry.database === "*" || entry.database === db.name || entry.database === db.family) &&
    (entry.major === undefined || entry.major === typeormMajor) &&
    (entry.detail === undefined || entry.detail.test(result.detail ?? ""))
  );
}

const failing = (r: CaseResult) => r.outcome === "mismatch" || r.outcome === "bulk-only error";
const format = (r: CaseResult) => `${r.folder} ${r.entity} ${r.path}: ${r.outcome}: ${r.detail ?? ""}`;

function summary(db: TestDatabase, folders: number, results: readonly CaseResult[]): string {
  const counts: Record<Outcome, number> = { equal: 0, mismatch: 0, "bulk-only error": 0, "both error": 0, "typeorm-only error": 0, skipped: 0 };
  for (const r of results) counts[r.outcome]++;
  const parts = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(" / ");
  return `[corpus] TypeORM ${typeormMajor === 0 ? "0.3" : "1.x"} ${db.name}: ${folders} folders, ${results.length} cases: ${parts}`;
}

describeEachDatabase(
  "TypeORM's own entities: every bulk path writes what TypeORM writes",
  (db) => {
    it("for a fixed-seed sample of entity folders (CORPUS_FULL=1: all)", async () => {
      const folders = selectedFolders();
      const results = (await pool(folders, CONCURRENCY, (folder) => runFolder(db, folder, { rows: ROWS }))).flat();
      process.stdout.write(summary(db, folders.length, results) + "\n");
      if (process.env["CORPUS_REPORT"]) {
        const file = process.env["CORPUS_REPORT"].replace("%", `${typeormMajor}-${db.name.replace(/\W+/g, "_")}`);
        fs.writeFileSync(file, JSON.stringify(results, null, 1));
      }
      const known = results.filter((r) => failing(r) && knownDefects.some((e) => matches(e, r, db)));
      const applies = (e: CorpusException) =>
        (e.database === "*" || e.database === db.name || e.database === db.family) && (e.major === undefined || e.major === typeormMajor);
      const ran = (e: CorpusException) => e.folder === "*" || folders.some((f) => folderMatches(e.folder, f));
      const fixed = knownDefects.filter((e) => applies(e) && ran(e) && !results.some((r) => failing(r) && matches(e, r, db)));
      if (known.length > 0) process.stdout.write(`[corpus] ${known.length} known-defect cases still failing\n`);
      for (const e of fixed) process.stdout.write(`[corpus] known defect no longer fails, remove it: ${e.folder} ${e.path} ${e.database}\n`);
      const unexpected = results.filter((r) => failing(r) && !refusals.some((e) => matches(e, r, db)) && !knownDefects.some((e) => matches(e, r, db)));
      expect(unexpected.map(format)).toEqual([]);
    }, 900_000);

    it("reports a value changed on purpose as a mismatch (self-check)", async () => {
      const clean = await runFolder(db, SELF_CHECK_FOLDER, { rows: ROWS });
      const tampered = await runFolder(db, SELF_CHECK_FOLDER, { rows: ROWS, tamper: true });
      const inserts = (results: CaseResult[]) => results.filter((r) => r.path === "bulkInsertMappings");
      expect(inserts(clean).map((r) => r.outcome)).toEqual(inserts(clean).map(() => "equal"));
      expect(inserts(tampered).map((r) => r.outcome)).toContain("mismatch");
    }, 120_000);
  },
  everyDriver,
);
