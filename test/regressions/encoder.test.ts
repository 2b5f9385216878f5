// The insert encoder is generated per entity and decides the common values inline (strings,
// finite numbers and null of text and numeric columns, safe integers of `Number` columns, bare
// related ids, absent keys); everything else goes through TypeORM's conversion. Either way a
// bulk insert must leave what TypeORM's own insert leaves.
import type { ObjectLiteral } from "typeorm";
import { bulkInsertMappings } from "../../src";
import { withEachDatabase } from "../support/databases";
import { clearTable, readRaw } from "../support/rows";
import { EncoderItem, EncoderOwner } from "./entities/encoder.entities";

/** Values a `Number` column may get: the inline ones and the ones TypeORM's MySQL driver `parseInt`s on 0.3. */
const NUMBERS: readonly unknown[] = [5, 0, -0, -12, 2 ** 31, 2 ** 53 - 1, 1.5, -2.7, "8", "9.9", null];

/** Related ids as a mapping may give them: bare (number or string), as an object, null, absent. */
const OWNERS: readonly unknown[] = [1, 2, "3", { id: 1 }, null, undefined];

function itemRows(): ObjectLiteral[] {
  return NUMBERS.map((amount, i) => {
    const row: ObjectLiteral = { id: i + 1, amount, label: i % 3 === 0 ? null : `label ${i}` };
    const owner = OWNERS[i % OWNERS.length];
    if (owner !== undefined) row["owner"] = owner;
    if (i % 2 === 0) row["rank"] = i; // the others take the default
    return row;
  });
}

withEachDatabase("the generated insert encoder writes what TypeORM's insert writes", [EncoderOwner, EncoderItem], ({ dataSource }) => {
  beforeAll(async () => {
    await dataSource().getRepository(EncoderOwner).insert([{ id: 1 }, { id: 2 }, { id: 3 }]);
  });

  it("for numbers, integers, numeric strings, related ids and absent keys, row by row", async () => {
    for (const row of itemRows()) {
      await clearTable(dataSource(), EncoderItem);
      const typeorm = await dataSource().getRepository(EncoderItem).insert({ ...row }).then(
        async () => ({ rows: await readRaw(dataSource(), EncoderItem) }),
        (error: unknown) => ({ error }),
      );
      await clearTable(dataSource(), EncoderItem);
      const bulk = await bulkInsertMappings(dataSource(), EncoderItem, [{ ...row }]).then(
        async () => ({ rows: await readRaw(dataSource(), EncoderItem) }),
        (error: unknown) => ({ error }),
      );
      if ("error" in typeorm) expect(bulk).toHaveProperty("error");
      else expect({ row, ...bulk }).toEqual({ row, ...typeorm });
    }
  });

  it("for the same rows in one statement", async () => {
    const accepted: ObjectLiteral[] = [];
    for (const row of itemRows()) {
      await clearTable(dataSource(), EncoderItem);
      const ok = await dataSource().getRepository(EncoderItem).insert({ ...row }).then(() => true, () => false);
      if (ok) accepted.push(row);
    }
    await clearTable(dataSource(), EncoderItem);
    for (const row of accepted) await dataSource().getRepository(EncoderItem).insert({ ...row });
    const expected = await readRaw(dataSource(), EncoderItem);
    await clearTable(dataSource(), EncoderItem);
    await bulkInsertMappings(dataSource(), EncoderItem, accepted.map((row) => ({ ...row })));
    expect(await readRaw(dataSource(), EncoderItem)).toEqual(expected);
  });
});
