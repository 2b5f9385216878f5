import * as fs from "node:fs";
import * as path from "node:path";
import { EntitySchema, type DataSource, type ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { bulkInsertMappings, bulkSaveObjects, bulkUpdateMappings } from "../../src";
import { disconnect, type TestDatabase } from "../support/databases";
import { generateChanges, generateRows, isWrittenByDatabase, randomFrom, uniqueColumnNames, type GenerationContext } from "./generate";
import { clearText, readText, type TextRow } from "./read";

/** Where select.js copied TypeORM's entity folders. */
export const corpusRoot = path.join(__dirname, "entities");

/** The write paths compared with TypeORM's. */
export type PathName = "bulkInsertMappings" | "bulkSaveObjects" | "copy" | "load" | "returning+ignore" | "bulkUpdateMappings" | "synchronize";

/**
 * How one case ended: `equal`/`mismatch` compare the rows read back; `bulk-only error` means
 * TypeORM wrote the rows and the bulk call threw; `both error` and `typeorm-only error` have no
 * oracle; `skipped` means the generator could not make valid rows.
 */
export type Outcome = "equal" | "mismatch" | "bulk-only error" | "both error" | "typeorm-only error" | "skipped";

/** One folder × entity × path on one database. */
export interface CaseResult {
  readonly folder: string;
  readonly entity: string;
  readonly path: PathName;
  readonly outcome: Outcome;
  /** First differing column and values, or the error message. */
  readonly detail?: string;
}

/** Knobs of a corpus run. */
export interface CorpusOptions {
  /** Rows generated per entity. */
  readonly rows: number;
  /**
   * Test-only switch: change one value of one row written by the `bulkInsertMappings` path,
   * so the comparison must report a mismatch (the self-check).
   */
  readonly tamper?: boolean;
}

/** Every entity folder select.js copied, e.g. `github-issues/2800`. */
export function corpusFolders(): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (entry.name === "entity") found.push(path.relative(corpusRoot, dir));
      else visit(path.join(dir, entry.name));
    }
  };
  visit(corpusRoot);
  return found.sort();
}

/** The classes and EntitySchemas a folder's entity files export (TypeORM ignores non-entity classes). */
export function loadFolder(folder: string): (Function | EntitySchema)[] {
  const dir = path.join(corpusRoot, folder, "entity");
  const classes = new Set<Function | EntitySchema>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(dir, file)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (typeof value === "function" || value instanceof EntitySchema) classes.add(value as Function | EntitySchema);
    }
  }
  return [...classes];
}

/** An error as one short line. */
export function message(error: unknown): string {
  const text = error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, " ").slice(0, 300);
}

/** Deep copy keeping Dates and Buffers: TypeORM writes generated values into its input. */
export function clone<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Buffer.isBuffer(value)) return Buffer.from(value) as T;
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
  }
  return value;
}

/** A generated value's shape: runs of hex digits become `#`, so ids, uuids and timestamps compare by form. */
function shape(value: string | null): string | null {
  return value === null ? null : value.replace(/[0-9a-f]+/gi, "#");
}

