import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { bulkUpdateMappings } from "../../src";
import { withEachDatabase } from "../support/databases";
import { readRaw } from "../support/rows";

/** A transformer that can't take `undefined`, like TypeORM's own `value-transformer` PhoneBook test entity. */
const phonesTransformer = {
  to: (phones: string[]) => phones.join(";"),
  from: (text: string) => text.split(";"),
};

@Entity("phone_book")
class PhoneBook {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 50 })
  name!: string;

  @Column({ type: "varchar", length: 200, transformer: phonesTransformer })
  phones!: string[];
}

withEachDatabase("bulkUpdateMappings converts only the keys a row sets, as update() does", [PhoneBook], ({ dataSource }) => {
  it("leaves a transformed column the row doesn't set alone, without calling its transformer", async () => {
    const repository = dataSource().getRepository(PhoneBook);
    await repository.insert([
      { name: "a", phones: ["1", "2"] },
      { name: "b", phones: ["3"] },
    ]);
    await repository.update(1, { name: "a2" });
    const expected = await readRaw(dataSource(), PhoneBook);
    await repository.update(1, { name: "a" });

    const result = await bulkUpdateMappings(dataSource(), PhoneBook, [{ id: 1, name: "a2" }]);
    expect(result.updated).toBe(1);
    expect(await readRaw(dataSource(), PhoneBook)).toEqual(expected);
  });

  it("still converts a transformed column the row sets", async () => {
    await bulkUpdateMappings(dataSource(), PhoneBook, [{ id: 2, phones: ["4", "5"] }]);
    expect((await readRaw(dataSource(), PhoneBook))[1]).toMatchObject({ phones: "4;5" });
  });
});
