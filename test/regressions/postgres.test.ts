import { Client } from "pg";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { bulkInsertMappings, bulkSaveObjects, bulkUpdateMappings, BulkError, type BulkInsertOptions } from "../../src";
import { allDatabases, describeEachDatabase, disconnect, typeormMajor, withEachDatabase } from "../support/databases";
import { postgresSettings } from "../support/servers";
import { clearTable, countRows, readRaw } from "../support/rows";
import {
  inSchemaEntity,
  PgBox,
  PgCopyFault,
  PgDefaults,
  PgFixed,
  PgFixedArray,
  PgIdentityAlways,
  PgIdentityDefault,
  PgOddName,
  PgScalar,
  PgScalarArray,
  PgSerial,
  PgTypeArrays,
  PgTypes,
  postgresRegressionEntities,
} from "./entities/postgres.entities";

// Regression tests of the PostgreSQL defects of issue 8 (numbers as in the issue). The oracle
// is TypeORM's own insert/update/upsert: the raw rows a bulk call leaves must equal theirs.

const postgresOnly = allDatabases.filter((db) => db.family === "postgres");

type Rows = () => ObjectLiteral[];
type Outcome = Record<string, unknown>[] | "error";

/**
 * The rows `write` leaves in the (cleared) table, or "error" when it rejects (then nothing may
 * be left, unless `seeded`: what the write seeded first stays).
 */
async function outcomeOf(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  write: () => Promise<unknown>,
  ignore: string[],
  seeded = false,
): Promise<Outcome> {
  await clearTable(dataSource, entity);
  const written = await write().then(
    () => true,
    (e: unknown) => e,
  );
  if (written !== true) {
    if (!(written instanceof BulkError) && !(written instanceof Error && written.constructor.name === "QueryFailedError")) throw written;
    if (!seeded) expect(await countRows(dataSource, entity)).toBe(0);
    return "error";
  }
  return readRaw(dataSource, entity, ignore);
}

/** Inserting `rows` with `bulkInsertMappings(options)` leaves what `repository.insert` leaves (or both fail, the bulk call with a BulkError). */
async function expectInsertLikeTypeorm(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  rows: Rows,
  options: BulkInsertOptions = {},
  ignore = ["id"],
): Promise<Outcome> {
  const expected = await outcomeOf(dataSource, entity, () => dataSource.getRepository(entity).insert(rows()), ignore);
  const bulk = await outcomeOf(dataSource, entity, () => bulkInsertMappings(dataSource, entity, rows(), options), ignore);
  if (expected === "error") {
    await expect(bulkInsertMappings(dataSource, entity, rows(), options)).rejects.toBeInstanceOf(BulkError);
  }
  expect(bulk).toEqual(expected);
  await clearTable(dataSource, entity);
  return expected;
}

type Changes = (ids: number[]) => ObjectLiteral[];

/** Seeds `seed` by TypeORM; `changes` gets the seeded ids, in seed order. */
async function seeded(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, seed: Rows, changes: Changes): Promise<ObjectLiteral[]> {
  await dataSource.getRepository(entity).insert(seed());
  return changes((await readRaw(dataSource, entity)).map((r) => Number(r["id"])));
}

/** Seeds `seed` by TypeORM, then compares per-row `repository.update` with `bulkUpdateMappings` of `changes`. */
async function expectUpdateLikeTypeorm(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, seed: Rows, changes: Changes): Promise<Outcome> {
  const repository = dataSource.getRepository(entity);
  const expected = await outcomeOf(
    dataSource,
    entity,
    async () => {
      for (const { id, ...set } of await seeded(dataSource, entity, seed, changes)) await repository.update({ id }, set);
    },
    ["id"],
    true,
  );
  const bulk = await outcomeOf(
    dataSource,
    entity,
    async () => {
      await bulkUpdateMappings(dataSource, entity, await seeded(dataSource, entity, seed, changes));
    },
    ["id"],
    true,
  );
  expect(bulk).toEqual(expected);
  return expected;
}

/**
 * Seeds `seed` by TypeORM, then compares `repository.upsert(rows, [target])` with an upsert on
 * `target` overwriting the other keys of the rows. (Not on a serial key: TypeORM's insert leaves
 * explicit values of an increment key out on PostgreSQL.)
 */
