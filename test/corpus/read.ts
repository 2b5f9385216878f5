import type { DataSource } from "typeorm";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import type { Family } from "../support/databases";

/** A table row as text: column name -> the database's own text for the value (null for NULL). */
export type TextRow = Record<string, string | null>;

const MYSQL_HEX = /^(binary|varbinary|tinyblob|blob|mediumblob|longblob|bit)$/;
const MYSQL_SPATIAL = /^(geometry|point|linestring|polygon|multipoint|multilinestring|multipolygon|geometrycollection|geomcollection)$/;

interface TableColumns {
  readonly select: string;
  readonly names: readonly string[];
}

/** The select list that reads every column of the table as the database's text. */
async function tableColumns(dataSource: DataSource, family: Family, metadata: EntityMetadata): Promise<TableColumns> {
  const escape = (name: string) => dataSource.driver.escape(name);
  let columns: { name: string; type: string }[];
  if (family === "sqlite") {
    const info = (await dataSource.query(`PRAGMA table_info(${escape(metadata.tableName)})`)) as { name: string; type: string }[];
    columns = info.map((c) => ({ name: c.name, type: c.type }));
  } else if (family === "postgres") {
    columns = (await dataSource.query(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns
       WHERE table_schema = coalesce($1, current_schema()) AND table_name = $2 ORDER BY ordinal_position`,
      [metadata.schema ?? null, metadata.tableName],
    )) as { name: string; type: string }[];
  } else {
    columns = (await dataSource.query(
      `SELECT COLUMN_NAME AS name, DATA_TYPE AS type FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = coalesce(?, DATABASE()) AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
      [metadata.database ?? null, metadata.tableName],
    )) as { name: string; type: string }[];
  }
  const expression = (c: { name: string; type: string }) => {
    const id = escape(c.name);
    if (family === "sqlite") return `quote(${id})`;
    if (family === "postgres") return `${id}::text`;
    const type = c.type.toLowerCase();
    if (MYSQL_HEX.test(type)) return `HEX(${id})`;
    if (MYSQL_SPATIAL.test(type)) return `ST_AsText(${id})`;
    return `CAST(${id} AS CHAR)`;
  };
  return {
    names: columns.map((c) => c.name),
    select: columns.map((c, i) => `${expression(c)} AS ${escape(`c${i}`)}`).join(", "),
  };
}

const cache = new WeakMap<EntityMetadata, Promise<TableColumns>>();

/** Every row of the entity's table, each value as the database's text, in no particular order. */
export async function readText(dataSource: DataSource, family: Family, metadata: EntityMetadata): Promise<TextRow[]> {
  let columns = cache.get(metadata);
  if (columns === undefined) {
    columns = tableColumns(dataSource, family, metadata);
    cache.set(metadata, columns);
  }
  const { names, select } = await columns;
  const table = metadata.tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".");
  const raw = (await dataSource.query(`SELECT ${select} FROM ${table}`)) as Record<string, unknown>[];
  return raw.map((r) => {
    const row: TextRow = {};
    names.forEach((name, i) => {
      const value = r[`c${i}`];
      row[name] = value === null || value === undefined ? null : Buffer.isBuffer(value) ? value.toString("utf8") : String(value);
    });
    return row;
  });
}

/** Deletes every row of the entity's table with plain SQL. */
export async function clearText(dataSource: DataSource, metadata: EntityMetadata): Promise<void> {
  const table = metadata.tablePath.split(".").map((p) => dataSource.driver.escape(p)).join(".");
  await dataSource.query(`DELETE FROM ${table}`);
}
