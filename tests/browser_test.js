#!/usr/bin/env node
/* browser_test.js — the HTML export (`actorgraph export -f html`) in
 * headless Chromium, driven by playwright-core (viewer/package.json).
 *
 *   node tests/browser_test.js ACTORGRAPH WORKDIR
 *       builds the seed graph and a hostile-names graph, exports both as
 *       HTML and checks the pages: no console errors, no network request,
 *       every actor drawn, evidence shown on an edge tap, search, layouts,
 *       hostile names shown as text and never run.  Writes WORKDIR/viewer.png.
 *   node tests/browser_test.js --screenshot PAGE.html OUT.png
 *       only loads PAGE.html and saves a screenshot (make viewer-export).
 *
 * Environment: AG_VIEWER_MODULES (the node_modules that holds
 * playwright-core, default build/viewer/node_modules) and AG_CHROMIUM
 * (default /usr/bin/chromium).  Ends with "browser: N passed, M failed". */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const modules = process.env.AG_VIEWER_MODULES || path.resolve('build/viewer/node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));
const CHROMIUM = process.env.AG_CHROMIUM || '/usr/bin/chromium';
const SEED = 'graphs/seed-turkey-syria.txt';
const TIMEOUT_MS = 15000;
// The whole run must end well inside `make check`'s budget.
const RUN_LIMIT_MS = 180000;

// The flags this machine needs as root, headless and offline.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let pass = 0, fail = 0;
function check(cond, what, detail) {
  if (cond) { pass++; console.log('ok - ' + what); }
  else { fail++; console.log('FAIL - ' + what + (detail !== undefined ? ': ' + detail : '')); }
}

async function launch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-chromium-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 860 }
  });
  return { ctx, close: async () => { await ctx.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

/* Opens a page and records its console errors, uncaught errors and every
 * request that is not the file itself (the page must load nothing). */
async function open(ctx, file) {
  const page = await ctx.newPage();
  const log = { errors: [], requests: [] };
  const url = 'file://' + path.resolve(file);
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') log.errors.push(m.type() + ': ' + m.text()); });
  page.on('pageerror', (e) => log.errors.push('pageerror: ' + e.message));
  page.on('request', (r) => { if (r.url() !== url && !r.url().startsWith('data:')) log.requests.push(r.url()); });
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
  await page.waitForFunction(() => document.body.getAttribute('data-ready'), null, { timeout: TIMEOUT_MS });
  return { page, log };
}

const panelText = (page) => page.$eval('#panel', (p) => p.textContent);

/* Taps an element as cytoscape would on a click; returns nothing, since
 * serializing a cytoscape collection back to node is slow. */
async function tap(page, id) {
  await page.evaluate((x) => { window.cy.getElementById(x).emit('tap'); }, id);
}

async function testSeed(ctx, ag, work) {
  const graphFile = path.join(work, 'seed.json'), html = path.join(work, 'seed.html');
  execFileSync(ag, ['build', SEED, '-o', graphFile]);
  execFileSync(ag, ['export', graphFile, '-f', 'html', '-o', html]);
  const graph = JSON.parse(fs.readFileSync(graphFile, 'utf8'));
  const { page, log } = await open(ctx, html);

  check(await page.evaluate(() => typeof window.cy === 'object' && typeof window.cy.nodes === 'function'),
    'seed: window.cy is the Cytoscape instance');
  const n = await page.evaluate(() => window.cy.nodes().length);
  check(n === graph.nodes.length && n > 0, 'seed: every actor drawn', n + ' nodes, graph has ' + graph.nodes.length);
  const m = await page.evaluate(() => window.cy.edges().length);
  check(m === graph.links.length, 'seed: every relation drawn', m + ' edges, graph has ' + graph.links.length);
  const names = await page.evaluate(() => window.cy.nodes().map((x) => x.data('name')));
  check(JSON.stringify(names) === JSON.stringify(graph.nodes.map((x) => x.name)), 'seed: names in graph order');

  // Styles follow kind and polarity.
  const looks = await page.evaluate(() => {
    const cy = window.cy, out = {};
    cy.nodes().forEach((x) => { out[x.data('kind')] = x.style('shape'); });
    cy.edges().forEach((e) => {
      out[e.data('kind') + '/' + e.data('polarity')] =
        [e.style('line-color'), e.style('line-style'), e.style('target-arrow-shape')].join(' ');
    });
    return out;
  });
  check(looks.country === 'round-rectangle' && looks.person === 'ellipse' && looks.organization === 'hexagon',
    'seed: node shape by kind', JSON.stringify(looks));
  check(!looks['stance/-1'] || looks['stance/-1'].startsWith('rgb(214,39,40) solid triangle'),
    'seed: hostile stances red with arrows', looks['stance/-1']);
  check(!looks['meeting/1'] || looks['meeting/1'] === 'rgb(44,160,44) solid none',
    'seed: meetings green without arrows', looks['meeting/1']);
  check(!looks['affiliation/0'] || looks['affiliation/0'].includes('dashed'), 'seed: affiliations dashed',
    looks['affiliation/0']);

  // An edge tap shows its evidence: doc, sentence index and text.
  const li = graph.links.findIndex((l) => l.kind === 'stance' && l.evidence.length && l.evidence[0].text);
  check(li >= 0, 'seed: a stance with evidence exists');
  if (li >= 0) {
    const ev = graph.links[li].evidence[0];
    await tap(page, 'e' + li);
    const text = await panelText(page);
    check(text.includes(ev.text), 'seed: edge tap shows the evidence sentence', text.slice(0, 200));
    check(text.includes(ev.doc) && text.includes('sentence ' + ev.sentence), 'seed: evidence names doc and sentence');
    check(text.includes(graph.nodes.find((x) => x.id === graph.links[li].source).name), 'seed: edge panel names the source');
  }

  // A real mouse click on the most central actor shows its details.
  const target = await page.evaluate(() => {
    const x = window.cy.nodes().max((v) => v.data('degree')).ele;
    const p = x.renderedPosition(), box = document.getElementById('cy').getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, name: x.data('name'), edges: x.connectedEdges().length };
  });
  await page.mouse.click(target.x, target.y);
  const title = await page.$eval('#panel h2', (h) => h.textContent);
  check(title === target.name, 'seed: clicking a node shows it', title + ' vs ' + target.name);
  const ntext = await panelText(page);
  check(/PageRank\d/.test(ntext) && ntext.includes('weighted degree') && ntext.includes('Relations (' + target.edges + ')'),
    'seed: node panel has kind, centrality and relations', ntext.slice(0, 300));
  check(ntext.includes('kind'), 'seed: node panel shows the kind');

  // Search highlights, "only matches" hides the rest.
  await page.fill('#search', 'turk');
  const hits = await page.evaluate(() => window.cy.$('node.match').map((x) => x.data('name')));
  check(hits.length > 0 && hits.includes('Turkey'), 'seed: search highlights matches', JSON.stringify(hits));
  const faded = await page.evaluate(() => window.cy.$('node.faded').length);
  check(faded === n - hits.length, 'seed: search fades the others', faded);
  await page.check('#only-matches');
  // Styles are applied with the next frame: wait for it, then count.
  await page.waitForFunction((k) => window.cy.nodes().filter((x) => x.visible()).length === k, hits.length,
    { timeout: TIMEOUT_MS }).catch(() => {});
  const shown = await page.evaluate(() => window.cy.nodes().filter((x) => x.visible()).length);
  check(shown === hits.length, 'seed: only matches hides the others', shown);
  await page.uncheck('#only-matches');
  await page.fill('#search', '');
  check(await page.evaluate(() => window.cy.$('.faded, .hidden, .match').length) === 0, 'seed: clearing the search restores all');

  // Every layout runs and leaves finite positions.
  for (const name of ['circle', 'concentric', 'breadthfirst', 'grid', 'cose']) {
    await page.selectOption('#layout', name);
    await page.waitForFunction((l) => document.body.getAttribute('data-ready') === l, name, { timeout: TIMEOUT_MS });
    const ok = await page.evaluate(() => window.cy.nodes().every((x) => isFinite(x.position('x')) && isFinite(x.position('y'))));
    check(ok, 'seed: layout ' + name);
  }
  await page.mouse.click(5, 120); // the background: back to the overview
  check((await panelText(page)).includes('Legend'), 'seed: background tap shows the overview');

  check(log.errors.length === 0, 'seed: no console errors', log.errors.join(' | '));
  check(log.requests.length === 0, 'seed: the page loads nothing', log.requests.join(' '));
  await page.close();
}

/* A graph whose names, labels and evidence try to break out of the page. */
function hostileGraph() {
  const names = ['</script><script>window.pwned=1</script>', '<img src=x onerror=window.pwned=2>',
    '<!--<script>window.pwned=3</script>', '&lt;b&gt; &amp; "quotes" \'single\'', 'line\u2028sep\u2029para'];
  const nodes = names.map((name, i) => ({ id: 'h' + i, name, kind: ['country', 'person', 'organization'][i % 3],
    code: null, affiliation: null, aliases: [], mentions: 1, docs: 1 }));
  const links = names.slice(1).map((name, i) => ({ source: 'h' + i, target: 'h' + (i + 1), kind: 'stance',
    label: names[i], code: '111', polarity: -1, goldstein: -2, weight: 1, location: null,
    evidence: [{ doc: '<doc>' + i, sentence: i, text: 'said ' + name, date: null }] }));
  return { directed: true, multigraph: true, graph: { format: 'actorgraph-graph/1' }, nodes, links };
}

async function testHostile(ctx, ag, work) {
  const graphFile = path.join(work, 'hostile.json'), html = path.join(work, 'hostile.html');
  const graph = hostileGraph();
  fs.writeFileSync(graphFile, JSON.stringify(graph));
  execFileSync(ag, ['export', graphFile, '-o', html]); // the format from .html
  const raw = fs.readFileSync(html, 'utf8');
  check((raw.match(/<script/g) || []).length === 3, 'hostile: the page has its 3 script elements only');
  check(!raw.includes('<img') && !raw.includes('pwned=1</script>'), 'hostile: no raw name in the HTML');

  const { page, log } = await open(ctx, html);
  await page.waitForTimeout(300); // room for an injected handler to fire
  check(await page.evaluate(() => window.pwned) === undefined, 'hostile: window.pwned is undefined');
  const names = await page.evaluate(() => window.cy.nodes().map((x) => x.data('name')));
  check(JSON.stringify(names) === JSON.stringify(graph.nodes.map((x) => x.name)), 'hostile: names arrive exactly',
    JSON.stringify(names));
  check(await page.evaluate(() => document.scripts.length === 3 && document.images.length === 0),
    'hostile: no script or image element added');
  for (let i = 0; i < 2; i++) {
    await tap(page, 'n' + i);
    const h2 = await page.$eval('#panel h2', (h) => h.textContent);
    check(h2 === graph.nodes[i].name, 'hostile: node ' + i + ' name shown as text', h2);
  }
  await tap(page, 'e0');
  const text = await panelText(page);
  check(text.includes(graph.links[0].evidence[0].text) && text.includes('<doc>0'),
    'hostile: evidence shown as text', text.slice(0, 200));
  await page.fill('#search', '<img');
  check(await page.evaluate(() => window.cy.$('node.match').length) === 1, 'hostile: search finds a name with <');
  await page.waitForTimeout(100);
  check(await page.evaluate(() => window.pwned) === undefined && (await page.$$('#panel img')).length === 0,
    'hostile: still nothing ran');
  check(log.errors.length === 0, 'hostile: no console errors', log.errors.join(' | '));
  check(log.requests.length === 0, 'hostile: the page loads nothing', log.requests.join(' '));
  await page.close();
}

async function screenshot(ctx, html, png) {
  const { page, log } = await open(ctx, html);
  // Show what a click on a relation gives: its evidence in the panel.
  await page.evaluate(() => {
    const e = window.cy.edges('.hostile').filter((x) => x.data('evidence').some((v) => v.text))[0];
    if (e) { e.select(); e.emit('tap'); }
  });
  await page.screenshot({ path: png });
  check(log.errors.length === 0, 'screenshot: no console errors', log.errors.join(' | '));
  console.log('screenshot: ' + png);
}

async function main() {
  const argv = process.argv.slice(2);
  const timer = setTimeout(() => { console.log('FAIL - still running after ' + RUN_LIMIT_MS + ' ms'); process.exit(1); },
    RUN_LIMIT_MS);
  const b = await launch();
  try {
    if (argv[0] === '--screenshot') {
      await screenshot(b.ctx, argv[1], argv[2]);
    } else {
      const ag = path.resolve(argv[0] || './actorgraph'), work = argv[1] || 'build/browser-test';
      fs.mkdirSync(work, { recursive: true });
      await testSeed(b.ctx, ag, work);
      await testHostile(b.ctx, ag, work);
      await screenshot(b.ctx, path.join(work, 'seed.html'), path.join(work, 'viewer.png'));
    }
  } catch (e) {
    check(false, 'browser test ran to the end', e && e.stack ? e.stack : e);
  } finally {
    await b.close();
    clearTimeout(timer);
  }
  console.log('browser: ' + pass + ' passed, ' + fail + ' failed');
  process.exitCode = fail ? 1 : 0;
}

main();
