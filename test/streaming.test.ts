import { bulkInsertMappings } from "../src";
import { Role, User } from "../entities";
import { allDatabases, withEachDatabase } from "./support/databases";
import { countRows } from "./support/rows";

const ROWS = 400_000;
/** Live heap growth allowed; the rows themselves, held at once, would take several times this. */
const HEAP_BOUND_MB = 64;

async function* generatedUsers(count: number) {
  for (let i = 0; i < count; i++) yield { username: `streamed${i}`, email: `s${i}@example.com` };
}

withEachDatabase(
  "a large async source is consumed batch by batch",
  [Role, User],
  ({ dataSource }) => {
    it(`loads ${ROWS.toLocaleString("en-US")} generated rows with the live heap staying within ${HEAP_BOUND_MB} MB of where it started`, async () => {
      // `npm test` runs node with --expose-gc, so what is measured is live memory, not garbage
      expect(global.gc).toBeDefined();
      const gc = global.gc!;
      gc();
      const baseline = process.memoryUsage().heapUsed;
      let peak = baseline;
      let sampled = 0;
      const result = await bulkInsertMappings(dataSource(), User, generatedUsers(ROWS), {
        // one full GC halfway: the rows read so far would be over a hundred MB if any were kept;
        // each forced GC costs seconds in a jest worker whose heap holds the earlier suites
        onProgress: ({ rows }) => {
          if (sampled > 0 || rows < ROWS / 2) return;
          sampled = rows;
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed);
        },
      });
      expect(sampled).toBeGreaterThan(0);
      expect(result.inserted).toBe(ROWS);
      expect(await countRows(dataSource(), User)).toBe(ROWS);
      expect((peak - baseline) / 2 ** 20).toBeLessThan(HEAP_BOUND_MB);
    }, 300_000);
  },
  allDatabases.filter((db) => db.family !== "mysql"),
);
