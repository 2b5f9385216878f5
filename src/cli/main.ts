#!/usr/bin/env node
import "reflect-metadata";
import * as path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { DataSource } from "typeorm";
import { BulkError } from "../errors";
import { loadDataSource } from "./data-source-loader";
import { runDemo } from "./demo-command";
import { loadFile, parseOnConflict } from "./load-command";
import { UsageError } from "./usage-error";

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

async function withDataSource(file: string, work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const dataSource = await loadDataSource(file);
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

function program(): Command {
  const cli = new Command("typeorm-bulk")
    .description("Bulk-load files into TypeORM entities")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  cli
    .command("load")
    .description("load a .csv, .ndjson or .jsonl file (or - for standard input) into an entity")
    .argument("<file>", "input file, or - for standard input")
    .requiredOption("--entity <name>", "entity class name or table name")
    .option("--data-source <file>", "file exporting the DataSource", "./ormconfig.ts")
    .option("--batch-size <n>", "rows per statement", positiveInteger)
    .option("--on-conflict <mode>", "ignore, error, or update:prop,prop")
    .option("--conflict-target <props>", "unique properties an update:… conflicts on (default: primary key)")
    .addOption(new Option("--method <method>", "how rows travel").choices(["auto", "values", "copy", "load"]).default("auto"))
    .addOption(new Option("--format <format>", "input format (needed for -)").choices(["csv", "ndjson"]))
    .option("--no-transaction", "commit batch by batch instead of all or nothing")
    .option("--dry-run", "validate the whole file and print the SQL instead of running it", false)
    .option("--quiet", "print errors only", false)
    .action(async (file: string, o) => {
      await withDataSource(o.dataSource, async (dataSource) => {
        await loadFile(dataSource, file, {
          entity: o.entity,
          batchSize: o.batchSize,
          onConflict: parseOnConflict(o.onConflict, o.conflictTarget),
          method: o.method,
          transaction: o.transaction,
          dryRun: o.dryRun,
          quiet: o.quiet,
          format: o.format,
        });
      });
    });

  cli
    .command("demo")
    .description("write million_users.csv beside the example SQLite database and load it")
    .option("--rows <n>", "users to generate", positiveInteger, 1_000_000)
    .option("--data-source <file>", "file exporting the DataSource (default: the bundled ormconfig)")
    .option("--quiet", "print errors only", false)
    .action(async (o) => {
      const ormconfig = o.dataSource ?? path.join(__dirname, "..", "..", "ormconfig.js");
      const { sqliteFile } = require(path.resolve(ormconfig.replace(/\.ts$/, ""))) as { sqliteFile?: string };
      await withDataSource(ormconfig, (dataSource) => runDemo(dataSource, path.dirname(sqliteFile ?? ormconfig), o.rows, o.quiet));
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

/** The error and its causes, one clause each: the CSV line or driver message is in the cause. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined && parts.length < 4; e = (e as { cause?: unknown }).cause) {
    const message = e instanceof Error ? e.message : String(e);
    if (!parts.some((p) => p.includes(message))) parts.push(message);
    if (!(e instanceof BulkError) && !(e instanceof Error && "cause" in e)) break;
  }
  return parts.join("\n  caused by: ");
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
