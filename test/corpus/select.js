#!/usr/bin/env node
/**
 * Selects and copies TypeORM's own test entities into test/corpus/entities (run by hand, not by jest):
 *
 *   node test/corpus/select.js [path-to-typeorm-bare-repo] [--count=N]
 *
 * Reads `test/functional/** /entity/*.ts` and `test/github-issues/** /entity/*.ts` at the mirror's HEAD,
 * follows each entity file's relative imports inside its test folder, rewrites imports of TypeORM's
 * `src` to "typeorm" (jest's moduleNameMapper then runs them on 0.3 and 1.x), drops folders that
 * cannot work here (see `dropReason`), and picks folders greedily so that every feature (decorator,
 * column type, option, relation kind, tree, inheritance, key kind) used anywhere is covered, then fills
 * up to `--count` with a fixed-seed shuffle. Writes test/corpus/manifest.json (folder -> features).
 */
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const repo = process.argv.find((a, i) => i >= 2 && !a.startsWith("--")) ?? "/work/.mirror/typeorm+typeorm/repo";
const count = Number((process.argv.find((a) => a.startsWith("--count=")) ?? "--count=340").slice(8));
const here = __dirname;
const out = path.join(here, "entities");

/** Folders that copy and parse but can't be used; each with why (found by the probe in corpus.test.ts). */
const excluded = require("./excluded.json");

/** Families this package supports, and TypeORM driver names that belong to them. */
const driverFamily = { sqlite: "sqlite", "better-sqlite3": "sqlite", sqljs: "sqlite", postgres: "postgres", mysql: "mysql", mariadb: "mysql" };

/** Column options, relation options and other decorator options whose use counts as a feature. */
const optionNames = [
  "type", "name", "length", "width", "nullable", "readonly", "update", "insert", "select", "default", "onUpdate", "primary",
  "unique", "comment", "precision", "scale", "zerofill", "unsigned", "charset", "collation", "enum", "enumName", "array",
  "transformer", "generatedType", "asExpression", "hstoreType", "spatialFeatureType", "srid", "generated", "prefix",
  "primaryKeyConstraintName", "foreignKeyConstraintName", "lazy", "eager", "cascade", "onDelete", "orphanedRowAction",
  "createForeignKeyConstraints", "persistence", "deferrable", "referencedColumnName", "joinColumns", "inverseJoinColumns",
  "discriminatorValue", "withoutRowid", "synchronize", "schema", "database", "orderBy", "expression", "strict",
];

