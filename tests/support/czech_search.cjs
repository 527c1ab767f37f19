// Loads lunr (npm) and the site's Czech plugin as Material's worker does, then answers
// {"words": [...], "docs": {...}, "queries": [...]} from argv[2] with stems and query hits.
const fs = require("node:fs");
const path = require("node:path");
global.lunr = require("lunr");
require(path.join(__dirname, "..", "..", "overrides", "assets", "javascripts", "lunr", "min", "lunr.cs.min.js"));

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const index = lunr(function () {
  this.use(lunr.cs);
  this.ref("id");
  this.field("text");
  for (const [id, text] of Object.entries(input.docs)) this.add({ id, text });
});
const hits = {};
for (const query of input.queries) hits[query] = index.search(`${query}*`).map((r) => r.ref).sort();
console.log(JSON.stringify({ stems: input.words.map((w) => lunr.cs.stem(w)), hits }));
