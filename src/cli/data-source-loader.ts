import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import { UsageError } from "./usage-error";

function isDataSource(value: unknown): value is DataSource {
  return typeof value === "object" && value !== null && "createQueryRunner" in value && "entityMetadatas" in value;
}

const TYPESCRIPT = /\.[cm]?ts$/;

const INSTALL_HINT =
  "install tsx in your project (npm install --save-dev tsx), or compile the file and pass the .js file";

/**
 * Loads the DataSource exported (default or named) by a TypeScript or JavaScript file, like
 * TypeORM's own CLI, in CommonJS and ESM projects alike. TypeScript goes through tsx's register
 * API (esbuild, not the TypeScript compiler's API, so TypeScript 7 doesn't break it), found in
 * the data source's project first; ts-node with a TypeScript that still has the compiler API
 * is the fallback for CommonJS files.
 */
export async function loadDataSource(file: string): Promise<DataSource> {
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new UsageError(`data source file not found: ${file}`);
  const exported = await importFile(full, file);
  const found = [...new Set(candidates(exported).filter(isDataSource))];
  // as TypeORM's CLI: which of two DataSources to load into is the user's to say
  if (found.length > 1) throw new UsageError(`${file} exports ${found.length} DataSources: export only the one to load into`);
  const dataSource = found[0];
  if (dataSource === undefined) throw new UsageError(`${file} exports no DataSource (export it as default or named)`);
  if (!dataSource.isInitialized) {
    try {
      await dataSource.initialize();
    } catch (error) {
      throw explainInitializeError(error, file);
    }
  }
  return dataSource;
}

/** The default export, the named exports, and the named exports of a CommonJS default. */
function candidates(exported: Record<string, unknown>): unknown[] {
  const fallback = exported["default"];
  const nested = typeof fallback === "object" && fallback !== null ? Object.values(fallback) : [];
  return [fallback, ...Object.values(exported), ...nested];
}

async function importFile(full: string, shown: string): Promise<Record<string, unknown>> {
  if (!TYPESCRIPT.test(full)) return (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  const esm = isEsm(full);
  if (!esm && typeof require.extensions[".ts"] === "function" && !registeredTsx) {
    // Already running under a TypeScript require hook (node -r ts-node/register, tsx, jest …).
    return require(full) as Record<string, unknown>;
  }
  const loader = findLoader(full, esm);
  if (loader === undefined) {
    throw new UsageError(`loading ${shown} (TypeScript${esm ? ", ESM" : ""}) needs a TypeScript loader: ${INSTALL_HINT}`);
  }
  await loader.register(full);
  return loader.load(full);
}

/** Whether Node treats `file` as an ES module: `.mts`, or `.ts` under a `"type": "module"` package. */
function isEsm(file: string): boolean {
  if (file.endsWith(".mts")) return true;
  if (file.endsWith(".cts")) return false;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      try {
        return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { type?: string }).type === "module";
      } catch {
        return false;
      }
    }
    if (path.dirname(dir) === dir) return false;
  }
}

interface Loader {
  /** Installs the loader for the data source `file` and what it imports. */
  register(file: string): void | Promise<void>;
  load(file: string): Promise<Record<string, unknown>>;
}

let registeredTsx = false;
let registeredTsNode = false;

/** Where to look for a loader: the data source's project, the working directory, this package. */
function searchPaths(file: string): string[] {
  return [path.dirname(file), process.cwd(), __dirname];
}

function resolveFrom(request: string, file: string): string | undefined {
  try {
    return require.resolve(request, { paths: searchPaths(file) });
  } catch {
    return undefined;
  }
}

function findLoader(file: string, esm: boolean): Loader | undefined {
  const esmApi = resolveFrom("tsx/esm/api", file);
  const cjsApi = resolveFrom("tsx/cjs/api", file);
  if (esmApi !== undefined && cjsApi !== undefined) return tsxLoader(esmApi, cjsApi);
  if (!esm) return tsNodeLoader(file);
  return undefined;
}

type Register = (options?: { tsconfig?: string }) => unknown;

/** tsx's register API: ESM hooks (module.register) and the CommonJS require hook, both needed for `import()`. */
function tsxLoader(esmApi: string, cjsApi: string): Loader {
  return {
    async register(file) {
      if (registeredTsx) return;
      const tsconfig = decoratorTsconfig(file);
      // The ESM build of the ESM API: its CommonJS build resolves its hooks relative to the wrong file.
      const esmEntry = pathToFileURL(esmApi.replace(/\.cjs$/, ".mjs")).href;
      // The CommonJS hook reads its tsconfig from the environment only; the ESM one takes it as an option too.
      process.env["TSX_TSCONFIG_PATH"] = tsconfig;
      ((await import(esmEntry)) as { register: Register }).register({ tsconfig });
      (require(cjsApi) as { register: Register }).register();
      registeredTsx = true;
    },
    load: async (file) => (await import(pathToFileURL(file).href)) as Record<string, unknown>,
  };
}

/**
 * A tsconfig for tsx that extends the data source's own (the nearest tsconfig.json above it, or
 * TSX_TSCONFIG_PATH) and applies to every file loaded, with legacy decorators on. tsx applies a
 * tsconfig only to the files its `include` matches, and only the one in the working directory:
 * any other file (a `.cts` beside an `include: ["*.ts"]`, a data source in another directory)
 * got TC39 decorators, which TypeORM's decorators can't take ("reading 'constructor'").
 * ts-node, behind TypeORM's own CLI, applies the compiler options to every file it compiles.
 */
function decoratorTsconfig(file: string): string {
  const base = process.env["TSX_TSCONFIG_PATH"] ?? nearestTsconfig(path.dirname(file));
  const root = path.parse(file).root.split(path.sep).join("/");
  const config = {
    ...(base === undefined ? {} : { extends: path.resolve(base) }),
    compilerOptions: { experimentalDecorators: true },
    include: [`${root}**/*`],
    exclude: [],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typeorm-bulk-tsx-"));
  process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  const written = path.join(dir, "tsconfig.json");
  fs.writeFileSync(written, JSON.stringify(config));
  return written;
}

function nearestTsconfig(dir: string): string | undefined {
  for (; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "tsconfig.json");
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** ts-node, only with a TypeScript that still has the compiler API (TypeScript 7 has none). */
function tsNodeLoader(file: string): Loader | undefined {
  const tsNode = resolveFrom("ts-node", file);
  const typescript = resolveFrom("typescript", file);
  if (tsNode === undefined || typescript === undefined) return undefined;
  const api = require(typescript) as { createProgram?: unknown };
  if (typeof api.createProgram !== "function") return undefined;
  return {
    register() {
      if (registeredTsNode) return;
      (require(tsNode) as { register(options: object): void }).register({ transpileOnly: true });
      registeredTsNode = true;
    },
    load: async (full) => require(full) as Record<string, unknown>,
  };
}

/** TypeORM's "type not defined" error under esbuild (no decorator metadata) gets its remedy. */
function explainInitializeError(error: unknown, file: string): unknown {
  if (!(error instanceof Error) || error.name !== "ColumnTypeUndefinedError" || !registeredTsx) return error;
  return new UsageError(
    `${error.message}\n  ${file} was loaded with tsx, which doesn't emit decorator metadata: give the column an explicit type ` +
      `(@Column({ type: "varchar" })), or compile the data source with tsc and pass the .js file`,
  );
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
