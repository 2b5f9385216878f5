import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type ColumnType,
  type DataSource,
  type EntityTarget,
  type ObjectLiteral,
} from "typeorm";
import { bulkInsertMappings, bulkSaveObjects, bulkUpdateMappings } from "../src";
import { allDatabases, withEachDatabase, type Family } from "./support/databases";
import { readRaw } from "./support/rows";

// Rows that leave different keys out, in one statement: each absent key must get the column's
// default, exactly as TypeORM's insert of that row alone (row by row, in order) gives it.

/** One table with every kind of default; `oracle` and `bulk` are written the same way and compared. */
function defaultedEntity(family: Family, table: string) {
  const timestamp: ColumnType = family === "postgres" ? "timestamp" : "datetime";
  @Entity(table)
  class Defaulted {
    @PrimaryGeneratedColumn()
    id!: number;

    @Column({ type: "varchar", length: 40, nullable: true, unique: true })
    name!: string | null;

    @Column({ type: "varchar", length: 20, default: "dflt" })
    label!: string;

    @Column({ type: "int", default: 7 })
    score!: number;

    @Column({ type: "int", default: () => "(6 * 7)" })
    computed!: number;

    @Column({ type: timestamp, default: () => "CURRENT_TIMESTAMP" })
    stamp!: Date;

    @Column(family === "postgres" ? { type: "uuid" } : {})
    @Generated("uuid")
    token!: string;

    @Column({ type: "varchar", length: 20, nullable: true })
    note!: string | null;

    /** Nullable with a default: an explicit null must stay NULL beside rows that leave it out. */
    @Column({ type: "varchar", length: 20, nullable: true, default: "hint" })
    hint!: string | null;

    @VersionColumn()
    version!: number;

    @CreateDateColumn()
    createdAt!: Date;

    @UpdateDateColumn()
    updatedAt!: Date;
  }
  return Defaulted;
}

/** Every column defaulted and nothing filled client-side: a `{}` row gives no column at all. */
function allDefaultEntity(family: Family, table: string) {
  @Entity(table)
  class AllDefault {
    @PrimaryGeneratedColumn()
    id!: number;

    @Column({ type: "varchar", length: 20, default: "dflt" })
    label!: string;

    @Column({ type: "int", default: 7 })
    score!: number;

    @Column({ type: family === "postgres" ? "timestamp" : "datetime", default: () => "CURRENT_TIMESTAMP" })
    stamp!: Date;

    @Column({ type: "varchar", length: 20, nullable: true })
    note!: string | null;
  }
  return AllDefault;
}

/** PostgreSQL only: a non-primary sequence and an identity key. */
function sequencedEntity(table: string) {
  @Entity(table)
  class Sequenced {
    @PrimaryGeneratedColumn("identity")
    id!: number;

    @Column()
    @Generated("increment")
    counter!: number;

    @Column({ type: "int", default: 7 })
    score!: number;

    @Column({ type: "varchar", length: 20, nullable: true })
    note!: string | null;
  }
  return Sequenced;
}

/** Columns whose value is the time or a random uuid: compared as "set, of the right shape". */
const VOLATILE = new Set(["stamp", "createdAt", "updatedAt"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function normalized(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      if (VOLATILE.has(key)) out[key] = value === null || value === undefined ? value : "<set>";
      else if (key === "token") out[key] = typeof value === "string" && UUID.test(value) ? "<uuid>" : value;
      else out[key] = value;
    }
    return out;
  });
}

/** Empties a table and restarts its generated keys, so that two tables get the same ids. */
async function resetTable(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): Promise<void> {
  const table = dataSource.getMetadata(entity).tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".");
  const type = dataSource.options.type;
  if (type === "postgres") await dataSource.query(`TRUNCATE ${table} RESTART IDENTITY`);
  else if (type === "mysql" || type === "mariadb") await dataSource.query(`TRUNCATE TABLE ${table}`);
  else {
    await dataSource.query(`DELETE FROM ${table}`);
    await dataSource.query("DELETE FROM sqlite_sequence WHERE name = ?", [dataSource.getMetadata(entity).tableName]); // AUTOINCREMENT's counter
  }
}

const OPTIONAL = ["name", "label", "score", "computed", "note"] as const;

