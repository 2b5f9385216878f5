// Writes the README's code blocks marked `<!-- newcomer: FILE -->` into the directory given.
// The newcomer test runs exactly these files: the README's examples are the tested ones.
const fs = require("node:fs");
const path = require("node:path");

const [readme, target] = process.argv.slice(2);
const text = fs.readFileSync(readme, "utf8");
const marked = /<!-- newcomer: (\S+) -->\n```[a-z]*\n([\s\S]*?)\n```/g;
let count = 0;
for (const [, file, body] of text.matchAll(marked)) {
  fs.writeFileSync(path.join(target, file), `${body}\n`);
  count++;
}
if (count === 0) throw new Error(`no <!-- newcomer: FILE --> code blocks in ${readme}`);
console.log(`wrote ${count} files from ${readme}`);
