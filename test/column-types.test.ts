import { EntitySchema, type DataSource, type EntitySchemaColumnOptions, type ObjectLiteral } from "typeorm";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { bulkInsertMappings, bulkUpdateMappings } from "../src";
import { describeEachDatabase, disconnect, everyDriver, typeormMajor, type TestDatabase } from "./support/databases";
import { classify, clone, message, typeormInsert, type Outcome, type Written } from "./corpus/harness";
import { clearText, readText } from "./corpus/read";
import { edgeValues, typeSpecs, type TypeSpec } from "./corpus/column-types";
import { knownColumnTypeDefects, type ColumnTypeException } from "./corpus/known-defects";

/**
 * For every type of `driver.supportedDataTypes` the database accepts, with its variants: edge
 * values written by bulkInsertMappings, bulkUpdateMappings and an upsert (`onConflict.update`)
 * must read back as TypeORM's insert, update and upsert leave them.
 */
type Operation = "insert" | "update" | "upsert";

interface TypeCase {
  readonly spec: string;
  readonly operation: Operation;
  readonly outcome: Outcome;
  readonly detail?: string;
}

const NO_MASK = new Set<string>();

function schemaFor(spec: TypeSpec, index: number): EntitySchema {
  const columns: Record<string, EntitySchemaColumnOptions> = {
    id: { type: "int", primary: true },
    v: { ...spec.column, nullable: true },
  };
  if (spec.generated) columns["g"] = { type: "int", nullable: true, generatedType: "STORED", asExpression: "v + 1" } as EntitySchemaColumnOptions;
  return new EntitySchema({ name: `sweep${index}`, tableName: `sweep_${index}`, columns });
}

/**
 * A DataSource for every spec TypeORM's metadata validation accepts: a spec it refuses
 * ("Column v of Entity sweep3 does not support ...") is left out (the sweep then reports it
 * as not accepted) and the rest connect again.
 */
async function connectValid(db: TestDatabase, specs: TypeSpec[]): Promise<DataSource> {
  const left = new Set<number>();
  for (;;) {
    try {
      return await db.connect(specs.map((spec, i) => (left.has(i) ? undefined : schemaFor(spec, i))).filter((s) => s !== undefined), { synchronize: false });
    } catch (error) {
      const index = /Entity "?sweep(\d+)/.exec(message(error))?.[1];
      if (index === undefined || left.has(Number(index))) throw error;
      left.add(Number(index));
      if (process.env["SWEEP_DEBUG"]) process.stdout.write(`left out sweep${index}: ${message(error)}\n`);
    }
  }
}

/** Creates each table on its own, so a type the database refuses skips only its own table. */
async function createTables(dataSource: DataSource): Promise<Set<string>> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const failed = new Set<string>();
  for (const query of sql.upQueries) {
    const table = /sweep_\d+/.exec(query.query)?.[0];
    if (table && failed.has(table)) continue;
    try {
      await dataSource.query(query.query, query.parameters as unknown[]);
    } catch {
      if (table) failed.add(table);
    }
  }
  return failed;
}

async function written(dataSource: DataSource, db: TestDatabase, metadata: EntityMetadata, write: () => Promise<unknown>): Promise<Written> {
  try {
    await clearText(dataSource, metadata);
    await write();
    return { rows: await readText(dataSource, db.family, metadata) };
  } catch (error) {
    return { error: message(error) };
  }
}

/** The edge values TypeORM itself writes, each tried alone. */
async function acceptedValues(dataSource: DataSource, metadata: EntityMetadata, values: readonly unknown[]): Promise<unknown[]> {
  const accepted: unknown[] = [];
  for (const value of values) {
    try {
      await clearText(dataSource, metadata);
      await typeormInsert(dataSource, metadata, [{ id: 1, v: clone(value) }]);
      accepted.push(value);
    } catch {
      // TypeORM or the database refuses it: not part of the comparison
    }
  }
  return accepted;
}