async function expectUpsertLikeTypeorm(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, seed: Rows, rows: Rows, target: string): Promise<void> {
  const repository = dataSource.getRepository(entity);
  const update = [...new Set(rows().flatMap((row) => Object.keys(row)))].filter((key) => key !== target);
  const expected = await outcomeOf(
    dataSource,
    entity,
    async () => {
      await repository.insert(seed());
      await repository.upsert(rows(), [target]);
    },
    ["id"],
    true,
  );
  const bulk = await outcomeOf(
    dataSource,
    entity,
    async () => {
      await repository.insert(seed());
      await bulkInsertMappings(dataSource, entity, rows(), { onConflict: { target: [target], update } });
    },
    ["id"],
    true,
  );
  expect(bulk).toEqual(expected);
}

/** Non-scalar values for the scalar columns of PgScalar. */
const NON_SCALAR_SHAPES: readonly [string, Rows][] = [
  ["arrays into varchar", () => [{ name: ["a", "b"], code: "row0" }, { name: ["c", "d"], code: "row1" }]],
  ["arrays with quotes, nulls and nesting", () => [{ name: ['a"b', null, ["x", "y"]], code: "row0" }, { name: [], code: "row1" }]],
  ["objects into text", () => [{ note: { a: 1, b: [1, 2] }, code: "row0" }, { note: { toPostgres: () => "custom" }, code: "row1" }]],
  ["a buffer into text", () => [{ note: Buffer.from("héllo"), code: "row0" }, { note: "plain", code: "row1" }]],
  ["dates and booleans into varchar", () => [{ name: new Date(2024, 0, 2, 3, 4, 5), code: true }, { name: false, code: 12.5 }]],
];

const PATHS: readonly [string, BulkInsertOptions][] = [
  ["the INSERT path", { method: "values" }],
  ["COPY", { method: "copy" }],
];

withEachDatabase(
  "1. char(n), bit(n) and other sized types keep their meaning",
  postgresRegressionEntities,
  ({ dataSource }) => {
    const fixedRows = () =>
      Array.from({ length: 8 }, (_, i) => ({
        code: `ABC12${i}`,
        tag: `KEY-0000000${i}`,
        bits: i % 2 ? "1010" : "0101",
        flags: "101",
        short: "abcde",
        amount: "123.456",
        at: "12:34:56.7",
        stamp: new Date(2024, 0, 2, 3, 4, 5, 678),
      }));

    it.each(PATHS)("%s stores char(6) 'ABC123', bit(4) '1010' and the rest as TypeORM does", async (_, options) => {
      const expected = await expectInsertLikeTypeorm(dataSource(), PgFixed, fixedRows, options);
      expect(expected).not.toBe("error");
      expect((expected as Record<string, unknown>[])[0]).toMatchObject({ code: "ABC120", tag: "KEY-00000000", bits: "0101" });
    });

    it.each(PATHS)("%s refuses over-long values as TypeORM does (char, bit, varbit, varchar)", async (_, options) => {
      for (const bad of [{ code: "ABC1234" }, { bits: "10101" }, { bits: "101" }, { flags: "101010" }, { short: "abcdef" }]) {
        expect(await expectInsertLikeTypeorm(dataSource(), PgFixed, () => [{ code: "x" }, bad], options)).toBe("error");
      }
    });

    it("trailing blanks beyond char(n) are cut as TypeORM cuts them", async () => {
      await expectInsertLikeTypeorm(dataSource(), PgFixed, () => [{ code: "ABC123   " }, { code: "AB" }]);
    });

    it('"ignore" on a char(12) unique key skips no row that differs after the first character', async () => {
      const result = await bulkInsertMappings(dataSource(), PgFixed, fixedRows(), { onConflict: "ignore" });
      expect(result.inserted).toBe(8);
      expect(await countRows(dataSource(), PgFixed)).toBe(8);
      await clearTable(dataSource(), PgFixed);
    });

    it("an upsert stores char(n) and bit(n) as TypeORM's upsert does", async () => {
      const rows = () => fixedRows().map((row, i) => ({ tag: i % 2 ? row.tag : `NEW-0000000${i}`, code: `XYZ${i}99`, bits: "1111" }));
      await expectUpsertLikeTypeorm(dataSource(), PgFixed, fixedRows, rows, "tag");
    });

    it("bulkUpdateMappings stores char(n) and bit(n) as TypeORM's update does", async () => {
      await expectUpdateLikeTypeorm(dataSource(), PgFixed, fixedRows, (ids) => ids.map((id, i) => ({ id, code: `UPD${i}00`, bits: "1100", tag: `NEWTAG-0000${i}` })));
      expect(await expectUpdateLikeTypeorm(dataSource(), PgFixed, fixedRows, (ids) => [{ id: ids[0], code: "TOOLONG" }])).toBe("error");
    });

    it.each(PATHS)("%s stores char(n)[] and bit(n)[] arrays as TypeORM does", async (_, options) => {
      const rows = () => [{ code: "ABC123", codes: ["ab", "abc"], bitList: ["1010", "0001"] }, { code: "Q", codes: [], bitList: null }];
      expect(await expectInsertLikeTypeorm(dataSource(), PgFixedArray, rows, options)).not.toBe("error");
      expect(await expectInsertLikeTypeorm(dataSource(), PgFixedArray, () => [{ codes: ["abcd"] }], options)).toBe("error");
    });

    it("bulkUpdateMappings stores char(n)[] and bit(n)[] arrays as TypeORM's update does", async () => {
      const seed = () => [{ code: "A", codes: ["a"], bitList: ["0000"] }];
      await expectUpdateLikeTypeorm(dataSource(), PgFixedArray, seed, ([id]) => [{ id, code: "ABC123", codes: ["ab", "abc"], bitList: ["1010"] }]);
      expect(await expectUpdateLikeTypeorm(dataSource(), PgFixedArray, seed, ([id]) => [{ id, codes: ["abcd"] }])).toBe("error");
    });
  },
  postgresOnly,
);

