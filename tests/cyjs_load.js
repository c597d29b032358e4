// cyjs_load.js — loads `actorgraph export -f cyjs` output into cytoscape.js
// itself (headless, in node) and checks every element arrived.
// Usage: node tests/cyjs_load.js NODE_MODULES FILE.cyjs FILE.json
'use strict';
const path = require('path');
const fs = require('fs');
const [modules, cyjsPath, graphPath] = process.argv.slice(2);
const cytoscape = require(path.resolve(modules, 'cytoscape'));
const doc = JSON.parse(fs.readFileSync(cyjsPath, 'utf8'));
const graph = JSON.parse(fs.readFileSync(graphPath, 'utf8'));
let pass = 0, fail = 0;
function check(ok, what) {
  if (ok) pass++; else { fail++; console.log('FAIL: ' + what); }
}
let cy = null;
try {
  cy = cytoscape({ headless: true, elements: doc.elements });
} catch (e) {
  console.log('FAIL: cytoscape rejected the file: ' + e.message);
  fail++;
}
if (cy) {
  check(cy.nodes().length === graph.nodes.length, 'every actor loads (' + cy.nodes().length + ')');
  const links = graph.links || graph.edges;
  check(cy.edges().length === links.length, 'every relation loads (' + cy.edges().length + ')');
  const names = new Set(graph.nodes.map((n) => n.name));
  check(cy.nodes().every((n) => names.has(n.data('name'))), 'names arrive exactly');
  check(cy.edges().every((e) => e.source().length === 1 && e.target().length === 1), 'every edge has both ends');
}
console.log('cyjs: ' + pass + ' passed, ' + fail + ' failed');
process.exit(fail ? 1 : 0);