async function sweepOne(dataSource: DataSource, db: TestDatabase, spec: TypeSpec, metadata: EntityMetadata): Promise<TypeCase[]> {
  const values = await acceptedValues(dataSource, metadata, edgeValues(spec, db.family));
  if (values.length === 0) return [{ spec: spec.name, operation: "insert", outcome: "skipped", detail: "TypeORM accepts none of the edge values" }];
  const rows = () => values.map((v, i) => ({ id: i + 1, v: clone(v) }));
  const rotated = () => values.map((_, i) => ({ id: i + 1, v: clone(values[(i + 1) % values.length]) }));
  const run = (write: () => Promise<unknown>) => written(dataSource, db, metadata, write);
  const target = metadata.target;
  const cases: TypeCase[] = [];
  const compare = (operation: Operation, expected: Written, actual: Written) => cases.push({ spec: spec.name, operation, ...classify(expected, actual, NO_MASK) });

  compare("insert", await run(() => typeormInsert(dataSource, metadata, rows())), await run(() => bulkInsertMappings(dataSource, target, rows())));
  compare(
    "update",
    await run(async () => {
      await typeormInsert(dataSource, metadata, rotated());
      for (const row of rows()) await dataSource.createQueryBuilder().update(target).set({ v: row.v }).where({ id: row.id }).execute();
    }),
    await run(async () => {
      await typeormInsert(dataSource, metadata, rotated());
      await bulkUpdateMappings(dataSource, target, rows());
    }),
  );
  const half = () => rotated().slice(0, Math.ceil(values.length / 2));
  compare(
    "upsert",
    await run(async () => {
      await typeormInsert(dataSource, metadata, half());
      await dataSource.getRepository(target).upsert(rows() as ObjectLiteral[], { conflictPaths: ["id"] });
    }),
    await run(async () => {
      await typeormInsert(dataSource, metadata, half());
      await bulkInsertMappings(dataSource, target, rows(), { onConflict: { target: ["id"], update: ["v"] } });
    }),
  );
  return cases;
}

function matches(entry: ColumnTypeException, result: TypeCase, db: TestDatabase): boolean {
  return (
    entry.spec.test(result.spec) &&
    (entry.operation === "*" || entry.operation === result.operation) &&
    (entry.database === "*" || entry.database === db.name || entry.database === db.family) &&
    (entry.major === undefined || entry.major === typeormMajor) &&
    (entry.detail === undefined || entry.detail.test(result.detail ?? ""))
  );
}

describeEachDatabase(
  "column-type sweep: bulk insert, update and upsert write what TypeORM writes",
  (db) => {
    let dataSource: DataSource;
    let specs: TypeSpec[];
    let refused: Set<string>;

    beforeAll(async () => {
      const probe = await db.connect([], { synchronize: false });
      specs = typeSpecs(db.family, probe.driver);
      await disconnect(probe);
      dataSource = await connectValid(db, specs);
      refused = await createTables(dataSource);
    }, 300_000);
    afterAll(() => disconnect(dataSource));

    it("for every supported type and variant, with edge values", async () => {
      const results: TypeCase[] = [];
      const notAccepted: string[] = [];
      for (const [index, spec] of specs.entries()) {
        if (refused.has(`sweep_${index}`) || !dataSource.hasMetadata(`sweep${index}`)) {
          notAccepted.push(spec.name);
          continue;
        }
        results.push(...(await sweepOne(dataSource, db, spec, dataSource.getMetadata(`sweep${index}`))));
      }
      const counts: Record<string, number> = {};
      for (const r of results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
      process.stdout.write(
        `[column-types] TypeORM ${typeormMajor === 0 ? "0.3" : "1.x"} ${db.name}: ${specs.length - notAccepted.length} of ${specs.length} type variants accepted, ` +
          `${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(" / ")}; not accepted: ${notAccepted.join(", ")}\n`,
      );
      const failing = results.filter((r) => r.outcome === "mismatch" || r.outcome === "bulk-only error");
      const unexpected = failing.filter((r) => !knownColumnTypeDefects.some((e) => matches(e, r, db)));
      for (const e of knownColumnTypeDefects) {
        const applies = (e.database === "*" || e.database === db.name || e.database === db.family) && (e.major === undefined || e.major === typeormMajor);
        if (applies && !failing.some((r) => matches(e, r, db))) process.stdout.write(`[column-types] known defect no longer fails, remove it: ${e.spec} ${e.operation} ${e.database}\n`);
      }
      expect(unexpected.map((r) => `${r.spec} ${r.operation}: ${r.outcome}: ${r.detail ?? ""}`)).toEqual([]);
    }, 600_000);
  },
  everyDriver,
);