withEachDatabase(
  "2. a non-scalar value for a scalar column is converted as TypeORM converts it, one row per input row",
  postgresRegressionEntities,
  ({ dataSource }) => {

    it.each(PATHS)("%s: arrays into varchar write 2 rows, as TypeORM does", async (_, options) => {
      const rows = () => [{ name: ["a", "b"], code: "row0" }, { name: ["c", "d"], code: "row1" }];
      const expected = await expectInsertLikeTypeorm(dataSource(), PgScalar, rows, options);
      expect(expected).toEqual([
        { name: '{"a","b"}', code: "row0", note: null },
        { name: '{"c","d"}', code: "row1", note: null },
      ]);
    });

    for (const [path, options] of PATHS) {
      it.each(NON_SCALAR_SHAPES)(`${path}: %s`, async (_, rows) => {
        await expectInsertLikeTypeorm(dataSource(), PgScalar, rows, options);
      });
    }

    it.each(NON_SCALAR_SHAPES)("an upsert: %s", async (_, rows) => {
      const seed = () => [{ name: "old", code: "row0" }];
      await expectUpsertLikeTypeorm(dataSource(), PgScalar, seed, () => rows().map((row, i) => ({ ...row, code: `row${i}` })), "code");
    });

    it.each(NON_SCALAR_SHAPES)("bulkUpdateMappings: %s", async (_, rows) => {
      const seed = () => [{ name: "old" }, { name: "old" }];
      await expectUpdateLikeTypeorm(dataSource(), PgScalar, seed, (ids) => rows().map((row, i) => ({ ...row, id: ids[i] })));
    });

    it.each(PATHS)("%s: a Buffer that isn't UTF-8 into text fails as TypeORM's insert does", async (_, options) => {
      const rows = () => [{ note: Buffer.from([0xff, 0xfe, 0x41]), code: "row0" }];
      expect(await expectInsertLikeTypeorm(dataSource(), PgScalar, rows, options)).toBe("error");
    });

    it.each(PATHS)("%s: a Buffer into a type read in a binary format of its own is a BulkError naming its key", async (_, options) => {
      const error = await bulkInsertMappings(dataSource(), PgFixed, [{ code: "a", amount: "1" }, { code: "b", amount: Buffer.from([0, 0, 0, 1]) }], options).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BulkError);
      expect((error as Error).message).toMatch(/row 1\b.*key "amount".*a Buffer|key "amount", row 1 of its batch: a Buffer/);
      expect(await countRows(dataSource(), PgFixed)).toBe(0);
    });

    it.each(PATHS)("%s, beside an array column: nested arrays, arrays and objects as TypeORM writes them", async (_, options) => {
      const rows = () => [
        { name: ["a", "b"], tags: [["x", "y"], ["z", "w"]] },
        { name: { k: "v" }, tags: ["plain", 'q"uote', "back\\slash"] },
        { name: "s", tags: [] },
      ];
      await expectInsertLikeTypeorm(dataSource(), PgScalarArray, rows, options);
    });

    it("bulkUpdateMappings beside an array column: nested arrays and arrays into varchar", async () => {
      const seed = () => [{ name: "a", tags: ["t"] }, { name: "b", tags: null }];
      await expectUpdateLikeTypeorm(dataSource(), PgScalarArray, seed, (ids) => [
        { id: ids[0], name: ["a", "b"], tags: [["x", "y"], ["z", "w"]] },
        { id: ids[1], name: { k: 1 } },
      ]);
    });
  },
  postgresOnly,
);

