import * as fs from "node:fs";
import * as path from "node:path";
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import { UsageError } from "./usage-error";

function isDataSource(value: unknown): value is DataSource {
  return typeof value === "object" && value !== null && "createQueryRunner" in value && "entityMetadatas" in value;
}

/**
 * Loads the DataSource exported (default or named) by a TypeScript or JavaScript file, the way
 * TypeORM's own CLI does: TypeScript files go through ts-node (transpile only), resolved from
 * the current directory.
 */
export async function loadDataSource(file: string): Promise<DataSource> {
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new UsageError(`data source file not found: ${file}`);
  if (/\.[cm]?ts$/.test(full)) registerTypeScript();
  const exported = require(full) as Record<string, unknown>;
  const dataSource = [exported["default"], ...Object.values(exported)].find(isDataSource);
  if (dataSource === undefined) throw new UsageError(`${file} exports no DataSource`);
  if (!dataSource.isInitialized) await dataSource.initialize();
  return dataSource;
}

let registered = false;

function registerTypeScript(): void {
  const alreadyRegistered = (process as unknown as Record<symbol, unknown>)[Symbol.for("ts-node.register.instance")];
  if (registered || alreadyRegistered !== undefined) return;
  let tsNode: string;
  try {
    tsNode = require.resolve("ts-node", { paths: [process.cwd(), __dirname] });
  } catch {
    throw new UsageError("loading a TypeScript data source needs ts-node (npm install --save-dev ts-node)");
  }
  (require(tsNode) as { register(options: object): void }).register({ transpileOnly: true });
  registered = true;
}

/** The entity of `dataSource` named `name`, by class name or table name. */
export function findEntity(dataSource: DataSource, name: string): { target: EntityTarget<ObjectLiteral>; metadata: EntityMetadata } {
  const metadata = dataSource.entityMetadatas.find((m) => m.name === name || m.tableName === name || m.tablePath === name);
  if (metadata === undefined) {
    const known = dataSource.entityMetadatas.map((m) => m.name).join(", ");
    throw new UsageError(`no entity named "${name}" (known: ${known})`);
  }
  return { target: metadata.target as EntityTarget<ObjectLiteral>, metadata };
}
