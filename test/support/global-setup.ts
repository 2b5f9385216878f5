import { serverAvailability } from "./servers";

/**
 * Probes the database servers once for the whole run. A missing server skips its tests with
 * one line, except under CI, where every database must run.
 */
export default async function globalSetup(): Promise<void> {
  const availability = await serverAvailability();
  for (const [name, status] of Object.entries(availability)) {
    if (status.ok) {
      process.env[`TYPEORM_BULK_${name.toUpperCase()}`] = "1";
      continue;
    }
    if (process.env["CI"]) throw new Error(`CI is set but ${name} does not answer: ${status.reason}`);
    process.stderr.write(`\n[typeorm-bulk] ${name} tests skipped: no server answers (${status.reason})\n`);
  }
}