withEachDatabase(
  "2. on every database, non-scalar values for scalar columns are written as TypeORM writes them",
  [PgScalar],
  ({ db, dataSource }) => {
    it.each(NON_SCALAR_SHAPES)("%s: as many rows as TypeORM writes, with its values, or a BulkError", async (_, rows) => {
      const expected = await outcomeOf(dataSource(), PgScalar, () => dataSource().getRepository(PgScalar).insert(rows()), ["id"]);
      const bulk = await outcomeOf(dataSource(), PgScalar, () => bulkInsertMappings(dataSource(), PgScalar, rows()), ["id"]);
      // a refusal is allowed where TypeORM stores something no one asked for (SQLite's "[object Object]")
      if (bulk !== "error") expect(bulk).toEqual(expected);
      if (db.family === "postgres") expect(bulk).toEqual(expected);
    });
  },
);

withEachDatabase(
  "7. a GENERATED ALWAYS identity key: COPY refuses explicit values as INSERT does; sequences move",
  postgresRegressionEntities,
  ({ dataSource }) => {
    beforeEach(async () => {
      await clearTable(dataSource(), PgIdentityAlways);
      await clearTable(dataSource(), PgIdentityDefault);
    });

    it.each(PATHS)("%s: explicit ids are a BulkError and write nothing, like TypeORM's insert", async (_, options) => {
      const rows = () => [{ name: "a" }, { id: 1000, name: "b" }];
      expect(await expectInsertLikeTypeorm(dataSource(), PgIdentityAlways, rows, options)).toBe("error");
    });

    it("bulkSaveObjects of a loaded entity updates it, as repository.save does", async () => {
      const repository = dataSource().getRepository(PgIdentityAlways);
      const expected = await outcomeOf(
        dataSource(),
        PgIdentityAlways,
        async () => {
          const saved = await repository.save(Object.assign(new PgIdentityAlways(), { name: "a" }));
          await repository.save(Object.assign(saved, { name: "changed" }));
        },
        ["id"],
      );
      const bulk = await outcomeOf(
        dataSource(),
        PgIdentityAlways,
        async () => {
          const saved = await repository.save(Object.assign(new PgIdentityAlways(), { name: "a" }));
          await bulkSaveObjects(dataSource(), [Object.assign(saved, { name: "changed" })]);
        },
        ["id"],
      );
      expect(bulk).toEqual([{ name: "changed" }]);
      expect(bulk).toEqual(expected);
    });

    it("COPY without ids lets the identity generate them", async () => {
      await bulkInsertMappings(dataSource(), PgIdentityAlways, [{ name: "a" }, { name: "b" }], { method: "copy" });
      await dataSource().getRepository(PgIdentityAlways).insert({ name: "c" });
      const ids = (await readRaw(dataSource(), PgIdentityAlways)).map((r) => r["id"]);
      expect(new Set(ids).size).toBe(3);
    });

    it.each(PATHS)("%s into a BY DEFAULT identity moves its sequence past the explicit ids", async (_, options) => {
      await bulkInsertMappings(dataSource(), PgIdentityDefault, [{ id: 1, name: "a" }, { id: 2, name: "b" }, { id: 3, name: "c" }], options);
      await dataSource().getRepository(PgIdentityDefault).insert([{ name: "d" }, { name: "e" }]);
      expect(await countRows(dataSource(), PgIdentityDefault)).toBe(5);
    });
  },
  postgresOnly,
);

