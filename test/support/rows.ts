import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

/** The raw rows of an entity's table, read with plain SQL, ordered by `orderBy`, minus `ignore` columns. */
export async function readRaw(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  ignore: readonly string[] = [],
  orderBy = "id",
): Promise<Record<string, unknown>[]> {
  const metadata = dataSource.getMetadata(entity);
  const table = metadata.tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".");
  const rows = (await dataSource.query(
    `SELECT * FROM ${table} ORDER BY ${dataSource.driver.escape(orderBy)}`,
  )) as Record<string, unknown>[];
  return rows.map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const column of ignore) delete copy[column];
    return copy;
  });
}

/** Deletes every row of an entity's table with plain SQL (no listeners, no cascades). */
export async function clearTable(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): Promise<void> {
  const metadata = dataSource.getMetadata(entity);
  const table = metadata.tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".");
  await dataSource.query(`DELETE FROM ${table}`);
}

/** Number of rows in an entity's table. */
export async function countRows(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): Promise<number> {
  return dataSource.getRepository(entity).count({ withDeleted: true });
}
