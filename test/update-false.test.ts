import { featureEntities } from "../entities/feature-row.entity";
import { bulkInsertMappings, bulkUpdateMappings, BulkError } from "../src";
import { describeEachDatabase, disconnect } from "./support/databases";
import type { DataSource } from "typeorm";

describeEachDatabase("bulkUpdateMappings rejects update: false columns", (db) => {
  const model = featureEntities(db.family);
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await db.connect(model.entities);
  });
  afterAll(() => disconnect(dataSource));

  it("names the column and the row", async () => {
    await bulkInsertMappings(dataSource, model.FeatureRow, [{ id: 1, title: "t", writeOnce: "w" }]);
    const error = await bulkUpdateMappings(dataSource, model.FeatureRow, [{ id: 1, writeOnce: "again" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkError);
    expect(error).toMatchObject({ key: "writeOnce", rowIndex: 0 });
    expect((error as Error).message).toMatch(/update: false/);
  });
});