withEachDatabase(
  "9. rows that leave every column to its default",
  postgresRegressionEntities,
  ({ dataSource }) => {
    const rows = (): ObjectLiteral[] => [{}, {}, { name: "a" }, {}, { count: 3 }, {}, {}];
    const ignore = ["id", "created"];

    it.each([...PATHS, ["the INSERT path with returning", { returning: true }] as const, ['"ignore"', { onConflict: "ignore" }] as const])(
      "%s writes them as TypeORM does",
      async (_, options) => {
        expect(await expectInsertLikeTypeorm(dataSource(), PgDefaults, rows, options, ignore)).toHaveLength(7);
        expect(await expectInsertLikeTypeorm(dataSource(), PgDefaults, () => [{}], options, ignore)).toHaveLength(1);
      },
    );

    it.each([
      ["returning", { returning: true }],
      ['"ignore" with returning', { onConflict: "ignore", returning: true }],
      ["an upsert with returning", { onConflict: { target: ["id"], update: ["name"] }, returning: true }],
    ] as const)("%s gives the generated keys in input order", async (_, options) => {
      await clearTable(dataSource(), PgDefaults);
      const result = await bulkInsertMappings(dataSource(), PgDefaults, rows(), options as BulkInsertOptions);
      const stored = await readRaw(dataSource(), PgDefaults);
      expect(result.identifiers).toEqual(stored.map((r) => ({ id: r["id"] })));
      expect(stored.map((r) => [r["name"], r["count"]])).toEqual([
        ["fallback", 7],
        ["fallback", 7],
        ["a", 7],
        ["fallback", 7],
        ["fallback", 3],
        ["fallback", 7],
        ["fallback", 7],
      ]);
    });

    it("bulkSaveObjects writes each object's generated key back, in input order", async () => {
      await clearTable(dataSource(), PgDefaults);
      const objects: PgDefaults[] = rows().map((row) => Object.assign(new PgDefaults(), row));
      const result = await bulkSaveObjects(dataSource(), objects, { returning: true });
      expect(result.inserted).toBe(7);
      const stored = await readRaw(dataSource(), PgDefaults);
      expect(objects.map((o) => o.id)).toEqual(stored.map((r) => r["id"]));
      expect(objects[2]!.name).toBe("a");
    });

    it("a dry run shows a statement PostgreSQL accepts", async () => {
      await clearTable(dataSource(), PgDefaults);
      const result = await bulkInsertMappings(dataSource(), PgDefaults, [{}, {}], { dryRun: true });
      expect(result.statements).toHaveLength(1);
      await dataSource().query(result.statements![0]!.sql, result.statements![0]!.parameters);
      expect(await countRows(dataSource(), PgDefaults)).toBe(2);
      await clearTable(dataSource(), PgDefaults);
    });
  },
  postgresOnly,
);