const TIME_DEPENDENT = /now\(|current_|uuid|random|gen_|localtimestamp|sysdate|datetime\(|strftime/i;

/** Columns whose values legitimately differ between two writes: generated keys, uuids and timestamps. */
function maskedColumns(entities: readonly EntityMetadata[]): Set<string> {
  const masked = new Set<string>();
  const isMasked = (c: ColumnMetadata) =>
    c.isGenerated ||
    c.isCreateDate ||
    c.isUpdateDate ||
    typeof c.default === "function" ||
    (typeof c.default === "string" && TIME_DEPENDENT.test(c.default)) ||
    (typeof c.onUpdate === "string" && TIME_DEPENDENT.test(c.onUpdate));
  for (const metadata of entities) for (const c of metadata.columns) if (isMasked(c)) masked.add(c.databaseName);
  return masked;
}

/** What a write left in the table, or how it failed. */
export type Written = { rows: TextRow[] } | { error: string };

function normalise(rows: readonly TextRow[], masked: ReadonlySet<string>): string[] {
  return rows
    .map((row) => JSON.stringify(Object.entries(row).map(([k, v]) => [k, masked.has(k) ? shape(v) : v])))
    .sort();
}

function firstDifference(expected: readonly string[], actual: readonly string[]): string {
  if (expected.length !== actual.length) return `${actual.length} rows written, TypeORM wrote ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] === actual[i]) continue;
    const e = Object.fromEntries(JSON.parse(expected[i]!) as [string, unknown][]);
    const a = Object.fromEntries(JSON.parse(actual[i]!) as [string, unknown][]);
    const column = Object.keys({ ...e, ...a }).find((k) => JSON.stringify(e[k]) !== JSON.stringify(a[k]));
    return `column ${column}: bulk ${JSON.stringify(a[column!])}, TypeORM ${JSON.stringify(e[column!])}`;
  }
  return "equal";
}

/** Compares a bulk write with TypeORM's, generated columns (`masked`) by shape only. */
export function classify(expected: Written, actual: Written, masked: ReadonlySet<string>): { outcome: Outcome; detail?: string } {
  if ("error" in expected) return "error" in actual ? { outcome: "both error", detail: expected.error } : { outcome: "typeorm-only error", detail: expected.error };
  if ("error" in actual) return { outcome: "bulk-only error", detail: actual.error };
  const e = normalise(expected.rows, masked);
  const a = normalise(actual.rows, masked);
  const detail = firstDifference(e, a);
  if (detail !== "equal" && process.env["CORPUS_DEBUG"]) process.stdout.write(`TypeORM:\n${e.join("\n")}\nbulk:\n${a.join("\n")}\n`);
  return detail === "equal" ? { outcome: "equal" } : { outcome: "mismatch", detail };
}

/** Tables in an order where every referenced table comes before the tables referencing it. */
function tableOrder(metadatas: readonly EntityMetadata[]): EntityMetadata[][] {
  const byTable = new Map<string, EntityMetadata[]>();
  for (const m of metadatas) {
    if (m.tableType !== "regular" && m.tableType !== "entity-child") continue;
    const list = byTable.get(m.tablePath) ?? [];
    if (m.tableType === "regular") list.unshift(m);
    else list.push(m);
    byTable.set(m.tablePath, list);
  }
  const ordered: EntityMetadata[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: string) => {
    if (state.has(table)) return;
    state.set(table, "visiting");
    for (const m of byTable.get(table)!) {
      for (const r of m.relations) {
        const parent = r.inverseEntityMetadata.tablePath;
        if ((r.isManyToOne || r.isOneToOneOwner) && parent !== table && byTable.has(parent)) visit(parent);
      }
    }
    state.set(table, "done");
    ordered.push(byTable.get(table)!);
  };
  for (const table of [...byTable.keys()].sort()) visit(table);
  return ordered;
}

/** TypeORM's insert without entity listeners: the package runs none by design. */
export async function typeormInsert(dataSource: DataSource, metadata: EntityMetadata, values: ObjectLiteral[]) {
  return dataSource.createQueryBuilder().insert().into(metadata.target).values(values).callListeners(false).execute();
}

/** One changed value in row 1 (the row that sets every column): the self-check's deliberate error. */
function tamper(metadata: EntityMetadata, rows: ObjectLiteral[]): void {
  const row = rows[1];
  if (row === undefined) return;
  const unique = uniqueColumnNames(metadata);
  for (const column of metadata.columns) {
    if (isWrittenByDatabase(column) || column.relationMetadata || unique.has(column.databaseName) || column.transformer) continue;
    const value = column.getEntityValue(row);
    const changed =
      typeof value === "string" && value.length > 0 && !column.enum ? (value[0] === "Q" ? "R" : "Q") + value.slice(1)
      : typeof value === "number" && !column.enum ? (value === 0 ? 1 : 0)
      : undefined;
    if (changed === undefined) continue;
    const parts = column.propertyPath.split(".");
    let target: ObjectLiteral = row;
    for (const part of parts.slice(0, -1)) target = target[part] as ObjectLiteral;
    target[parts[parts.length - 1]!] = changed;
    return;
  }
}

/** Runs the corpus comparison for one entity folder on one database. */
export async function runFolder(db: TestDatabase, folder: string, options: CorpusOptions): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  let dataSource: DataSource | undefined;
  try {
    dataSource = await db.connect(loadFolder(folder));
  } catch (error) {
    await disconnect(dataSource).catch(() => undefined);
    return [{ folder, entity: "*", path: "synchronize", outcome: "both error", detail: message(error) }];
  }
  try {
    const seeds = new Map<string, ObjectLiteral[]>();
    const ctx: GenerationContext = { dataSource, family: db.family, seeds };
    for (const table of tableOrder(dataSource.entityMetadatas)) {
      const masked = maskedColumns(table);
      for (const metadata of table) {
        for (const result of await runEntity(ctx, metadata, masked, options)) results.push({ folder, entity: metadata.name, ...result });
      }
      seeds.set(table[0]!.tablePath, await seed(ctx, table[0]!, options.rows));
    }
  } finally {
    await disconnect(dataSource).catch(() => undefined);
  }
  return results;
}

/** TypeORM-inserted rows of a table for later tables' relations to point at (empty if TypeORM can't). */
async function seed(ctx: GenerationContext, metadata: EntityMetadata, count: number): Promise<ObjectLiteral[]> {
  const rows = generateRows(ctx, metadata, count, randomFrom(`seed:${metadata.name}`));
  if (rows.length === 0) return [];
  try {
    await clearText(ctx.dataSource, metadata);
    await typeormInsert(ctx.dataSource, metadata, rows);
    const repository = ctx.dataSource.getRepository(metadata.target);
    return await repository.find({ loadRelationIds: true }).catch(() => repository.find());
  } catch {
    return [];
  }
}

type EntityResult = Omit<CaseResult, "folder" | "entity">;

async function runEntity(ctx: GenerationContext, metadata: EntityMetadata, masked: Set<string>, options: CorpusOptions): Promise<EntityResult[]> {
  const { dataSource, family } = ctx;
  const rows = generateRows(ctx, metadata, options.rows, randomFrom(`${metadata.tablePath}:${metadata.name}`));
  if (rows.length === 0) return [{ path: "bulkInsertMappings", outcome: "skipped", detail: "no valid rows could be generated" }];
  const written = async (write: () => Promise<unknown>): Promise<Written> => {
    try {
      await clearText(dataSource, metadata);
      await write();
      return { rows: await readText(dataSource, family, metadata) };
    } catch (error) {
      return { error: message(error) };
    }
  };
  const target = metadata.target;
  const repository = dataSource.getRepository(target);
  const instances = () => rows.map((row) => Object.assign(repository.create(), clone(row)));
  const results: EntityResult[] = [];
  const compare = (path: PathName, expected: Written, actual: Written) => results.push({ path, ...classify(expected, actual, masked) });

  const expected = await written(() => typeormInsert(dataSource, metadata, clone(rows)));
  const tampered = clone(rows);
  if (options.tamper) tamper(metadata, tampered);
  compare("bulkInsertMappings", expected, await written(() => bulkInsertMappings(dataSource, target, tampered)));
  if (typeof target === "function") {
    // an EntitySchema has no class, so it has no instances to save
    const expectedObjects = await written(() => typeormInsert(dataSource, metadata, instances()));
    compare("bulkSaveObjects", expectedObjects, await written(() => bulkSaveObjects(dataSource, instances())));
  }
  if (family === "postgres") compare("copy", expected, await written(() => bulkInsertMappings(dataSource, target, clone(rows), { method: "copy" })));
  // LOAD DATA LOCAL: what "auto" takes for large plain batches on MySQL and MariaDB
  if (family === "mysql") compare("load", expected, await written(() => bulkInsertMappings(dataSource, target, clone(rows), { method: "load" })));
  compare("returning+ignore", expected, await written(async () => {
    const result = await bulkInsertMappings(dataSource, target, clone(rows), { returning: true, onConflict: "ignore" });
    const missing = (result.identifiers ?? []).filter((id) => id === null || id === undefined).length;
    if (result.identifiers?.length !== rows.length || missing > 0) {
      throw new Error(`returning gave ${result.identifiers?.length} identifiers for ${rows.length} rows, ${missing} missing`);
    }
  }));
  results.push(...(await updatePath(ctx, metadata, masked, rows, written)));
  return results;
}

/** `source` merged into `target` recursively: a key inside an embedded joins the embedded's other values. */
function merge(target: ObjectLiteral, source: ObjectLiteral): ObjectLiteral {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    const nested = (v: unknown) => v !== null && typeof v === "object" && !(v instanceof Date) && !Buffer.isBuffer(v) && !Array.isArray(v);
    target[key] = nested(existing) && nested(value) ? merge(existing as ObjectLiteral, value as ObjectLiteral) : value;
  }
  return target;
}

/** bulkUpdateMappings against per-row TypeORM `update()` calls, both starting from TypeORM-inserted rows. */
async function updatePath(
  ctx: GenerationContext,
  metadata: EntityMetadata,
  masked: Set<string>,
  rows: ObjectLiteral[],
  written: (write: () => Promise<unknown>) => Promise<Written>,
): Promise<EntityResult[]> {
  const { dataSource } = ctx;
  const changes = generateChanges(ctx, metadata, rows.length, randomFrom(`update:${metadata.tablePath}:${metadata.name}`));
  if (changes.length !== rows.length || changes.every((c) => Object.keys(c).length === 0)) return [];
  const insertKeys = async () => {
    const result = await typeormInsert(dataSource, metadata, clone(rows));
    const ids = result.identifiers;
    if (ids.length !== rows.length || ids.some((id) => !id || Object.keys(id).length === 0)) throw new Error("TypeORM's insert returned no identifiers");
    return ids;
  };
  const expected = await written(async () => {
    const ids = await insertKeys();
    for (const [i, id] of ids.entries()) {
      if (Object.keys(changes[i]!).length === 0) continue;
      await dataSource.createQueryBuilder().update(metadata.target).set(clone(changes[i]!)).where(id).callListeners(false).execute();
    }
  });
  let setUp = true;
  const actual = await written(async () => {
    let ids: ObjectLiteral[];
    try {
      ids = await insertKeys();
    } catch (error) {
      setUp = false;
      throw error;
    }
    const mappings = ids.map((id, i) => merge(clone(changes[i]!), id)).filter((_, i) => Object.keys(changes[i]!).length > 0);
    await bulkUpdateMappings(dataSource, metadata.target, mappings);
  });
  if (!setUp && "error" in expected) return [{ path: "bulkUpdateMappings", outcome: "both error", detail: expected.error }];
  return [{ path: "bulkUpdateMappings", ...classify(expected, actual, masked) }];
}
