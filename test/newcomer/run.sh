#!/usr/bin/env bash
# The newcomer test: pack the package, install the tarball into fresh apps as a new user would,
# write the README's quick start files into them, type-check them under --strict, run them, run
# the command's README examples and the demo, and check the published types with attw.
# Apps: TypeORM 0.3 + CommonJS + TypeScript 6; TypeORM 1.x + ESM + TypeScript 7 + tsx.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/typeorm-bulk-newcomer.XXXXXX")
trap 'rm -rf "$work"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "newcomer: FAILED: $*" >&2; exit 1; }
npm_install() { npm install --no-audit --no-fund --prefer-offline --loglevel=error "$@"; }

step "npm pack"
if [ -n "${NEWCOMER_TARBALL:-}" ]; then cp "$NEWCOMER_TARBALL" "$work/"; # an already packed tarball
else (cd "$repo" && npm pack --pack-destination "$work" --loglevel=warn >/dev/null); fi
tarball=$(ls "$work"/typeorm-bulk-*.tgz)

step "attw: types resolve for CommonJS and ESM consumers"
"$repo/node_modules/.bin/attw" "$tarball" --format table-flipped

# SQLite drivers are native: link the ones built in this checkout (above every app, where
# TypeORM's require finds them) instead of compiling them again for each app.
mkdir -p "$work/node_modules"
for driver in better-sqlite3 sqlite3 bindings file-uri-to-path; do
  [ -e "$repo/node_modules/$driver" ] && ln -s "$repo/node_modules/$driver" "$work/node_modules/$driver"
done

# Each app gets its own PostgreSQL schema (node-postgres reads PGOPTIONS), so runs don't collide.
schema_for() {
  local schema="newcomer_$1_$$"
  psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d test -qc "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null
  echo "$schema"
}
drop_schema() { psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d test -qc "DROP SCHEMA IF EXISTS $1 CASCADE" >/dev/null || true; }

# app NAME TYPE(commonjs|module) PACKAGES...; its tsconfig.json is the README's
make_app() {
  local name=$1 type=$2; shift 2
  local dir="$work/$name"
  mkdir -p "$dir"
  cat >"$dir/package.json" <<JSON
{ "name": "$name", "version": "1.0.0", "private": true, "type": "$type" }
JSON
  (cd "$dir" && npm_install "$tarball" "$@" >/dev/null)
  node "$repo/test/newcomer/extract.js" "$repo/README.md" "$dir"
}

# The quick start, the command's README examples and the demo, in app DIR with runner RUN.
exercise() {
  local dir=$1 run=$2 data_source=$3
  cd "$dir"
  step "$(basename "$dir"): tsc --strict ($(npx tsc --version))"
  npx tsc --noEmit -p . || fail "the README's quick start doesn't type-check in $(basename "$dir")"
  printf 'import { bulkInsertMappings } from "typeorm-bulk";\nimport { dataSource } from "./data-source.js";\nimport { User } from "./entities.js";\nexport const typo = () => bulkInsertMappings(dataSource, User, [{ emial: "x" }]);\n' >typo.ts
  if npx tsc --noEmit -p . >/dev/null 2>&1; then fail "a misspelt key compiles in $(basename "$dir")"; fi
  rm -f typo.ts

  step "$(basename "$dir"): the quick start runs"
  local out
  out=$($run main 2>&1) || { echo "$out"; fail "the quick start failed in $(basename "$dir")"; }
  echo "$out"
  grep -q "inserted: 1, updated: 1" <<<"$out" || fail "the quick start's upsert didn't update one row and insert one"

  step "$(basename "$dir"): the command's README examples"
  npx typeorm-bulk --version
  sed "s#-d data-source.ts#-d $data_source#g" commands.sh >commands.run.sh
  bash -euo pipefail -x commands.run.sh 2>&1 | tee command.log || fail "a README command failed in $(basename "$dir")"
  grep -q '3 rows read from users.csv\( via [A-Z ]*\)\? into "user".*3 inserted, 0 updated, 0 skipped' command.log || fail "first load summary"
  grep -q '0 inserted, 3 updated, 0 skipped' command.log || fail "upsert load summary"
  grep -q 'INSERT INTO' seed.sql || fail "dry run printed no SQL"
  grep -q '0 inserted, 0 updated, 3 skipped' command.log || fail "gzip stdin load summary"
  [ -f typeorm-bulk-demo.sqlite ] || fail "demo wrote no typeorm-bulk-demo.sqlite"
  cd - >/dev/null
}

step "app 1: TypeORM 0.3, CommonJS, TypeScript 6"
make_app cjs-typeorm03 commonjs typeorm@0.3 reflect-metadata pg typescript@6
schema=$(schema_for cjs)
(
  cd "$work/cjs-typeorm03"
  npx tsc -p . || fail "tsc build"
  export PGOPTIONS="-c search_path=$schema"
  run() { node "dist/$1.js"; }
  exercise "$work/cjs-typeorm03" run dist/data-source.js
) || { drop_schema "$schema"; exit 1; }
drop_schema "$schema"

step "app 2: TypeORM 1.x, ESM (\"type\": \"module\"), TypeScript 7, tsx"
make_app esm-typeorm1 module typeorm@1 reflect-metadata pg typescript@7 tsx
schema=$(schema_for esm)
(
  export PGOPTIONS="-c search_path=$schema"
  run() { npx tsx "$1.ts"; }
  exercise "$work/esm-typeorm1" run data-source.ts
  cd "$work/esm-typeorm1"
  step "esm-typeorm1: test/fixtures/bulk-mapping-types.ts under $(npx tsc --version)"
  # npm run typecheck checks the fixture under the repository's TypeScript 6; this is the same file under 7.
  cat >tsconfig.fixture.json <<JSON
{
  "compilerOptions": {
    "target": "ES2022", "module": "node16", "moduleResolution": "node16", "lib": ["ES2024"], "strict": true,
    "experimentalDecorators": true, "emitDecoratorMetadata": true, "esModuleInterop": true, "skipLibCheck": true,
    "noEmit": true, "types": ["node"], "typeRoots": ["$repo/node_modules/@types"]
  },
  "files": ["$repo/test/fixtures/bulk-mapping-types.ts"]
}
JSON
  npx tsc -p tsconfig.fixture.json || fail "test/fixtures/bulk-mapping-types.ts under TypeScript 7"
  step "esm-typeorm1: .mts and .cts data sources"
  cp data-source.ts data-source.mts
  npx typeorm-bulk load users.csv --entity User -d data-source.mts --on-conflict ignore || fail ".mts data source"
  mkdir -p cts && printf '{ "type": "commonjs" }\n' >cts/package.json
  sed 's#"./entities.js"#"./entities.cjs"#' data-source.ts >cts/data-source.cts
  cp entities.ts cts/entities.cts
  # The app's tsconfig includes only *.ts: tsx would compile cts/*.cts with TC39 decorators, which TypeORM can't take.
  npx typeorm-bulk load users.csv --entity User -d cts/data-source.cts --on-conflict ignore || fail ".cts data source"
) || { drop_schema "$schema"; exit 1; }
drop_schema "$schema"

echo "newcomer: 2 passed, 0 failed"