withEachDatabase(
  "18. explicit ids with transaction: false and a later failing batch",
  postgresRegressionEntities,
  ({ dataSource }) => {
    it.each(PATHS)("%s: the committed ids are behind the sequence, so the next ordinary insert succeeds", async (_, options) => {
      await clearTable(dataSource(), PgSerial);
      const rows = [
        { id: 1, name: "a" },
        { id: 2, name: "b" },
        { id: 3, name: "c" },
        { id: 4, name: "a" }, // duplicate name: the second batch fails
      ];
      const error = await bulkInsertMappings(dataSource(), PgSerial, rows, { ...options, transaction: false, batchSize: 2 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BulkError);
      expect(await countRows(dataSource(), PgSerial)).toBe(2);
      await dataSource().getRepository(PgSerial).insert([{ name: "next1" }, { name: "next2" }, { name: "next3" }]);
      expect(await countRows(dataSource(), PgSerial)).toBe(5);
    });
  },
  postgresOnly,
);

const ODD_NAME = `Odd "name" it's`;

describeEachDatabase(
  "19. tables whose names need quoting are looked up without 'invalid name syntax'",
  (db) => {
    const schema = `Other Schema ${process.pid}`;
    const PgInSchema = inSchemaEntity(schema);
    let connected: DataSource | undefined;
    beforeAll(async () => {
      const admin = new Client(postgresSettings);
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
      await admin.end();
      connected = await db.connect([PgOddName, PgInSchema]);
      const odd = `${connected.driver.escape(connected.getMetadata(PgOddName).schema!)}."${ODD_NAME.replace(/"/g, '""')}"`;
      await connected.query(`CREATE TABLE ${odd} (id int PRIMARY KEY, name varchar(20))`);
    });
    afterAll(async () => {
      await disconnect(connected);
      const admin = new Client(postgresSettings);
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '""')}" CASCADE`);
      await admin.end();
    });

    it.each([...PATHS, ["an upsert", { onConflict: { target: ["id"], update: ["name"] } }] as const])(
      "a table name with quotes and spaces, %s",
      async (_, options) => {
        const rows = () => [{ id: 1, name: "a" }, { id: 2, name: "b" }];
        if (typeormMajor >= 1) {
          await expectInsertLikeTypeorm(connected!, PgOddName, rows, options as BulkInsertOptions, []);
        } else {
          // TypeORM 0.3 doesn't double the quote in the name: its insert fails, and the bulk call with a BulkError
          await expect(connected!.getRepository(PgOddName).insert(rows())).rejects.toThrow();
          await expect(bulkInsertMappings(connected!, PgOddName, rows(), options as BulkInsertOptions)).rejects.toBeInstanceOf(BulkError);
        }
      },
    );

    it.each(PATHS)("a table in a schema named on the entity, %s", async (_, options) => {
      await expectInsertLikeTypeorm(connected!, PgInSchema, () => [{ name: "a" }, { name: "b" }], options);
      await bulkInsertMappings(connected!, PgInSchema, [{ id: 1000, name: "explicit" }], options);
      await connected!.getRepository(PgInSchema).insert({ name: "after" });
    });

    it("a table that does not exist is a BulkError naming it", async () => {
      const table = connected!.getMetadata(PgInSchema).tablePath.split(".").map((p) => `"${p}"`).join(".");
      await connected!.query(`ALTER TABLE ${table} RENAME TO "gone"`);
      try {
        const error = await bulkInsertMappings(connected!, PgInSchema, [{ name: "x" }]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BulkError);
        expect((error as Error).message).toMatch(/in schema/);
      } finally {
        await connected!.query(`ALTER TABLE "${schema}"."gone" RENAME TO "in schema"`);
      }
    });
  },
  postgresOnly,
);

