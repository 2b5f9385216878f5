import { Column, Entity, PrimaryGeneratedColumn, type DataSource } from "typeorm";
import { featureEntities } from "../entities/feature-row.entity";
import { bulkInsertMappings, BulkError } from "../src";
import { allDatabases, describeEachDatabase, disconnect } from "./support/databases";
import { clearTable, readRaw } from "./support/rows";

@Entity("hostile")
class Hostile {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "text", nullable: true })
  text!: string | null;

  @Column({ type: "text", array: true, nullable: true })
  list!: string[] | null;

  @Column({ type: "bytea", nullable: true })
  blob!: Buffer | null;

  @Column({ type: "timestamp", nullable: true })
  local!: Date | null;

  @Column({ type: "jsonb", nullable: true })
  doc!: unknown;
}

const HOSTILE = ["tab\there", "new\nline", "cr\rhere", "back\\slash", "\\N", "", "unicode ☃ 😀 ﬁ", "'quote' \"double\"", "x".repeat(100_000), "\\.", "end\\"];

function hostileRows() {
  return HOSTILE.map((text, i) => ({
    text,
    list: [text, "", "plain", "{brace}", 'a"b'],
    blob: Buffer.from([0, 1, 2, 255, 92, 9, i]),
    local: new Date(2024, 0, 2, 3, 4, 5, i),
    doc: { text, nested: [text, null] },
  })).concat([{ text: null, list: null, blob: null, local: null, doc: null } as never]);
}

const postgresOnly = allDatabases.filter((db) => db.family === "postgres");

describeEachDatabase(
  "the COPY path writes what the INSERT path writes",
  (db) => {
    const model = featureEntities("postgres");
    let dataSource: DataSource;
    let parentId: number;
    beforeAll(async () => {
      dataSource = await db.connect([...model.entities, Hostile]);
      parentId = (await dataSource.getRepository(model.FeatureParent).save({ name: "p" })).id;
    });
    afterAll(() => disconnect(dataSource));

    it("for hostile strings, arrays, bytea, json and timestamps without time zone", async () => {
      await bulkInsertMappings(dataSource, Hostile, hostileRows(), { method: "values" });
      const expected = await readRaw(dataSource, Hostile, ["id"]);
      await clearTable(dataSource, Hostile);
      const result = await bulkInsertMappings(dataSource, Hostile, hostileRows(), { method: "copy" });
      expect(result.inserted).toBe(HOSTILE.length + 1);
      expect(await readRaw(dataSource, Hostile, ["id"])).toEqual(expected);
    });

    it("for every column feature", async () => {
      const rows = () =>
        Array.from({ length: 40 }, (_, i) => ({
          title: `t${i}\t`,
          note: i % 3 ? null : "n\\",
          counter: i,
          flag: i % 2 === 0,
          doc: { i },
          simpleJson: [i],
          tags: ["a", `b${i}`],
          day: "2024-03-01",
          localAt: new Date(2024, 2, 1, 12, 0, i),
          zonedAt: new Date(Date.UTC(2024, 2, 1, 12, 0, i)),
          name: { first: "F", last: null },
          slug: "MiXeD",
          parent: parentId,
        }));
      await clearTable(dataSource, model.FeatureRow);
      await bulkInsertMappings(dataSource, model.FeatureRow, rows(), { method: "values" });
      const ignore = ["id", "token", "createdAt", "updatedAt"];
      const expected = await readRaw(dataSource, model.FeatureRow, ignore);
      await clearTable(dataSource, model.FeatureRow);
      await bulkInsertMappings(dataSource, model.FeatureRow, rows(), { method: "copy" });
      expect(await readRaw(dataSource, model.FeatureRow, ignore)).toEqual(expected);
    });

    it("a failing row names its input row, and the transaction leaves nothing", async () => {
      await clearTable(dataSource, model.FeatureRow);
      const rows = Array.from({ length: 3000 }, (_, i) => ({ title: i === 2500 ? "x".repeat(101) : `ok${i}` }));
      const error = await bulkInsertMappings(dataSource, model.FeatureRow, rows, { method: "copy", batchSize: 1000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BulkError);
      expect((error as Error).message).toMatch(/batch 2 \(rows 2000-2999\) failed: input row 2500, COPY line 501/);
      expect(await dataSource.getRepository(model.FeatureRow).count()).toBe(0);
    });

    it('is refused with onConflict or returning, and "auto" picks it only for plain inserts', async () => {
      await expect(bulkInsertMappings(dataSource, Hostile, [{}], { method: "copy", onConflict: "ignore" })).rejects.toThrow(/method "copy" needs/);
      await expect(bulkInsertMappings(dataSource, Hostile, [{}], { method: "copy", returning: true })).rejects.toThrow(/method "copy" needs/);
    });
  },
  postgresOnly,
);
