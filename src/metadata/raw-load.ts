import type { ColumnPlan, PlannedColumn } from "./column-plan";
import type { ColumnMetadata } from "./typeorm-types";

/**
 * Column types whose text the database reads exactly as the converting path writes it (the
 * cell itself for text, the same integer for integers), as the drivers normalise them.
 * Everything else (dates, booleans, decimals, JSON, enums, binary, spatial…) is converted or
 * checked client-side first, so a file with such a column takes the converting path.
 */
const PLAIN_TYPES = new Set([
  "character varying",
  "varchar",
  "nvarchar",
  "national varchar",
  "character",
  "char",
  "nchar",
  "bpchar",
  "text",
  "tinytext",
  "mediumtext",
  "longtext",
  "citext",
  "uuid",
  "integer",
  "int",
  "int2",
  "int4",
  "int8",
  "smallint",
  "mediumint",
  "bigint",
]);

/** Declared types that the converting path parses (or checks) into something other than the cell's text or integer. */
const CONVERTED_DECLARED = /bool|enum|json|array|date|time|float|double|real|decimal|numeric|money/;

/** The columns of a file to load straight into the database's bulk loader, or why it can't be. */
export type RawLoadPlan = { readonly columns: readonly PlannedColumn[] } | { readonly reason: string };

/**
 * Whether a file whose columns are `fileColumns` (in file order) can go to the database's own
 * loader byte for byte and store what the converting path (`bulkInsertMappings` of the parsed
 * cells) would: every file column a plain insertable column without transformer, default or
 * generation, of a type read as text or integer (a relation's join column counts: it holds
 * the related id); every other column left to the database (no client-side uuid, version or
 * discriminator). An empty cell means the column's default on the converting path and NULL to
 * the loaders, hence no defaults among the file's columns.
 */
export function rawLoadPlan(plan: ColumnPlan, fileColumns: readonly ColumnMetadata[]): RawLoadPlan {
  if (plan.metadata.treeType !== undefined) return { reason: `${plan.entityName} is a tree entity` };
  if (new Set(fileColumns).size !== fileColumns.length) return { reason: "two file columns write the same database column" };
  const byMetadata = new Map(plan.columns.map((c) => [c.metadata, c]));
  const columns: PlannedColumn[] = [];
  for (const metadata of fileColumns) {
    const planned = byMetadata.get(metadata);
    const reason = planned === undefined ? "is not insertable" : fileColumnRefusal(planned);
    if (reason !== undefined) return { reason: `column "${metadata.propertyPath}" ${reason}` };
    columns.push(planned!);
  }
  const inFile = new Set(fileColumns);
  for (const planned of plan.columns) {
    if (inFile.has(planned.metadata)) continue;
    const reason = absentColumnRefusal(planned);
    if (reason !== undefined) return { reason: `column "${planned.metadata.propertyPath}" (not in the file) ${reason}` };
  }
  return { columns };
}

function fileColumnRefusal(planned: PlannedColumn): string | undefined {
  const column = planned.metadata;
  if (column.transformer !== undefined) return "has a transformer";
  if (column.isDiscriminator) return "is the discriminator";
  if (column.default !== undefined || column.isGenerated || column.isCreateDate || column.isUpdateDate || column.isVersion) {
    return "has a default (an empty cell means the default, which the database's loader can't tell)";
  }
  const typed = column.referencedColumn ?? column;
  if (typed.enum !== undefined || typed.transformer !== undefined) return "is converted client-side";
  const declared = typeof typed.type === "function" ? typed.type.name.toLowerCase() : String(typed.type).toLowerCase();
  if (CONVERTED_DECLARED.test(declared)) return `is of type ${declared}, converted client-side`;
  const normalized = driverOf(planned).normalizeType(typed).toLowerCase();
  return PLAIN_TYPES.has(normalized) ? undefined : `is of type ${normalized}, converted client-side`;
}

function absentColumnRefusal(planned: PlannedColumn): string | undefined {
  if (planned.metadata.isDiscriminator) return "is the discriminator, written client-side";
  if (planned.absentFill !== "database-default") return "is filled client-side";
  if (planned.convertsAbsent) return "has a transformer, which may fill it";
  return undefined;
}

function driverOf(planned: PlannedColumn): { normalizeType(column: ColumnMetadata): string } {
  const metadata = planned.metadata.entityMetadata as { dataSource?: { driver: unknown }; connection?: { driver: unknown } };
  return (metadata.dataSource ?? metadata.connection)!.driver as { normalizeType(column: ColumnMetadata): string };
}