function listFiles() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "typeorm-corpus-"));
  const tar = execFileSync("git", ["-C", repo, "archive", "HEAD", "test/functional", "test/github-issues", "LICENSE"], { maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", tmp], { input: tar });
  const commit = execFileSync("git", ["-C", repo, "rev-parse", "HEAD"]).toString().trim();
  return { tmp, commit };
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function resolveImport(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const importPattern = /(from\s+|import\s+|require\()(["'])([^"']+)\2/g;

/** The folder's files (entity files and what they import inside the folder), rewritten; or why not. */
function collect(root, folderDir, entityFiles) {
  const srcDir = path.join(root, "src");
  const files = new Map();
  const queue = [...entityFiles];
  while (queue.length > 0) {
    const file = queue.shift();
    if (files.has(file)) continue;
    if (/\.test\.ts$/.test(file)) return { reason: `imports a test file ${path.relative(folderDir, file)}` };
    let problem;
    const text = fs.readFileSync(file, "utf8").replace(importPattern, (all, lead, quote, spec) => {
      if (!spec.startsWith(".")) {
        if (spec === "reflect-metadata" || spec === "typeorm") return all;
        problem ??= `imports package ${spec}`;
        return all;
      }
      const abs = path.resolve(path.dirname(file), spec);
      if (abs === srcDir || abs.startsWith(srcDir + path.sep)) return `${lead}${quote}typeorm${quote}`;
      const target = resolveImport(file, spec);
      if (target === undefined || !target.startsWith(folderDir + path.sep)) {
        problem ??= `imports ${path.relative(root, abs)} outside its folder`;
        return all;
      }
      queue.push(target);
      return all;
    });
    if (problem) return { reason: problem };
    files.set(file, text);
  }
  return { files };
}

function features(text) {
  const found = new Set();
  for (const m of text.matchAll(/@(\w+)\s*\(/g)) found.add(`@${m[1]}`);
  for (const m of text.matchAll(/@(\w*Column|Generated|Tree|TableInheritance|ChildEntity|Entity|ViewEntity)\s*\(\s*["']([\w \-]+)["']/g)) found.add(`${m[1]}:${m[2]}`);
  for (const m of text.matchAll(/\btype:\s*["']([\w \-]+)["']/g)) found.add(`type:${m[1]}`);
  for (const m of text.matchAll(/\btype:\s*(String|Number|Boolean|Date|Buffer)\b/g)) found.add(`type:${m[1]}`);
  for (const m of text.matchAll(/@Column\s*\(\s*\(\)\s*=>/g)) found.add(`embedded${/prefix:/.test(text) ? "+prefix" : ""}`);
  for (const name of optionNames) if (new RegExp(`\\b${name}\\s*:`).test(text)) found.add(`opt:${name}`);
  if (/Promise</.test(text) && /@(ManyToOne|OneToOne|OneToMany|ManyToMany)/.test(text)) found.add("relation:lazy");
  if (/abstract class/.test(text)) found.add("inheritance:abstract-base");
  if (/class \w+ extends \w+/.test(text)) found.add("inheritance:extends");
  for (const m of text.matchAll(/class \w+[^{]*\{([\s\S]*?)\n\}/g)) {
    const primaries = (m[1].match(/@Primary\w*Column\s*\(/g) ?? []).length + (m[1].match(/primary:\s*true/g) ?? []).length;
    if (primaries >= 2) found.add("key:composite");
    if (/@(ManyToOne|OneToOne)\([^)]*\)[\s\S]{0,80}primary:\s*true/.test(m[1]) || /@PrimaryColumn\(\)\s*@(ManyToOne|OneToOne)/.test(m[1])) {
      found.add("key:relation");
    }
  }
  return found;
}

function dropReason(testTexts, entityText) {
  if (/ObjectIdColumn|ObjectId\b|from ["']mongodb["']/.test(entityText)) return "mongodb only";
  const lists = testTexts.map((t) => {
    const m = /enabledDrivers:\s*\[([^\]]*)\]/.exec(t);
    return m ? [...m[1].matchAll(/["']([\w-]+)["']/g)].map((x) => x[1]) : undefined;
  });
  if (lists.length > 0 && lists.every((l) => l !== undefined)) {
    const ours = lists.flat().filter((d) => driverFamily[d]);
    if (ours.length === 0) return `only for ${[...new Set(lists.flat())].join(", ")}`;
  }
  return undefined;
}

/** mulberry32: the fixed-seed shuffle of the fill-up. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main() {
  const { tmp, commit } = listFiles();
  const testRoot = path.join(tmp, "test");
  const all = walk(testRoot).filter((f) => /\/entity\/[^/]+\.ts$/.test(f));
  const byFolder = new Map();
  for (const file of all) {
    const folderDir = file.slice(0, file.lastIndexOf("/entity/"));
    if (!byFolder.has(folderDir)) byFolder.set(folderDir, []);
    byFolder.get(folderDir).push(file);
  }
  const candidates = [];
  const dropped = [];
  for (const [folderDir, entityFiles] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    const id = path.relative(testRoot, folderDir);
    const testTexts = fs.readdirSync(folderDir).filter((f) => f.endsWith(".ts")).map((f) => fs.readFileSync(path.join(folderDir, f), "utf8"));
    const collected = collect(tmp, folderDir, entityFiles);
    const entityText = collected.files ? [...collected.files.values()].join("\n") : "";
    const reason = collected.reason ?? dropReason(testTexts, entityText) ?? excluded[id];
    if (reason) {
      dropped.push({ id, reason });
      continue;
    }
    candidates.push({ id, folderDir, files: collected.files, features: features(entityText) });
  }
  // Greedy cover of every feature any candidate uses, then a fixed-seed fill-up.
  const chosen = [];
  const covered = new Set();
  let rest = [...candidates];
  for (;;) {
    let best;
    let bestGain = 0;
    for (const c of rest) {
      const gain = [...c.features].filter((f) => !covered.has(f)).length;
      if (gain > bestGain) [best, bestGain] = [c, gain];
    }
    if (!best) break;
    chosen.push(best);
    for (const f of best.features) covered.add(f);
    rest = rest.filter((c) => c !== best);
  }
  const random = rng(8);
  const shuffled = rest.map((c) => [random(), c]).sort((a, b) => a[0] - b[0]).map(([, c]) => c);
  chosen.push(...shuffled.slice(0, Math.max(0, count - chosen.length)));
  chosen.sort((a, b) => a.id.localeCompare(b.id));

  fs.rmSync(out, { recursive: true, force: true });
  for (const c of chosen) {
    for (const [file, text] of c.files) {
      const dest = path.join(out, c.id, path.relative(c.folderDir, file));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, text);
    }
  }
  fs.copyFileSync(path.join(tmp, "LICENSE"), path.join(here, "LICENSE-typeorm"));
  const manifest = {
    source: `https://github.com/typeorm/typeorm at ${commit}`,
    features: covered.size,
    folders: Object.fromEntries(chosen.map((c) => [c.id, [...c.features].sort()])),
    dropped: Object.fromEntries(dropped.map((d) => [d.id, d.reason])),
  };
  fs.writeFileSync(path.join(here, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  fs.rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`${candidates.length} usable folders of ${byFolder.size}; chose ${chosen.length} covering ${covered.size} features; dropped ${dropped.length}\n`);
}

main();
