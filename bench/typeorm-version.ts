// Loaded first by a bench worker: `BENCH_TYPEORM=1` routes `require("typeorm")` to the aliased
// TypeORM 1.x install, the same switch the jest project makes with moduleNameMapper.
import Module = require("node:module");

if (process.env["BENCH_TYPEORM"] === "1") {
  const moduleApi = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = moduleApi._resolveFilename;
  moduleApi._resolveFilename = function (request: string, ...rest: unknown[]): string {
    const target = request === "typeorm" ? "typeorm1" : request.startsWith("typeorm/") ? `typeorm1/${request.slice(8)}` : request;
    return resolve.call(this, target, ...rest);
  };
}
