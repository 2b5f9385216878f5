import type { DataSource } from "typeorm";
import { featureEntities } from "../entities/feature-row.entity";
import { bulkInsertMappings } from "../src";
import { allDatabases, describeEachDatabase, disconnect } from "./support/databases";
import { bulkErrorOf } from "./support/errors";
import { clearTable, readRaw } from "./support/rows";

const HOSTILE = ["tab\there", "new\nline", "cr\rhere", "back\\slash", "\\N", "", "nul\u0000byte", "unicode ☃ 😀", "'quote' \"double\"", "end\\"];

describeEachDatabase(
  "LOAD DATA LOCAL INFILE writes what the INSERT path writes",
  (db) => {
    const model = featureEntities("mysql");
    let dataSource: DataSource;
    let parentId: number;
    beforeAll(async () => {
      dataSource = await db.connect(model.entities);
      parentId = (await dataSource.getRepository(model.FeatureParent).save({ name: "p" })).id;
    });
    afterAll(() => disconnect(dataSource));

    const rows = () =>
      HOSTILE.map((note, i) => ({
        title: `t${i}`,
        note,
        counter: i,
        flag: i % 2 === 0,
        ratio: i / 3,
        big: "9007199254740993",
        amount: "12.3456",
        doc: { note, i },
        simpleJson: [note],
        tags: ["a", `b${i}`],
        day: "2024-03-01",
        localAt: new Date(2024, 2, 1, 12, 0, i),
        zonedAt: new Date(Date.UTC(2024, 2, 1, 12, 0, i)),
        name: { first: note, last: null },
        slug: "MiXeD",
        parent: i % 2 ? parentId : null,
      }));
    const ignore = ["id", "token", "createdAt", "updatedAt"];

    it("for hostile strings and every column feature", async () => {
      await clearTable(dataSource, model.FeatureRow);
      await bulkInsertMappings(dataSource, model.FeatureRow, rows(), { method: "values" });
      const expected = await readRaw(dataSource, model.FeatureRow, ignore);
      await clearTable(dataSource, model.FeatureRow);
      const result = await bulkInsertMappings(dataSource, model.FeatureRow, rows(), { method: "load" });
      expect(result.inserted).toBe(HOSTILE.length);
      expect(await readRaw(dataSource, model.FeatureRow, ignore)).toEqual(expected);
    });

    it("fails on what the INSERT would fail on (a value too long), names the row, and leaves nothing", async () => {
      await clearTable(dataSource, model.FeatureRow);
      const input = Array.from({ length: 300 }, (_, i) => ({ title: i === 250 ? "x".repeat(101) : `ok${i}` }));
      const error = await bulkErrorOf(bulkInsertMappings(dataSource, model.FeatureRow, input, { method: "load", batchSize: 100 }));
      expect(error.message).toMatch(/batch 2 \(rows 200-299\) failed: input row 250, LOAD DATA row 51/);
      expect(await dataSource.getRepository(model.FeatureRow).count()).toBe(0);
    });
  },
  allDatabases.filter((db) => db.family === "mysql"),
);
