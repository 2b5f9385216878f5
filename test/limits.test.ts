import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { bulkInsertMappings } from "../src";
import { allDatabases, withEachDatabase } from "./support/databases";
import { countRows } from "./support/rows";

const WIDTH = 40;

@Entity("wide")
class Wide {
  @PrimaryGeneratedColumn()
  id!: number;
  [column: string]: number;
}
for (let i = 0; i < WIDTH - 1; i++) Column({ type: "int", nullable: true })(Wide.prototype, `c${i}`);

@Entity("labelled")
class Labelled {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "text", array: true })
  labels!: string[];
}

function* wideRows(count: number) {
  for (let r = 0; r < count; r++) {
    const row: Record<string, number> = {};
    for (let i = 0; i < WIDTH - 1; i++) row[`c${i}`] = r + i;
    yield row;
  }
}

withEachDatabase("no statement exceeds a database limit", [Wide], ({ db, dataSource }) => {
  it(`inserts 200 000 rows of a ${WIDTH}-column entity in one call`, async () => {
    const result = await bulkInsertMappings(dataSource(), Wide, wideRows(200_000), { batchSize: 10_000 });
    expect(result.inserted).toBe(200_000);
    expect(await countRows(dataSource(), Wide)).toBe(200_000);
    const last = await dataSource().getRepository(Wide).findOneOrFail({ where: {}, order: { id: "DESC" } });
    expect(last["c38"]).toBe(199_999 + 38);
  });

  it("clamps any batchSize to the bind-parameter limit", async () => {
    const result = await bulkInsertMappings(dataSource(), Wide, wideRows(5000), { batchSize: 1_000_000, dryRun: true });
    const limit = { sqlite: 32766, postgres: 65535, mysql: 65535 }[db.family];
    for (const statement of result.statements!) expect(statement.parameters.length).toBeLessThanOrEqual(limit);
    // PostgreSQL's unnest and node-sqlite3's JSON batch bind one parameter per column or per statement
    const bindsPerValue = db.family !== "postgres" && db.name !== "sqlite (sqlite3)";
    expect(result.statements!.length).toBeGreaterThan(bindsPerValue ? 1 : 0);
  });
});

withEachDatabase(
  "PostgreSQL entities with array columns use multi-row VALUES clamped to 65 535 parameters",
  [Labelled],
  ({ dataSource }) => {
    it("splits 70 000 rows into statements under the limit and stores the arrays intact", async () => {
      const rows = Array.from({ length: 70_000 }, (_, i) => ({ labels: [`a${i}`, "b,c", 'quote"d'] }));
      const plan = await bulkInsertMappings(dataSource(), Labelled, rows, { batchSize: 70_000, dryRun: true });
      expect(plan.statements!.map((s) => s.parameters.length)).toEqual([65535, 70_000 - 65535]);
      const result = await bulkInsertMappings(dataSource(), Labelled, rows, { batchSize: 70_000 });
      expect(result).toMatchObject({ inserted: 70_000, batches: 2 });
      const stored = await dataSource().getRepository(Labelled).findOneByOrFail({ id: 70_000 });
      expect(stored.labels).toEqual(["a69999", "b,c", 'quote"d']);
    });
  },
  allDatabases.filter((db) => db.family === "postgres"),
);
