// `npm run bench`: every method on every database, each in its own process, printed as a
// Markdown table with rows/s and the ratio to the raw driver measured in the same run.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { csvFile } from "./csv-load";
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
/** Rows for the per-row TypeORM paths, which would take minutes at full size; rows/s stays comparable. */
const SLOW_ROWS = Number(process.env["BENCH_SLOW_ROWS"] ?? 10_000);
const REPETITIONS = Number(process.env["BENCH_REPETITIONS"] ?? 5);
const DATABASES = (process.env["BENCH_DATABASES"]?.split(",") ?? ["sqlite3", "better-sqlite3", "postgres", "mariadb"]) as BenchDatabase[];

/** One table of the report: its methods (with repetitions and rows) and the baseline of its ratios. */
interface Section {
  readonly title: string;
  readonly baseline: string;
  /** Databases this section runs on (default: all). */
  readonly databases?: readonly BenchDatabase[];
  /**
   * Whether its methods take turns, one run each per round, instead of running their
   * repetitions back to back: whole-process timings of a few seconds each, which the machine's
   * drift over a minute would otherwise tilt towards whichever ran in the faster minute.
   */
  readonly interleaved?: boolean;
  readonly methods: readonly [method: string, repetitions: number, rows: number][];
}

const CSV_ROWS = Number(process.env["BENCH_CSV_ROWS"] ?? 1_000_000);

const SECTIONS: Section[] = [
  {
    title: `Insert ${ROWS.toLocaleString("en-US")} users`,
    baseline: "raw-",
    methods: [
      ["raw-500", REPETITIONS, ROWS],
      ["raw-2000", REPETITIONS, ROWS],
      ["raw-max", REPETITIONS, ROWS],
      ["bulk", REPETITIONS, ROWS],
      ["bulk-irregular", REPETITIONS, ROWS],
      ["insert", Math.min(REPETITIONS, 2), ROWS],
      ["save", 1, ROWS],
    ],
  },
  {
    title: `Update the email of ${ROWS.toLocaleString("en-US")} users by id`,
    baseline: "update-each",
    methods: [
      ["update-each", 1, SLOW_ROWS],
      ["update-save", 1, SLOW_ROWS],
      ["update-bulk", REPETITIONS, ROWS],
      ["update-bulk-irregular", REPETITIONS, ROWS],
    ],
  },
  {
    title: `Load a ${CSV_ROWS.toLocaleString("en-US")}-row CSV (username, email, role id)`,
    baseline: "csv-reference",
    databases: ["sqlite3", "postgres", "mariadb"],
    interleaved: true,
    methods: [
      ["csv-reference", 3, CSV_ROWS],
      ["csv-command-auto", 3, CSV_ROWS],
      ["csv-raw-values", 2, CSV_ROWS],
      ["csv-library-values", 2, CSV_ROWS],
      ["csv-command-values", 2, CSV_ROWS],
      ["csv-raw-copy", 2, CSV_ROWS],
      ["csv-library-copy", 2, CSV_ROWS],
      ["csv-command-copy", 2, CSV_ROWS],
    ],
  },
  {
    title: `Upsert ${ROWS.toLocaleString("en-US")} users on username, half of them existing`,
    baseline: "upsert-typeorm",
    methods: [
      ["upsert-typeorm", Math.min(REPETITIONS, 2), ROWS],
      ["upsert-bulk", REPETITIONS, ROWS],
    ],
  },
];

const LABELS: Record<string, string> = {
  "raw-": "the raw driver's best multi-row VALUES",
  "raw-500": "raw driver, multi-row VALUES of 500 rows, one transaction",
  "raw-2000": "raw driver, multi-row VALUES of 2 000 rows, one transaction",
  "raw-max": "raw driver, multi-row VALUES at the parameter limit, one transaction",
  bulk: "bulkInsertMappings",
  "bulk-irregular": "bulkInsertMappings, every second row leaving the defaulted column out",
  insert: "repository.insert, 500 rows per call, one transaction",
  save: "repository.save, chunk 500",
  "update-each": "manager.update per row, one transaction",
  "update-save": "repository.save of loaded entities, chunk 500",
  "update-bulk": "bulkUpdateMappings",
  "update-bulk-irregular": "bulkUpdateMappings, every second row also setting the role",
  "upsert-typeorm": "repository.upsert, 500 rows per call, one transaction",
  "upsert-bulk": "bulkInsertMappings with onConflict",
  "csv-reference": "the database's own loader: `psql \\copy`, `mariadb` LOAD DATA LOCAL INFILE, `sqlite3` .import + INSERT … SELECT (whole process)",
  "csv-command-auto": "`typeorm-bulk load` (default method: the database's loader where the file allows; whole process)",
  "csv-raw-values": "raw driver: csv-parse + multi-row VALUES",
  "csv-library-values": "library call, INSERT path",
  "csv-command-values": "`typeorm-bulk load` command, INSERT path (whole process)",
  "csv-raw-copy": "raw driver: csv-parse + pg-copy-streams COPY",
  "csv-library-copy": "library call, COPY path",
  "csv-command-copy": "`typeorm-bulk load --method copy` (whole process)",
};

