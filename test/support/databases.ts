import { randomBytes } from "node:crypto";
import { typeormMajorVersion } from "../../ormconfig";
import { Client } from "pg";
import { createConnection } from "mysql2/promise";
import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from "typeorm";
import { mysqlSettings, postgresSettings } from "./servers";

/** Which SQL dialect family a test database belongs to. */
export type Family = "sqlite" | "postgres" | "mysql";

/** The TypeORM major version this jest project runs against (0 or 1). */
export const typeormMajor = typeormMajorVersion();

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Entities = MixedList<Function | string | EntitySchema>;

/** One database of the test matrix. */
export interface TestDatabase {
  /** Name in test titles, e.g. `sqlite (better-sqlite3)`. */
  readonly name: string;
  readonly family: Family;
  /** Whether its server answered at the start of the run. */
  readonly available: boolean;
  /** A fresh, synchronized, isolated DataSource (own schema or database) for `entities`. */
  connect(entities: Entities, extra?: Partial<DataSourceOptions>): Promise<DataSource>;
}

const isolatedNames = new WeakMap<DataSource, () => Promise<void>>();

function uniqueName(): string {
  return `tb_${process.pid}_${randomBytes(4).toString("hex")}`;
}

async function initialize(options: DataSourceOptions, cleanup: () => Promise<void>): Promise<DataSource> {
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    // a DataSource that fails to initialize (e.g. synchronize refuses an entity) leaves no schema behind
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await cleanup().catch(() => undefined);
    throw error;
  }
  isolatedNames.set(dataSource, cleanup);
  return dataSource;
}

function sqliteDatabase(driver: "sqlite" | "better-sqlite3"): TestDatabase {
  return {
    name: driver === "sqlite" ? "sqlite (sqlite3)" : "sqlite (better-sqlite3)",
    family: "sqlite",
    available: true,
    connect(entities, extra = {}) {
      return initialize({ type: driver, database: ":memory:", entities, synchronize: true, ...extra } as DataSourceOptions, async () => {});
    },
  };
}

/** The project's default SQLite driver: sqlite3 on TypeORM 0.3, better-sqlite3 on 1.x (which has no sqlite3 driver). */
const sqlite = sqliteDatabase(typeormMajor >= 1 ? "better-sqlite3" : "sqlite");

/** TypeORM 0.3 with better-sqlite3, which many 0.3 projects use (1.x runs it as `sqlite` above). */
const betterSqlite03 = sqliteDatabase("better-sqlite3");

const postgres: TestDatabase = {
  name: "postgres (pg)",
  family: "postgres",
  available: process.env["TYPEORM_BULK_POSTGRES"] === "1",
  async connect(entities, extra = {}) {
    const schema = uniqueName();
    const admin = new Client(postgresSettings);
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    const { user, ...rest } = postgresSettings;
    return initialize({ type: "postgres", ...rest, username: user, schema, entities, synchronize: true, ...extra } as DataSourceOptions, async () => {
      const client = new Client(postgresSettings);
      await client.connect();
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    });
  },
};

const mariadb: TestDatabase = {
  name: "mariadb (mysql2)",
  family: "mysql",
  available: process.env["TYPEORM_BULK_MYSQL"] === "1",
  async connect(entities, extra = {}) {
    const database = uniqueName();
    const admin = await createConnection(mysqlSettings);
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    await admin.end();
    const { user, ...rest } = mysqlSettings;
    return initialize({ type: "mariadb", ...rest, username: user, database, charset: "utf8mb4_bin", entities, synchronize: true, ...extra } as DataSourceOptions, async () => {
      const client = await createConnection(mysqlSettings);
      await client.query(`DROP DATABASE \`${database}\``);
      await client.end();
    });
  },
};

const matrix: readonly TestDatabase[] = typeormMajor >= 1 ? [sqlite, postgres, mariadb] : [sqlite, betterSqlite03, postgres, mariadb];

/** `TEST_DATABASES="sqlite (better-sqlite3),postgres"` keeps only databases whose name contains one of the parts. */
function selected(databases: readonly TestDatabase[]): readonly TestDatabase[] {
  const wanted = process.env["TEST_DATABASES"]?.split(",").map((s) => s.trim()).filter(Boolean);
  return wanted ? databases.filter((db) => wanted.some((w) => db.name.includes(w))) : databases;
}

/**
 * Every database of the matrix, available or not: on TypeORM 0.3 both SQLite drivers (many 0.3
 * projects use better-sqlite3), on 1.x better-sqlite3; `TEST_DATABASES` narrows it.
 */
export const allDatabases: readonly TestDatabase[] = selected(matrix);

/** The whole matrix including TypeORM 0.3 + better-sqlite3 (the corpus and column-type tests run it). */
export const everyDriver: readonly TestDatabase[] = selected(matrix);

/** Closes a DataSource made by {@link TestDatabase.connect} and drops its schema or database. */
export async function disconnect(dataSource: DataSource | undefined): Promise<void> {
  if (dataSource === undefined) return;
  if (dataSource.isInitialized) await dataSource.destroy();
  await isolatedNames.get(dataSource)?.();
}

/**
 * Declares `body` once per database of the matrix. A database whose server did not answer
 * (only possible outside CI, see global-setup) gets a skipped block saying so.
 */
export function describeEachDatabase(
  title: string,
  body: (db: TestDatabase) => void,
  databases: readonly TestDatabase[] = allDatabases,
): void {
  for (const db of databases) {
    if (db.available) describe(`${title} [${db.name}]`, () => body(db));
    else describe(`${title} [${db.name}: no server, skipped]`, () => it.todo(`needs a ${db.family} server`));
  }
}

/** `body` against one DataSource per database, opened before and closed after the block. */
export function withEachDatabase(
  title: string,
  entities: Entities,
  body: (context: { db: TestDatabase; dataSource: () => DataSource }) => void,
  databases?: readonly TestDatabase[],
): void {
  describeEachDatabase(
    title,
    (db) => {
      let dataSource: DataSource | undefined;
      beforeAll(async () => {
        dataSource = await db.connect(entities);
      });
      afterAll(() => disconnect(dataSource));
      body({ db, dataSource: () => dataSource! });
    },
    databases,
  );
}
