#!/usr/bin/env node
import "reflect-metadata";
import * as fs from "node:fs";
import * as path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { DataSource } from "typeorm";
import { BulkError, messageOf } from "../errors";
import { InputError } from "./csv-values";
import { loadDataSource } from "./data-source-loader";
import { demoDataSource } from "./demo-data-source";
import { runDemo } from "./demo-command";
import { LoadFailed, loadFile, parseDelimiter, parseOnConflict } from "./load-command";
import { UsageError } from "./usage-error";

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

/** This package's version, from its package.json (two levels up from src/cli, three from dist/src/cli). */
function version(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
  }
  return "unknown";
}

async function withDataSource(dataSource: DataSource | Promise<DataSource>, work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const ready = await dataSource;
  try {
    await work(ready);
  } finally {
    if (ready.isInitialized) await ready.destroy();
  }
}

/** `-d, --dataSource <file>` as TypeORM's CLI spells it, and `--data-source` as this command always had (same attribute). */
function dataSourceOptions(command: Command, description: string): Command {
  return command
    .option("-d, --dataSource <file>", description)
    .addOption(new Option("--data-source <file>").hideHelp());
}

/** The data source file given, or `./ormconfig.ts` when it exists (this repository's examples). */
function dataSourceFile(o: { dataSource?: string }, required: boolean): string | undefined {
  const given = o.dataSource;
  if (given !== undefined || !required) return given;
  for (const fallback of ["./data-source.ts", "./ormconfig.ts"]) if (fs.existsSync(fallback)) return fallback;
  throw new UsageError("which DataSource? pass -d/--dataSource <file> (a .ts or .js file exporting a DataSource)");
}

function program(): Command {
  const cli = new Command("typeorm-bulk")
    .description("Bulk-load files into TypeORM entities")
    .version(version(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  const load = cli
    .command("load")
    .description("load a .csv, .tsv, .ndjson or .jsonl file, gzipped or not (or - for standard input) into an entity")
    .argument("<file>", "input file, or - for standard input")
    .requiredOption("--entity <name>", "entity class name or table name");
  dataSourceOptions(load, "file exporting the DataSource (default: ./data-source.ts or ./ormconfig.ts)")
    .option("--batch-size <n>", "rows per statement", positiveInteger)
    .option("--on-conflict <mode>", "ignore, error, or update:prop,prop")
    .option("--conflict-target <props>", "unique properties an update:… conflicts on (default: primary key)")
    .addOption(new Option("--method <method>", "how rows travel").choices(["auto", "values", "copy", "load"]).default("auto"))
    .addOption(new Option("--format <format>", "input format (needed for -)").choices(["csv", "tsv", "ndjson"]))
    .option("--delimiter <char>", "CSV field delimiter (\\t for a tab; default , or a tab for .tsv)")
    .option("--null <string>", "an unquoted cell equal to this is NULL (default: the empty cell)")
    .option("--no-transaction", "commit batch by batch instead of all or nothing")
    .option("--dry-run", "validate the whole file and print the SQL instead of running it", false)
    .option("--quiet", "print errors only", false)
    .action(async (file: string, o) => {
      const dataSourcePath = dataSourceFile(o, true)!;
      const onConflict = parseOnConflict(o.onConflict, o.conflictTarget);
      const delimiter = o.delimiter === undefined ? undefined : parseDelimiter(o.delimiter);
      await withDataSource(loadDataSource(dataSourcePath), async (dataSource) => {
        await loadFile(dataSource, file, {
          entity: o.entity,
          batchSize: o.batchSize,
          onConflict,
          method: o.method,
          transaction: o.transaction,
          dryRun: o.dryRun,
          quiet: o.quiet,
          format: o.format,
          delimiter,
          nullString: o.null,
        });
      });
    });

  const demo = cli
    .command("demo")
    .description("write million_users.csv in the working directory and load it (into typeorm-bulk-demo.sqlite by default)")
    .option("--rows <n>", "users to generate", positiveInteger, 1_000_000);
  dataSourceOptions(demo, "load into this DataSource instead (it needs entities User and Role like the README's; nothing is dropped)")
    .option("--quiet", "print errors only", false)
    .action(async (o) => {
      const file = dataSourceFile(o, false);
      const directory = process.cwd();
      const dataSource = file === undefined ? demoDataSource(directory).initialize() : loadDataSource(file);
      await withDataSource(dataSource, (ready) => runDemo(ready, { directory, rows: o.rows, quiet: o.quiet, ownDatabase: file === undefined }));
    });
  return cli;
}

/** Exit codes: 0 success, 1 load error, 2 usage error. */
async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      process.stderr.write(`typeorm-bulk: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`typeorm-bulk: ${describe(error)}\n`);
    return 1;
  }
}

/**
 * The error and its causes, one clause each: the CSV line or driver message is in the cause.
 * Bad input found by the command names its own file, line and row: it is shown alone, without
 * the library's "reading input row" wrapper. A failed load ends with what was committed.
 */
function describe(error: unknown): string {
  const failed = error instanceof LoadFailed ? error : undefined;
  const chain: unknown[] = [];
  for (let e: unknown = failed ? failed.cause : error; e !== undefined && chain.length < 5; e = (e as { cause?: unknown }).cause) {
    chain.push(e);
    if (!(e instanceof Error) || !("cause" in e)) break;
  }
  const input = chain.find((e) => e instanceof InputError);
  const parts: string[] = [];
  for (const e of input ? [input] : chain) {
    const message = messageOf(e);
    if (!parts.some((p) => p.includes(message))) parts.push(message);
    if (!(e instanceof BulkError) && !(e instanceof Error && "cause" in e)) break;
  }
  const text = parts.join("\n  caused by: ");
  if (failed === undefined) return text;
  return `${failed.location === undefined ? "" : `${failed.location}: `}${text}\n  ${failed.outcome()}`;
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
