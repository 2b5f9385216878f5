// `npm run bench`: every method on every database, each in its own process, printed as a
// Markdown table with rows/s and the ratio to the raw driver measured in the same run.
import { execFileSync } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import { typeormOf, type BenchDatabase } from "./databases";

interface Measurement {
  database: BenchDatabase;
  method: string;
  rows: number;
  best: number;
  median: number;
  peakRssMb: number;
}

const ROWS = Number(process.env["BENCH_ROWS"] ?? 100_000);
const REPETITIONS = Number(process.env["BENCH_REPETITIONS"] ?? 5);
const DATABASES = (process.env["BENCH_DATABASES"]?.split(",") ?? ["sqlite3", "better-sqlite3", "postgres", "mariadb"]) as BenchDatabase[];

/** Methods, with their repetitions: the slow TypeORM paths run fewer times. */
const METHODS: [string, number][] = [
  ["raw", REPETITIONS],
  ["bulk", REPETITIONS],
  ["insert", Math.min(REPETITIONS, 2)],
  ["save", 1],
];

const LABELS: Record<string, string> = {
  raw: "raw driver, multi-row VALUES, one transaction",
  bulk: "bulkInsertMappings",
  insert: "repository.insert, 500 rows per call, one transaction",
  save: "repository.save, chunk 500",
};

function measure(database: BenchDatabase, method: string, repetitions: number): Measurement | undefined {
  const worker = path.join(__dirname, "worker.ts");
  try {
    const output = execFileSync(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", worker, database, method, String(ROWS), String(repetitions)],
      { env: { ...process.env, BENCH_TYPEORM: String(typeormOf[database]) }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return JSON.parse(output.trim().split("\n").pop()!) as Measurement;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    process.stderr.write(`${database} ${method}: failed: ${stderr.split("\n").slice(0, 3).join(" ")}\n`);
    return undefined;
  }
}

function main(): void {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(`${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`);
  console.log(`${ROWS} users per run (username, email, role id); best of ${REPETITIONS} runs for raw and bulk.\n`);
  console.log("| database (TypeORM) | method | rows/s | × raw | peak RSS MB |");
  console.log("|---|---|---:|---:|---:|");
  for (const database of DATABASES) {
    const results: Measurement[] = [];
    for (const [method, repetitions] of METHODS) {
      const result = measure(database, method, repetitions);
      if (result) results.push(result);
    }
    const raw = results.find((r) => r.method === "raw");
    for (const r of results) {
      const rate = r.rows / r.best;
      const ratio = raw ? (raw.best / r.best).toFixed(2) : "–";
      const label = `${database} (${typeormOf[database] === 1 ? "1.x" : "0.3"})`;
      console.log(`| ${label} | ${LABELS[r.method] ?? r.method} | ${Math.round(rate).toLocaleString("en-US")} | ${ratio} | ${r.peakRssMb.toFixed(0)} |`);
    }
  }
}

main();
