// Loads lunr (npm) and a language's search scripts exactly as Material's search worker does
// (importScripts: plain scripts, no module system), then answers
// {"lang", "scripts": [...], "words": [...], "docs": {...}, "queries": [...]} from argv[2]
// with each word's stem and each query's hits (every term with Material's trailing "*").
const fs = require("node:fs");
const vm = require("node:vm");
global.lunr = require("lunr");

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
for (const script of input.scripts) vm.runInThisContext(fs.readFileSync(script, "utf8"), { filename: script });
const language = lunr[input.lang];
const index = lunr(function () {
  this.use(language);
  this.ref("id");
  this.field("text");
  for (const [id, text] of Object.entries(input.docs)) this.add({ id, text });
});
const hits = {};
for (const query of input.queries) {
  const terms = query.trim().split(/\s+/).map((term) => `${term}*`).join(" ");  // as Material writes the query
  hits[query] = index.search(terms).map((r) => r.ref).sort();
}
console.log(JSON.stringify({ stems: input.words.map((w) => language.stem(w)), hits }));