/** Rows over every subset of the optional keys (explicit nulls included), `{}` among them. */
function mixedRows(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const row: Record<string, unknown> = {};
    const mask = (i * 7 + 3) % 32;
    OPTIONAL.forEach((key, k) => {
      if ((mask & (1 << k)) === 0) return;
      if (key === "name") row[key] = `n${i}`;
      else if (key === "note") row[key] = i % 3 === 0 ? null : `note ${i}`;
      else if (key === "label") row[key] = `l${i}`;
      else row[key] = i;
    });
    return row;
  });
}

const SHAPES = [{}, { name: "full", label: "L", score: 1, computed: 2, note: "x" }, { score: 3 }, {}, { label: "only label" }];

/** Alternating shapes: `{ name, score }` and `{ name }`. */
function alternating(count: number, offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? { name: `a${offset + i}`, score: i } : { name: `a${offset + i}` }));
}

const postgresOnly = allDatabases.filter((db) => db.family === "postgres");

for (const family of ["sqlite", "postgres", "mysql"] as const) {
  const Oracle = defaultedEntity(family, "irr_oracle");
  const Bulk = defaultedEntity(family, "irr_bulk");
  const EmptyOracle = allDefaultEntity(family, "irr_empty_oracle");
  const EmptyBulk = allDefaultEntity(family, "irr_empty_bulk");
  const databases = allDatabases.filter((db) => db.family === family);

  withEachDatabase(
    "rows of mixed key sets in one statement",
    [Oracle, Bulk, EmptyOracle, EmptyBulk],
    ({ dataSource }) => {
      beforeEach(async () => {
        for (const table of [Oracle, Bulk, EmptyOracle, EmptyBulk]) await resetTable(dataSource(), table);
      });

      it.each([
        ["only `{}` rows", () => [{}, {}, {}]],
        ["`{}` rows among others", () => [{}, {}, { label: "x" }, {}, { score: 1, note: "n" }, {}]],
      ])("rows giving no column at all leave what TypeORM's row-by-row insert leaves: %s", async (_title, rows) => {
        for (const row of rows()) await dataSource().getRepository(EmptyOracle).insert(row);
        const result = await bulkInsertMappings(dataSource(), EmptyBulk, rows());
        expect(result).toMatchObject({ inserted: rows().length, batches: 1 });
        expect(normalized(await readRaw(dataSource(), EmptyBulk))).toEqual(normalized(await readRaw(dataSource(), EmptyOracle)));
      });

      /** The table TypeORM's insert of each row, one by one, leaves; fresh objects each (insert writes back). */
      async function oracleInsert(rows: () => Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
        for (const row of rows()) await dataSource().getRepository(Oracle).insert(row);
        return normalized(await readRaw(dataSource(), Oracle));
      }

      it.each([
        ["every subset of the optional keys", () => mixedRows(64), {}],
        ["`{}` rows between full rows", () => [...SHAPES, ...SHAPES].map((row, i) => ("name" in row ? { ...row, name: `full${i}` } : { ...row })), {}],
        ["only `{}` rows", () => [{}, {}, {}], {}],
        ["across batch boundaries", () => mixedRows(40), { batchSize: 7 }],
        ["explicit nulls beside absent keys of a nullable defaulted column", () => [{ hint: null }, {}, { hint: "x" }, { hint: null }, {}], {}],
        ["a nullable defaulted column given or left out, never null", () => [{ hint: "y" }, {}, { hint: "z" }, {}], {}],
      ])("leave what TypeORM's row-by-row insert leaves: %s", async (_title, rows, options) => {
        const expected = await oracleInsert(rows);
        const result = await bulkInsertMappings(dataSource(), Bulk, rows(), options);
        expect(result.inserted).toBe(rows().length);
        expect(normalized(await readRaw(dataSource(), Bulk))).toEqual(expected);
        expect(expected.every((row) => row["token"] === "<uuid>" && row["stamp"] === "<set>")).toBe(true);
      });

      it("alternating shapes take one statement per batch, not per row", async () => {
        const insert = await bulkInsertMappings(dataSource(), Bulk, alternating(100), { dryRun: true, batchSize: 50 });
        expect(insert.statements).toHaveLength(2);
        const ignore = await bulkInsertMappings(dataSource(), Bulk, alternating(100), { dryRun: true, batchSize: 50, onConflict: "ignore" });
        expect(ignore.statements).toHaveLength(2);
        const updates = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? { id: i + 1, label: "x" } : { id: i + 1, score: i }));
        const update = await bulkUpdateMappings(dataSource(), Bulk, updates, { dryRun: true, batchSize: 50 });
        expect(update.statements).toHaveLength(2);
      });

      it("returning gives every row's key in input order", async () => {
        const rows = mixedRows(30).map((row, i) => ({ ...row, name: `r${i}` }));
        const result = await bulkInsertMappings(dataSource(), Bulk, rows, { returning: true });
        const ids = new Map((await dataSource().getRepository(Bulk).find()).map((row) => [row.name, row.id]));
        expect(result.identifiers).toEqual(rows.map((row) => ({ id: ids.get(row.name) })));
        const inOrder = result.identifiers!.map((id) => id!["id"] as number);
        expect([...inOrder].sort((a, b) => a - b)).toEqual(inOrder);
      });

      it('onConflict "ignore" skips existing rows and defaults the absent keys of the others', async () => {
        const existing = [{ name: "n1", label: "old" }, { name: "n4" }];
        await dataSource().getRepository(Oracle).insert(existing.map((r) => ({ ...r })));
        await bulkInsertMappings(dataSource(), Bulk, existing.map((r) => ({ ...r })));
        const rows = () => mixedRows(12);
        for (const row of rows()) await dataSource().createQueryBuilder().insert().into(Oracle).values(row).orIgnore().execute();
        // ids aside: an ignored row may use up a generated key (InnoDB, sequences)
        const expected = normalized(await readRaw(dataSource(), Oracle, ["id"]));

        const result = await bulkInsertMappings(dataSource(), Bulk, rows(), { onConflict: "ignore" });
        expect(normalized(await readRaw(dataSource(), Bulk, ["id"]))).toEqual(expected);
        expect(result.inserted).toBe(expected.length - existing.length);
      });

      it("an upsert overwrites only the listed columns each row gives, and defaults the rest of new rows", async () => {
        const existing = ["u0", "u1", "u2", "u3"].map((name) => ({ name, label: `old ${name}`, score: 100 }));
        const incoming = () => [
          { name: "u0", label: "new u0" },
          { name: "fresh1" },
          { name: "u1", score: 1 },
          { name: "u2", label: "new u2", score: 2, note: "not listed" },
          { name: "fresh2", score: 5, note: "n" },
          { name: "u3", note: "not listed", label: "new u3" },
        ];
        for (const table of [Oracle, Bulk]) await dataSource().getRepository(table).insert(existing.map((r) => ({ ...r })));
        // the oracle: TypeORM's update of the listed columns a row gives, or its insert
        for (const row of incoming()) {
          const listed = Object.fromEntries(Object.entries(row).filter(([key]) => key === "label" || key === "score"));
          if (await dataSource().getRepository(Oracle).existsBy({ name: row.name })) await dataSource().getRepository(Oracle).update({ name: row.name }, listed);
          else await dataSource().getRepository(Oracle).insert(row);
        }
        const result = await bulkInsertMappings(dataSource(), Bulk, incoming(), { onConflict: { target: ["name"], update: ["label", "score"] } });
        expect(result).toMatchObject({ inserted: 2, updated: 4 });
        // ids aside: an upsert's conflicting rows may use up generated keys (SQLite AUTOINCREMENT, sequences)
        const read = (table: typeof Oracle) => readRaw(dataSource(), table, ["id"], "name");
        expect(normalized(await read(Bulk))).toEqual(normalized(await read(Oracle)));
      });

      it("bulkSaveObjects overwrites only the properties each keyed object defines", async () => {
        const existing = [1, 2, 3].map((i) => ({ name: `s${i}`, label: `old ${i}`, score: 100 + i, note: "kept" }));
        for (const table of [Oracle, Bulk]) await dataSource().getRepository(table).insert(existing.map((r) => ({ ...r })));
        const changes = [{ id: 1, label: "new 1" }, { id: 2, score: 2, note: null }, { id: 3, name: "renamed" }];
        for (const { id, ...set } of changes) await dataSource().getRepository(Oracle).update(id, set);
        await dataSource().getRepository(Oracle).insert({ name: "fresh" });

        const objects = [...changes.map((c) => Object.assign(new Bulk(), c)), Object.assign(new Bulk(), { name: "fresh" })];
        const result = await bulkSaveObjects(dataSource(), objects);
        expect(result).toMatchObject({ inserted: 1, updated: 3 });
        // version aside: a keyed save resetting it to 1 is issue 8 item 5, fixed apart
        const read = (table: typeof Oracle) => readRaw(dataSource(), table, ["version"]);
        expect(normalized(await read(Bulk))).toEqual(normalized(await read(Oracle)));
      });

      it("irregular bulkUpdateMappings leave what update() of each row leaves", async () => {
        const seed = () => Array.from({ length: 12 }, (_, i) => ({ name: `m${i}`, label: `l${i}`, score: i, note: "n" }));
        for (const table of [Oracle, Bulk]) await dataSource().getRepository(table).insert(seed());
        const updates = () =>
          Array.from({ length: 12 }, (_, i) => {
            const row: Record<string, unknown> = { id: i + 1 };
            if (i % 2 === 0) row["label"] = `new ${i}`;
            if (i % 3 === 0) row["score"] = -i;
            if (i % 4 === 1) row["note"] = null;
            if (i % 5 === 2) row["version"] = 40 + i;
            if (Object.keys(row).length === 1) row["computed"] = i;
            return row;
          });
        for (const { id, ...set } of updates()) await dataSource().getRepository(Oracle).update(id as number, set);
        const result = await bulkUpdateMappings(dataSource(), Bulk, updates());
        expect(result.updated).toBe(12);
        expect(normalized(await readRaw(dataSource(), Bulk))).toEqual(normalized(await readRaw(dataSource(), Oracle)));
      });

      if (family === "postgres" || family === "mysql") {
        it(`method "${family === "postgres" ? "copy" : "load"}" loads mixed key sets as the row-by-row insert does`, async () => {
          const rows = () => mixedRows(30);
          const expected = await oracleInsert(rows);
          const method = family === "postgres" ? "copy" : "load";
          let result;
          try {
            result = await bulkInsertMappings(dataSource(), Bulk, rows(), { method });
          } catch (error) {
            if (family === "mysql" && /LOAD DATA LOCAL is refused/.test(String(error))) return; // server without local_infile
            throw error;
          }
          expect(result.inserted).toBe(30);
          expect(normalized(await readRaw(dataSource(), Bulk))).toEqual(expected);
        });
      }

      if (family === "postgres") {
        it('"auto" on a large batch with mixed key sets leaves what the row-by-row insert leaves', async () => {
          const rows = () => alternating(1200);
          await dataSource().getRepository(Oracle).insert(rows()); // one multi-row INSERT with DEFAULT: TypeORM's own
          const expected = normalized(await readRaw(dataSource(), Oracle));
          await bulkInsertMappings(dataSource(), Bulk, rows());
          expect(normalized(await readRaw(dataSource(), Bulk))).toEqual(expected);
        });
      }
    },
    databases,
  );
}

const SequencedOracle = sequencedEntity("irr_seq_oracle");
const SequencedBulk = sequencedEntity("irr_seq_bulk");

withEachDatabase(
  "mixed key sets over identity keys and a non-primary sequence",
  [SequencedOracle, SequencedBulk],
  ({ dataSource }) => {
    it("leave what TypeORM's row-by-row insert leaves, keys in input order", async () => {
      // (TypeORM never writes a given value into an "increment" column on PostgreSQL: only the identity key is given here)
      const rows = () => [{}, { score: 1 }, { note: "n" }, { id: 100, score: 2 }, {}, { score: 3, note: null }, { id: 200 }];
      for (const row of rows()) await dataSource().getRepository(SequencedOracle).insert(row);
      const result = await bulkInsertMappings(dataSource(), SequencedBulk, rows(), { returning: true });
      const expected = await readRaw(dataSource(), SequencedOracle);
      expect(await readRaw(dataSource(), SequencedBulk)).toEqual(expected);
      expect(result.identifiers).toEqual([1, 2, 3, 100, 4, 5, 200].map((id) => ({ id })));
    });
  },
  postgresOnly,
);
