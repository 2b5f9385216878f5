import type { DataSource } from "typeorm";

/**
 * The function a JSON batch (`json` encoding) is read with on this data source's SQLite:
 * `jsonb_each` from 3.45 on, `json_each` before (what the dialect decides, read independently).
 */
export async function jsonBatchReader(dataSource: DataSource): Promise<"jsonb_each" | "json_each"> {
  const [found] = (await dataSource.query("SELECT sqlite_version() AS v")) as [{ v: string }];
  const [major = 0, minor = 0] = found.v.split(".").map(Number);
  return major > 3 || (major === 3 && minor >= 45) ? "jsonb_each" : "json_each";
}