withEachDatabase(
  "19. a COPY failure names a row only when PostgreSQL names one",
  postgresRegressionEntities,
  ({ dataSource }) => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, name: `n${i}` }));
    const schema = () => dataSource().driver.escape(dataSource().getMetadata(PgCopyFault).schema!);
    const table = () => `${schema()}.${dataSource().driver.escape("pg_copy_fault")}`;

    /** Runs `run` while a BEFORE INSERT trigger with `body` is on the table. */
    async function withTrigger(body: string, run: () => Promise<void>): Promise<void> {
      await dataSource().query(`CREATE OR REPLACE FUNCTION ${schema()}.fault() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${body}
          RETURN NEW;
        END $$`);
      await dataSource().query(`CREATE TRIGGER fault BEFORE INSERT ON ${table()} FOR EACH ROW EXECUTE FUNCTION ${schema()}.fault()`);
      try {
        await clearTable(dataSource(), PgCopyFault);
        await run();
      } finally {
        await dataSource().query(`DROP TRIGGER fault ON ${table()}`);
      }
    }

    it("a row-specific error raised by a trigger names that row's COPY line, not the function's line", async () => {
      await withTrigger(
        `IF NEW.id = 3 THEN
            RAISE EXCEPTION 'row three refused';
          END IF;`,
        async () => {
          const error = await bulkInsertMappings(dataSource(), PgCopyFault, rows, { method: "copy" }).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(BulkError);
          expect((error as Error).message).toMatch(/input row 2, COPY line 3: row three refused/);
        },
      );
    });

    it("a cancelled statement (statement_timeout's SQLSTATE) names no row", async () => {
      await withTrigger(`RAISE EXCEPTION 'canceling statement due to statement timeout' USING ERRCODE = 'query_canceled';`, async () => {
        const error = await bulkInsertMappings(dataSource(), PgCopyFault, rows, { method: "copy" }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BulkError);
        expect((error as Error).message).toMatch(/statement timeout/);
        expect((error as Error).message).not.toMatch(/input row|COPY line/);
      });
    });

    it("a real statement_timeout names no row", async () => {
      await withTrigger(`PERFORM pg_sleep(5);`, async () => {
        const error = await dataSource()
          .transaction(async (manager) => {
            await manager.query("SET LOCAL statement_timeout = 200");
            await bulkInsertMappings(manager, PgCopyFault, rows, { method: "copy" });
          })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BulkError);
        expect((error as Error).message).toMatch(/timeout/);
        expect((error as Error).message).not.toMatch(/input row|COPY line/);
      });
    });

    it("a terminated connection names no row", async () => {
      await withTrigger(`PERFORM pg_terminate_backend(pg_backend_pid());`, async () => {
        const error = await bulkInsertMappings(dataSource(), PgCopyFault, rows, { method: "copy" }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BulkError);
        expect((error as Error).message).not.toMatch(/input row|COPY line/);
      });
    });
  },
  postgresOnly,
);

/** Three sample values per column of PgTypes (row i takes the i-th of each). */
const TYPE_SAMPLES: Record<string, readonly unknown[]> = {
  int2: [1, -32768, "7"],
  int8: ["9007199254740993", 42, "-1"],
  numeric: ["1.005", 3.14159, "-0"],
  anyNumeric: ["123456789.123456789", 1e-7, "NaN"],
  real: [1.5, "Infinity", 0.1],
  float8: [0.1, "-Infinity", "NaN"],
  money: ["12.34", 5, "$1,000.00"],
  anyVarchar: ["x", "", "ü 😀"],
  oneChar: ["a", " ", "é"],
  text: ["a\tb\nc\\d", "\\N", '"q" \'s\''],
  bytea: [Buffer.from([0, 1, 92, 255]), "\\x0102", Buffer.alloc(0)],
  oneBit: ["1", "0", "1"],
  anyVarbit: ["", "1", "0101"],
  timetz: ["12:00:00+02", "23:59:59.999999-05", "00:00"],
  timestamptz: [new Date(Date.UTC(2024, 1, 29, 12, 0, 0, 123)), "2024-01-01 00:00:00+05", "2024-03-10 02:30:00-08"],
  timestamp3: [new Date(2024, 1, 29, 12, 34, 56, 789), "2024-02-29 12:34:56.789623", "2024-01-01 00:00:00.0005"],
  date: ["2024-01-01", new Date(2024, 5, 30, 23, 0, 0), "2024-12-31"],
  time: ["12:34:56.123456", "24:00", "00:00:01"],
  interval: ["1 year 2 mons", "P1DT2H", "-1 day 03:00"],
  bool: [true, false, null],
  shade: ["light", "odd 'one'", "dark"],
  point: ["(1,2)", "1.5,2", "(3,4)"],
  line: ["{1,2,3}", "[(0,0),(1,1)]", null],
  polygon: ["((0,0),(1,1),(1,0))", "(0,0),(2,2),(2,0)", null],
  circle: ["<(0,0),1>", "((1,1),2)", null],
  inet: ["192.168.0.1/24", "::1", "10.0.0.1"],
  cidr: ["10.0.0.0/8", "2001:db8::/32", "192.168.1"],
  macaddr: ["08:00:2b:01:02:03", "08-00-2b-01-02-04", "0800.2b01.0205"],
  tsvector: ["a fat cat", "'quoted' & stuff", ""],
  tsquery: ["fat & cat", "!rat", "a <-> b"],
  uuid: ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A12", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a13}"],
  xml: ["<a>1</a>", "text only", "<b x='1'/>"],
  json: [{ a: 1 }, [1, "two"], "just a string"],
  jsonb: [{ b: [1, 2], "\\": '"' }, 12.5, true],
  jsonpath: ["$.a", "$[*] ? (@ > 1)", "strict $.b"],
  int4range: ["[1,5)", "(1,5]", "empty"],
  tstzrange: ["[2024-01-01,2024-02-01)", "(,)", null],
  multirange: ["{[1,3), [5,7)}", "{}", null],
  simpleArray: [["a", "b"], [], ["with,comma"]],
  simpleJson: [{ x: 1 }, [null], "s"],
};