function measure(database: BenchDatabase, method: string, repetitions: number, rows: number): Measurement | undefined {
  const worker = path.join(__dirname, "worker.ts");
  try {
    const output = execFileSync(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", worker, database, method, String(rows), String(repetitions)],
      { env: { ...process.env, BENCH_TYPEORM: String(typeormOf[database]) }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return JSON.parse(output.trim().split("\n").pop()!) as Measurement;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    process.stderr.write(`${database} ${method}: failed: ${stderr.split("\n").slice(0, 3).join(" ")}\n`);
    return undefined;
  }
}

/**
 * Each method's repetitions as rounds, one run of every method per round (a method with fewer
 * repetitions sits the later rounds out), merged into one measurement per method.
 */
function measureInTurns(database: BenchDatabase, methods: Section["methods"]): (Measurement | undefined)[] {
  const runs = methods.map(() => [] as Measurement[]);
  const rounds = Math.max(...methods.map(([, repetitions]) => repetitions));
  for (let round = 0; round < rounds; round++) {
    methods.forEach(([method, repetitions, rows], i) => {
      if (round >= repetitions) return;
      const run = measure(database, method, 1, rows);
      if (run) runs[i]!.push(run);
    });
  }
  return runs.map((list) => {
    if (list.length === 0) return undefined;
    const times = list.map((r) => r.best).sort((a, b) => a - b);
    return { ...list[0]!, best: times[0]!, median: times[Math.floor(times.length / 2)]!, peakRssMb: Math.max(...list.map((r) => r.peakRssMb)) };
  });
}

function main(): void {
  if (!fs.existsSync(csvFile(CSV_ROWS))) {
    execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", `require("./src/cli/demo-command").writeUsersCsv(${JSON.stringify(csvFile(CSV_ROWS))}, ${CSV_ROWS})`], {
      cwd: path.join(__dirname, ".."),
    });
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(`${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`);
  console.log(`Best of ${REPETITIONS} runs for the fast paths; each method in its own process (peak RSS is its own).`);
  // the command is measured as users run it: from the build
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: path.join(__dirname, "..") });
  const only = process.env["BENCH_ONLY"];
  for (const section of SECTIONS.filter((s) => !only || s.baseline.startsWith(only))) {
    console.log(`\n### ${section.title}\n`);
    console.log(`| database (TypeORM) | method | rows | rows/s | × ${LABELS[section.baseline]} | peak RSS MB |`);
    console.log("|---|---|---:|---:|---:|---:|");
    for (const database of DATABASES.filter((d) => !section.databases || section.databases.includes(d))) {
      const methods = section.methods
        .filter(([method]) => database === "postgres" || !method.endsWith("copy"))
        // the raw-driver CSV baselines speak SQLite and PostgreSQL only
        .filter(([method]) => database !== "mariadb" || !method.startsWith("csv-raw"));
      const results = (section.interleaved ? measureInTurns(database, methods) : methods.map(([method, repetitions, rows]) => measure(database, method, repetitions, rows)))
        .filter((r): r is Measurement => r !== undefined);
      // a baseline ending in "-" is the fastest of the methods it prefixes (the raw driver at its best size)
      const baseline = results
        .filter((r) => (section.baseline.endsWith("-") ? r.method.startsWith(section.baseline) : r.method === section.baseline))
        .sort((a, b) => b.rows / b.best - a.rows / a.best)[0];
      for (const r of results) {
        const rate = r.rows / r.best;
        const ratio = baseline ? (rate / (baseline.rows / baseline.best)).toFixed(2) : "–";
        const label = `${database} (${typeormOf[database] === 1 ? "1.x" : "0.3"})`;
        console.log(
          `| ${label} | ${LABELS[r.method] ?? r.method} | ${r.rows.toLocaleString("en-US")} | ${Math.round(rate).toLocaleString("en-US")} | ${ratio} | ${r.peakRssMb.toFixed(0)} |`,
        );
      }
    }
  }
}

main();
