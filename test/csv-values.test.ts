import { DataSource } from "typeorm";
import { CsvRowConverter } from "../src/cli/csv-values";
import { featureEntities } from "../entities/feature-row.entity";
import { Role, User } from "../entities";
import { allDatabases, withEachDatabase } from "./support/databases";

withEachDatabase(
  "CSV cells are converted by column type",
  [Role, User, ...featureEntities("sqlite").entities],
  ({ dataSource }) => {
    const convert = (entity: string, headers: string[], cells: string[]) =>
      new CsvRowConverter(dataSource().getMetadata(entity), headers, "in.csv").convert(cells, 2);

    it.each([
      ["counter", "42", 42],
      ["big", "9007199254740993", "9007199254740993"],
      ["amount", "-12.5", "-12.5"],
      ["ratio", "1e3", 1000],
      ["flag", "TRUE", true],
      ["flag", "0", false],
      ["day", "2024-02-29", "2024-02-29"],
      ["doc", '{"a":[1,null]}', { a: [1, null] }],
      ["simpleJson", "[1,2]", [1, 2]],
      ["tags", "a,b", ["a", "b"]],
      ["color", "green", "green"],
      ["title", "  spaces kept  ", "  spaces kept  "],
    ])("%s: %j", (header, cell, expected) => {
      expect(convert("FeatureRow", [header], [cell])).toEqual({ [header]: expected });
    });

    it("parses date-times into Dates", () => {
      expect(convert("FeatureRow", ["localAt"], ["2024-01-02T03:04:05"])["localAt"]).toEqual(new Date(2024, 0, 2, 3, 4, 5));
    });

    it("fills embedded properties from dotted headers and relations from ids", () => {
      expect(convert("FeatureRow", ["name.first", "name.last", "parent"], ["Ada", "L", "3"])).toEqual({
        name: { first: "Ada", last: "L" },
        parent: 3,
      });
    });

    it("makes an empty cell NULL, or leaves it out where the column has a default", () => {
      expect(convert("FeatureRow", ["note", "counter", "flag"], ["", "", ""])).toEqual({ note: null });
    });

    it.each([
      ["counter", "4.5", /column "counter" \(integer\): "4.5" is not an integer/],
      ["counter", "12abc", /is not an integer/],
      ["amount", "1,5", /is not a decimal number/],
      ["flag", "maybe", /is not a boolean/],
      ["day", "29/02/2024", /is not a date \(YYYY-MM-DD\)/],
      ["localAt", "yesterday", /is not a date-time/],
      ["doc", "{", /is not JSON/],
      ["color", "purple", /is not one of red, green, blue/],
    ])("rejects %s = %j, naming file, line, column and value", (header, cell, message) => {
      expect(() => convert("FeatureRow", [header], [cell])).toThrow(/^in\.csv:2: /);
      expect(() => convert("FeatureRow", [header], [cell])).toThrow(message);
    });

    it("rejects a header that names nothing", () => {
      expect(() => convert("User", ["nope"], ["x"])).toThrow(/column "nope" is not a property of User/);
    });
  },
  allDatabases.filter((db) => db.family === "sqlite"),
);

export { DataSource };