/** Three sample rows of PgTypeArrays. */
const ARRAY_SAMPLES: Record<string, readonly unknown[]> = {
  ints: [[1, 2, 3], [], [[1, 2], [3, 4]]],
  texts: [["a", 'q"uote', "back\\slash", "", "NULL"], [null, "x"], ["{brace}", "com,ma"]],
  shades: [["light", "dark"], [], ["odd 'one'"]],
  blobs: [[Buffer.from([1, 2]), Buffer.alloc(0)], [], null],
  stamps: [[new Date(Date.UTC(2024, 0, 1)), "2024-06-01 12:00+02"], [], null],
  amounts: [["1.25", 3.14159], ["-0.05"], []],
  shorts: [["abc", "de"], [""], []],
};

/** Three sample rows of PgBox. */
const BOX_SAMPLES: Record<string, readonly unknown[]> = { box: ["(1,1),(0,0)", "((0,0),(2,2))", null] };

function sampleRows(samples: Record<string, readonly unknown[]>): Rows {
  return () =>
    [0, 1, 2].map((i) => {
      const row: ObjectLiteral = { label: `row${i}` };
      for (const [key, values] of Object.entries(samples)) row[key] = values[i];
      return row;
    });
}

withEachDatabase(
  "PostgreSQL column types are written as TypeORM writes them",
  postgresRegressionEntities,
  ({ dataSource }) => {
    const entities: readonly [string, EntityTarget<ObjectLiteral>, Record<string, readonly unknown[]>][] = [
      ["scalar types (unnest)", PgTypes, TYPE_SAMPLES],
      ["array types (VALUES)", PgTypeArrays, ARRAY_SAMPLES],
      ["box, whose arrays are ';'-separated", PgBox, BOX_SAMPLES],
    ];

    it("the scalar types take the unnest path, the others multi-row VALUES", async () => {
      const sqlOf = async (entity: EntityTarget<ObjectLiteral>, samples: Record<string, readonly unknown[]>) =>
        (await bulkInsertMappings(dataSource(), entity, sampleRows(samples)(), { dryRun: true })).statements![0]!.sql;
      expect(await sqlOf(PgTypes, TYPE_SAMPLES)).toMatch(/unnest/);
      expect(await sqlOf(PgTypeArrays, ARRAY_SAMPLES)).toMatch(/VALUES/);
      expect(await sqlOf(PgBox, BOX_SAMPLES)).toMatch(/VALUES/);
    });

    for (const [kind, entity, samples] of entities) {
      it.each(PATHS)(`${kind}: %s`, async (_, options) => {
        expect(await expectInsertLikeTypeorm(dataSource(), entity, sampleRows(samples), options)).toHaveLength(3);
      });

      it(`${kind}: an upsert`, async () => {
        const seed = () => [0, 1].map((i) => ({ label: `row${i}` }));
        await expectUpsertLikeTypeorm(dataSource(), entity, seed, sampleRows(samples), "label");
      });

      it(`${kind}: bulkUpdateMappings`, async () => {
        const seed = () => [0, 1, 2].map((i) => ({ label: `row${i}` }));
        const changes: Changes = (ids) => sampleRows(samples)().map((row, i) => ({ ...row, id: ids[i] }));
        expect(await expectUpdateLikeTypeorm(dataSource(), entity, seed, changes)).toHaveLength(3);
      });
    }
  },
  postgresOnly,
);
