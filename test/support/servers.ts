import { Client } from "pg";
import { createConnection } from "mysql2/promise";

/** Connection settings of the test servers, from the usual environment variables. */
export const postgresSettings = {
  host: process.env["PGHOST"] ?? "127.0.0.1",
  port: Number(process.env["PGPORT"] ?? 5432),
  user: process.env["PGUSER"] ?? "postgres",
  password: process.env["PGPASSWORD"],
  database: process.env["PGDATABASE"] ?? "test",
};

export const mysqlSettings = {
  host: process.env["MYSQL_HOST"] ?? "127.0.0.1",
  port: Number(process.env["MYSQL_PORT"] ?? 3306),
  user: process.env["MYSQL_USER"] ?? "root",
  password: process.env["MYSQL_PASSWORD"] ?? "",
  database: process.env["MYSQL_DATABASE"] ?? "test",
};

type Status = { ok: true } | { ok: false; reason: string };

async function probe(connect: () => Promise<{ end(): Promise<unknown> }>): Promise<Status> {
  try {
    const connection = await connect();
    await connection.end();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether PostgreSQL and MariaDB/MySQL answer. */
export async function serverAvailability(): Promise<Record<"postgres" | "mysql", Status>> {
  const [postgres, mysql] = await Promise.all([
    probe(async () => {
      const client = new Client({ ...postgresSettings, connectionTimeoutMillis: 3000 });
      await client.connect();
      return client;
    }),
    probe(() => createConnection({ ...mysqlSettings, connectTimeout: 3000 })),
  ]);
  return { postgres, mysql };
}
