/* viewer.js — the script of the actorgraph HTML page (see docs/export.md).
 *
 * It reads the graph from the JSON script element with id "graph-data"
 * (schema actorgraph-html/2, written by src/export/html_data.c), draws it
 * with cytoscape.js (inlined in the page before this script) and exposes
 * the instance as window.cy.
 *
 * A corpus graph has tens of thousands of relations: drawing them all
 * gave a wash of edges and minutes of layout.  So the page draws net
 * edges (one per pair of actors, the relations that pass the filters
 * summed, coloured by the sign of their net stance), the strongest first,
 * at most the chosen budget (3,000 by default); the actors sit where sfdp
 * placed them at export time, and the rest is reached through the filters,
 * the time slider, search and the focus on an actor's neighbourhood.
 *
 * Names, labels and evidence come from untrusted news text.  They reach the
 * document only through textContent (the el() helper), the canvas labels
 * of cytoscape and, in a saved SVG, DOM text nodes serialized by
 * XMLSerializer — never through innerHTML or attribute strings, so a name
 * that holds markup (an img tag with an onerror handler, a closing script
 * tag) is shown as text and never run. */
(function () {
  'use strict';

  const t0 = performance.now();
  const COLOR = { hostile: '#d62728', cooperative: '#2ca02c', neutral: '#7f7f7f', affiliation: '#6a6a6a' };
  const KIND_FILL = { country: '#cfe2f3', person: '#fff2cc', organization: '#e4d7f5' };
  const BLOC_FILL = ['#aec7e8', '#ffbb78', '#98df8a', '#ff9896', '#c5b0d5', '#c49c94', '#f7b6d2',
    '#dbdb8d', '#9edae5', '#fdd0a2', '#c7e9c0', '#dadaeb'];
  const OTHER_BLOC = '#e6e6e6';
  const CAMEO_ROOTS = { '01': 'make public statement', '02': 'appeal', '03': 'express intent to cooperate',
    '04': 'consult', '05': 'engage in diplomatic cooperation', '06': 'engage in material cooperation',
    '07': 'provide aid', '08': 'yield', '09': 'investigate', '10': 'demand', '11': 'disapprove',
    '12': 'reject', '13': 'threaten', '14': 'protest', '15': 'exhibit force posture',
    '16': 'reduce relations', '17': 'coerce', '18': 'assault', '19': 'fight',
    '20': 'use unconventional mass violence' };
  // Above this many actors shown, cose is too slow for the browser.
  const COSE_MAX_NODES = 400;
  // Edge captions are drawn up to this many edges (they cost a lot).
  const CAPTION_MAX_EDGES = 150;
  const PARTNERS_SHOWN = 40;
  // A focus draws fewer edges: around a hub, more are a ring of ink.
  const FOCUS_BUDGET = 1000;
  const FOCUS_LATERAL = 150;
  const SLIDE_REST_MS = 200;
  // Relation kinds listed per partner before "… N more".
  const BREAKDOWN_SHOWN = 8;
  // Labels: every actor's in a drawing this small, else the most central.
  const LABEL_ALL_MAX = 80;
  const LABEL_TOP = 60;
  // In a focus: the focus and its strongest partners.
  const LABEL_PARTNERS = 30;

  const $ = (id) => document.getElementById(id);
  const data = JSON.parse($('graph-data').textContent);
  const tParsed = performance.now();
  const S = data.strings || [];
  const L = data.links;
  const NODES = data.nodes;
  const nN = NODES.length, nL = L.i.length;
  const panel = $('panel'), search = $('search'), onlyMatches = $('only-matches');

  // ---- DOM helpers: text only ----

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function link(text, onClick) {
    const a = el('a', null, text);
    a.href = '#';
    a.addEventListener('click', (ev) => { ev.preventDefault(); onClick(); });
    return a;
  }

  function defList(rows) {
    const dl = el('dl');
    rows.forEach((r) => {
      if (r[1] === undefined || r[1] === null || r[1] === '') return;
      dl.appendChild(el('dt', null, r[0]));
      const dd = el('dd');
      if (r[1] instanceof Node) dd.appendChild(r[1]);
      else dd.textContent = String(r[1]);
      dl.appendChild(dd);
    });
    return dl;
  }

  function num(x, digits) {
    if (typeof x !== 'number' || !isFinite(x)) return null;
    return Number.isInteger(x) ? String(x) : x.toFixed(digits);
  }

  const str = (k) => (k >= 0 ? S[k] : null);
  const polarityName = (p) => (p < 0 ? 'hostile' : p > 0 ? 'cooperative' : 'neutral');
  const nameOf = (v) => (NODES[v].name !== null && NODES[v].name !== '' ? NODES[v].name : NODES[v].actor);
  const dayText = (d) => {
    const y = Math.floor(d / 10000), m = Math.floor(d / 100) % 100, dd = d % 100;
    const p = (x) => String(x).padStart(2, '0');
    return m === 0 ? String(y) : dd === 0 ? y + '-' + p(m) : y + '-' + p(m) + '-' + p(dd);
  };

  function fold(s) {
    return String(s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  // ---- the model: links, days, pairs ----

  const linkKind = new Array(nL), linkRoot = new Array(nL), linkDated = new Int32Array(nL);
  const byActor = new Map(); // actor id -> node position
  NODES.forEach((n, v) => byActor.set(n.actor, v));
  const incident = Array.from({ length: nN }, () => []);
  const allDays = new Set();
  for (let k = 0; k < nL; k++) {
    linkKind[k] = str(L.kind[k]);
    const code = str(L.code[k]);
    linkRoot[k] = code && /^\d\d/.test(code) ? code.slice(0, 2) : '';
    const days = L.days[k];
    let dated = 0;
    for (let j = 0; j < days.length; j += 2) { allDays.add(days[j]); dated += days[j + 1]; }
    linkDated[k] = dated;
    incident[L.source[k]].push(k);
    if (L.target[k] !== L.source[k]) incident[L.target[k]].push(k);
  }
  const DAYS = Array.from(allDays).sort((a, b) => a - b);

  // Searchable text of each actor: name, id, aliases and its affiliations
  // up the chain ("turk" finds the officials of Turkey and its ministries).
  const searchText = NODES.map((n) => {
    const parts = [n.name, n.actor, n.code].concat(n.aliases || []);
    let a = n.affiliation, hops = 0;
    const seen = new Set();
    while (a && hops < 4 && !seen.has(a)) {
      seen.add(a);
      const v = byActor.get(a);
      if (v === undefined) { parts.push(n.affiliation_name || a); break; }
      parts.push(NODES[v].name, NODES[v].actor);
      parts.push.apply(parts, NODES[v].aliases || []);
      a = NODES[v].affiliation;
      hops++;
    }
    return fold(parts.filter((x) => x).join('\n'));
  });

  const KINDS = ['stance', 'force', 'meeting', 'affiliation'];
  const state = {
    kinds: new Set(KINDS),
    polarities: new Set([-1, 0, 1]),
    root: '', minWeight: 1, budget: data.budget && data.budget.draw ? data.budget.draw : 3000,
    from: 0, to: Math.max(0, DAYS.length - 1),
    focus: -1, depth: 1, hits: null
  };

  function timeOpen() {
    return state.from === 0 && state.to === Math.max(0, DAYS.length - 1);
  }

  // Occurrences of link k that pass the filters (0 = filtered out).  With
  // the whole time range a link counts all its occurrences, undated ones
  // too; a narrower range counts the exact per-day counts inside it.
  function linkCount(k) {
    const kind = linkKind[k];
    if (!state.kinds.has(kind)) return 0;
    if (kind !== 'affiliation') {
      if (!state.polarities.has(L.polarity[k])) return 0;
      if (state.root && linkRoot[k] !== state.root) return 0;
    }
    if (timeOpen()) return L.weight[k];
    const lo = DAYS[state.from], hi = DAYS[state.to], days = L.days[k];
    let c = 0;
    for (let j = 0; j < days.length; j += 2) if (days[j] >= lo && days[j] <= hi) c += days[j + 1];
    return c;
  }

  // Net edges: the counted links of each pair of actors ("member of"
  // links apart), with their total and net stance.
  function buildPairs() {
    const pairs = new Map();
    let relations = 0;
    for (let k = 0; k < nL; k++) {
      const c = linkCount(k);
      if (!c) continue;
      relations++;
      const s = L.source[k], t = L.target[k], aff = linkKind[k] === 'affiliation';
      const a = Math.min(s, t), b = Math.max(s, t);
      const key = (a * nN + b) * 2 + (aff ? 1 : 0);
      let p = pairs.get(key);
      if (!p) {
        p = { key, a, b, aff, weight: 0, net: 0, fwd: 0, back: 0, meet: 0, links: [], counts: [] };
        pairs.set(key, p);
      }
      p.weight += c;
      p.links.push(k);
      p.counts.push(c);
      if (aff) continue;
      p.net += c * Math.sign(L.polarity[k]);
      if (linkKind[k] === 'meeting') p.meet += c;
      else if (s === a) p.fwd += c;
      else p.back += c;
    }
    const list = [];
    pairs.forEach((p) => { if (p.weight >= state.minWeight) list.push(p); });
    // Strongest first, "member of" after every relation; ties by key.
    list.sort((x, y) => (x.aff - y.aff) || (y.weight - x.weight) || (x.key - y.key));
    return { list, relations };
  }

  // Hop distance from the focus over the pairs (-1 = out of reach).
  function distances(list, from, depth) {
    const adj = Array.from({ length: nN }, () => []);
    list.forEach((p) => { adj[p.a].push(p.b); adj[p.b].push(p.a); });
    const dist = new Int32Array(nN).fill(-1);
    dist[from] = 0;
    let frontier = [from];
    for (let d = 1; d <= depth && frontier.length; d++) {
      const next = [];
      frontier.forEach((v) => adj[v].forEach((w) => { if (dist[w] < 0) { dist[w] = d; next.push(w); } }));
      frontier = next;
    }
    return dist;
  }

  // What is drawn: the pairs within budget and the actors they join.
  function selectView() {
    const built = buildPairs();
    let list = built.list;
    let dist = null;
    if (state.focus >= 0) {
      dist = distances(list, state.focus, state.depth);
      list = list.filter((p) => dist[p.a] >= 0 && dist[p.b] >= 0);
      // Nearer the focus first, then stronger; edges within one ring
      // (between two partners of the focus) only the strongest few.
      list.sort((x, y) => (Math.min(dist[x.a], dist[x.b]) - Math.min(dist[y.a], dist[y.b])) ||
        (x.aff - y.aff) || (y.weight - x.weight) || (x.key - y.key));
      let lateral = 0;
      list = list.filter((p) => dist[p.a] !== dist[p.b] || ++lateral <= FOCUS_LATERAL);
    }
    const hits = state.hits;
    if (hits && onlyMatches.checked) {
      // The matches and their neighbours: the pairs that touch a match.
      list = list.filter((p) => hits.has(p.a) || hits.has(p.b));
    }
    const drawn = list.slice(0, state.focus >= 0 ? Math.min(state.budget, FOCUS_BUDGET) : state.budget);
    const shown = new Set();
    drawn.forEach((p) => { shown.add(p.a); shown.add(p.b); });
    const whole = drawn.length === built.list.length && state.focus < 0 && !(hits && onlyMatches.checked);
    for (let v = 0; v < nN; v++) {
      if (whole && state.kinds.size === KINDS.length && timeOpen() && !state.root && state.minWeight <= 1) shown.add(v);
    }
    if (state.focus >= 0) shown.add(state.focus);
    if (hits) hits.forEach((v) => shown.add(v));
    return { drawn, shown, candidates: list.length, pairs: built.list.length, relations: built.relations, dist };
  }

  // ---- the drawing ----

  const maxPr = NODES.reduce((m, n) => Math.max(m, n.pagerank || 0), 0);
  const maxDeg = NODES.reduce((m, n) => Math.max(m, n.degree || 0), 0);
  const hasXY = NODES.length > 0 && NODES.every((n) => typeof n.x === 'number' && typeof n.y === 'number');
  const positions = scaledPositions();
  const blocSize = new Map();
  NODES.forEach((n) => { if (n.community) blocSize.set(n.community, (blocSize.get(n.community) || 0) + 1); });

  // sfdp's positions scaled so that each actor has room for its node.
  function scaledPositions() {
    if (!hasXY) return null;
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    NODES.forEach((n) => { x0 = Math.min(x0, n.x); x1 = Math.max(x1, n.x); y0 = Math.min(y0, n.y); y1 = Math.max(y1, n.y); });
    const area = Math.max(1, (x1 - x0) * (y1 - y0));
    const f = Math.sqrt((NODES.length * 110 * 110) / area);
    return NODES.map((n) => ({ x: n.x * f, y: n.y * f }));
  }

  function nodeSize(n) {
    const share = maxPr > 0 ? (n.pagerank || 0) / maxPr : maxDeg > 0 ? (n.degree || 0) / maxDeg : 0;
    return Math.round(16 + 50 * Math.sqrt(share));
  }

  function blocColour(n) {
    const b = n.community;
    return b && b <= BLOC_FILL.length && (blocSize.get(b) || 0) > 1 ? BLOC_FILL[b - 1] : OTHER_BLOC;
  }

  const style = [
    { selector: 'node', style: {
      'width': 'data(size)', 'height': 'data(size)',
      'background-color': 'data(fill)', 'border-width': 1, 'border-color': '#444444',
      'font-size': 'data(font)', 'min-zoomed-font-size': 7, 'color': '#222222',
      'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'wrap', 'text-max-width': '140px',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': '1px'
    } },
    { selector: 'node.labelled, node.hover, node:selected', style: { 'label': 'data(name)' } },
    { selector: 'node.country', style: { 'shape': 'round-rectangle', 'border-width': 2 } },
    { selector: 'node.person', style: { 'shape': 'ellipse' } },
    { selector: 'node.organization', style: { 'shape': 'hexagon' } },
    { selector: 'edge', style: {
      'curve-style': 'straight', 'width': 'data(width)', 'line-color': COLOR.neutral, 'opacity': 'data(opacity)',
      'target-arrow-shape': 'none', 'target-arrow-color': COLOR.neutral, 'arrow-scale': 1.1,
      'font-size': 10, 'color': COLOR.neutral, 'text-rotation': 'autorotate',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px'
    } },
    { selector: 'edge.captioned', style: { 'label': 'data(caption)' } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge.hostile', style: { 'line-color': COLOR.hostile, 'target-arrow-color': COLOR.hostile, 'color': COLOR.hostile } },
    { selector: 'edge.cooperative', style: { 'line-color': COLOR.cooperative, 'target-arrow-color': COLOR.cooperative, 'color': COLOR.cooperative } },
    // "member of": dashed, hollow arrow, no caption (the legend says it).
    { selector: 'edge.affiliation', style: {
      'line-style': 'dashed', 'line-color': COLOR.affiliation, 'target-arrow-color': COLOR.affiliation,
      'target-arrow-shape': 'triangle', 'target-arrow-fill': 'hollow', 'width': 1.2, 'label': '', 'opacity': 0.5
    } },
    { selector: '.dim', style: { 'opacity': 0.15 } },
    { selector: '.faded', style: { 'opacity': 0.12 } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#ff9800' } },
    { selector: 'node.focus', style: { 'border-width': 5, 'border-color': '#1f5fa8', 'width': 48, 'height': 48 } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f5fa8' } },
    { selector: 'edge:selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.25, 'overlay-padding': 4 } }
  ];

  function nodeElement(v) {
    const n = NODES[v], size = nodeSize(n);
    return {
      group: 'nodes', classes: n.kind,
      data: { id: 'n' + n.i, v, name: n.name !== null && n.name !== '' ? n.name : n.actor, kind: n.kind,
        actor: n.actor, size, font: Math.round(10 + size / 5), fill: fillOf(v),
        pagerank: n.pagerank, degree: n.degree },
      position: positions ? { x: positions[v].x, y: positions[v].y } : { x: 0, y: 0 }
    };
  }

  function fillOf(v) {
    return $('colour').value === 'bloc' ? blocColour(NODES[v]) : KIND_FILL[NODES[v].kind] || '#eeeeee';
  }

  const cy = cytoscape({
    container: $('cy'),
    elements: [],
    style: style,
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 6,
    boxSelectionEnabled: false,
    textureOnViewport: true,
    hideEdgesOnViewport: nL > 20000
  });
  window.cy = cy;
  // The actor's element when drawn (an empty collection when not).
  const nodeEle = (v) => cy.getElementById('n' + NODES[v].i);

  function pairCaption(p) {
    if (p.links.length === 1) {
      const k = p.links[0];
      return (str(L.label[k]) || linkKind[k]) + (p.weight > 1 ? ' \u00d7' + p.weight : '');
    }
    return p.links.length + ' relations \u00d7' + p.weight;
  }

  function pairClasses(p) {
    if (p.aff) return 'affiliation';
    const c = [polarityName(p.net)];
    if (!p.meet && (p.fwd === 0 || p.back === 0)) c.push('directed');
    return c.join(' ');
  }

  function edgeElement(p, captioned) {
    // A one-way stance pair points from its source.
    const reverse = p.aff ? L.source[p.links[0]] !== p.a : !p.meet && p.fwd === 0 && p.back > 0;
    const s = reverse ? p.b : p.a, t = reverse ? p.a : p.b;
    return {
      group: 'edges', classes: pairClasses(p) + (captioned ? ' captioned' : ''),
      data: { id: 'p' + p.key, source: 'n' + NODES[s].i, target: 'n' + NODES[t].i, weight: p.weight,
        net: p.net, width: Math.min(9, 1 + 1.6 * Math.log2(p.weight + 1)), caption: pairCaption(p),
        opacity: Math.min(0.9, 0.35 + 0.15 * Math.log2(p.weight + 1)) },
      scratch: { _ag: p }
    };
  }

  let view = null;

  // Which drawn actors carry a label: all in a small drawing, else the
  // most central ones, the focus and its neighbours, and the matches.
  function labelled() {
    const shown = Array.from(view.shown);
    if (shown.length <= LABEL_ALL_MAX) return new Set(shown);
    const set = new Set(shown.sort((x, y) => (NODES[y].pagerank || 0) - (NODES[x].pagerank || 0)
      || (x - y)).slice(0, state.focus >= 0 ? LABEL_PARTNERS : LABEL_TOP));
    if (state.focus >= 0) {
      set.add(state.focus);
      view.drawn.filter((p) => p.a === state.focus || p.b === state.focus).slice(0, LABEL_PARTNERS)
        .forEach((p) => set.add(p.a === state.focus ? p.b : p.a));
    }
    if (state.hits) state.hits.forEach((v) => set.add(v));
    return set;
  }

  // Draws view: actors and edges added, removed or updated in one batch.
  function draw() {
    view = selectView();
    const captioned = view.drawn.length <= CAPTION_MAX_EDGES;
    const want = new Map(view.drawn.map((p) => ['p' + p.key, p]));
    const labels = labelled();
    cy.batch(() => {
      cy.edges().forEach((e) => { if (!want.has(e.id())) e.remove(); });
      cy.nodes().forEach((n) => { if (!view.shown.has(n.data('v'))) n.remove(); });
      const addNodes = [];
      view.shown.forEach((v) => { if (nodeEle(v).empty()) addNodes.push(nodeElement(v)); });
      cy.add(addNodes);
      const add = [];
      want.forEach((p, id) => {
        const e = cy.getElementById(id);
        if (e.empty()) { add.push(edgeElement(p, captioned)); return; }
        const x = edgeElement(p, captioned);
        // An edge whose one-way stances turned round is drawn anew.
        if (e.data('source') !== x.data.source) { e.remove(); add.push(x); return; }
        if (e.data('weight') !== x.data.weight || e.data('net') !== x.data.net || e.data('caption') !== x.data.caption)
          e.data({ weight: x.data.weight, net: x.data.net, width: x.data.width, opacity: x.data.opacity, caption: x.data.caption });
        if (e.classes().join(' ') !== x.classes) e.classes(x.classes);
        e.scratch('_ag', p);
      });
      if (add.length) cy.add(add).forEach((e) => e.scratch('_ag', want.get(e.id())));
      cy.nodes().forEach((n) => {
        const v = n.data('v');
        n.toggleClass('labelled', labels.has(v));
        n.toggleClass('focus', v === state.focus);
      });
    });
    applyHighlight();
    updateCounts();
    scaleLabels();
  }

  // ---- layouts ----

  function layoutOptions(name, eles) {
    const o = { name: name, animate: false, fit: true, padding: 30, eles: eles };
    if (name === 'preset') {
      o.positions = (n) => (positions ? positions[n.data('v')] : { x: 0, y: 0 });
    } else if (name === 'cose') {
      o.randomize = false;
      o.nodeDimensionsIncludeLabels = true;
      o.idealEdgeLength = () => 110;
      o.nodeRepulsion = () => 12000;
      o.componentSpacing = 60;
      o.numIter = 1500;
    } else if (name === 'concentric') {
      if (state.focus >= 0 && view && view.dist) {
        // Rings by distance; in a ring, the strongest partners first.
        const dist = view.dist, w = new Map();
        view.drawn.forEach((p) => { if (p.a === state.focus || p.b === state.focus) w.set(p.a === state.focus ? p.b : p.a, p.weight); });
        const maxW = Math.max(1, ...w.values());
        o.concentric = (n) => 10 * (10 - Math.max(0, dist[n.data('v')])) + 0.9 * (w.get(n.data('v')) || 0) / maxW;
        o.levelWidth = () => 1;
      } else {
        o.concentric = (n) => n.data('pagerank') || n.data('degree') || 0;
        o.levelWidth = (nodes) => nodes.maxDegree() / 4 || 1;
      }
      o.minNodeSpacing = 12;
      o.avoidOverlap = true;
    } else if (name === 'breadthfirst') {
      o.directed = true;
      o.spacingFactor = 1.1;
      o.avoidOverlap = true;
      if (state.focus >= 0) o.roots = nodeEle(state.focus);
    } else {
      o.avoidOverlap = true;
      o.nodeDimensionsIncludeLabels = true;
    }
    return o;
  }

  // Fits the viewport to the actors' centres: cytoscape's fit measures
  // every edge first, seconds for thousands of them.
  function fitNodes(padding) {
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    cy.nodes().forEach((n) => {
      const p = n.position(), r = n.data('size');
      x0 = Math.min(x0, p.x - r); x1 = Math.max(x1, p.x + r); y0 = Math.min(y0, p.y - r); y1 = Math.max(y1, p.y + r);
    });
    if (!isFinite(x0)) return;
    const w = cy.width(), h = cy.height();
    const zoom = Math.max(cy.minZoom(), Math.min(1.5, (w - 2 * padding) / (x1 - x0), (h - 2 * padding) / (y1 - y0)));
    cy.viewport({ zoom, pan: { x: w / 2 - zoom * (x0 + x1) / 2, y: h / 2 - zoom * (y0 + y1) / 2 } });
  }

  // sfdp's positions back, without a layout run (see fitNodes).
  function placePreset() {
    cy.batch(() => cy.nodes().forEach((n) => {
      const p = positions[n.data('v')], q = n.position();
      if (p.x !== q.x || p.y !== q.y) n.position({ x: p.x, y: p.y });
    }));
    fitNodes(30);
    document.body.setAttribute('data-ready', 'preset');
  }

  function runLayout(name) {
    document.body.removeAttribute('data-ready');
    const eles = cy.elements();
    const nodes = eles.nodes().length;
    if (name === 'cose' && nodes > COSE_MAX_NODES) name = 'concentric';
    if (name === 'preset' && !positions) name = nodes > COSE_MAX_NODES ? 'concentric' : 'cose';
    if (name === 'preset') return placePreset();
    if (name === 'cose') eles.layout({ name: 'circle', animate: false, fit: false }).run();
    const layout = eles.layout(layoutOptions(name, eles));
    layout.one('layoutstop', () => {
      if (state.hits && state.hits.size) zoomTo(hitElements());
      document.body.setAttribute('data-ready', name);
    });
    layout.run();
  }

  // ---- the side panel ----

  function legend() {
    const frag = document.createDocumentFragment();
    frag.appendChild(el('h3', null, 'Legend'));
    const ul = el('ul', 'legend');
    [['swatch country', 'country'], ['swatch person', 'person'], ['swatch organization', 'organization'],
     ['line hostile', 'net hostile (arrow: one-way stances)'], ['line cooperative', 'net cooperative'],
     ['line neutral', 'neutral or balanced'], ['line affiliation', 'member of']].forEach((r) => {
      const li = el('li');
      li.appendChild(el('span', r[0]));
      li.appendChild(el('span', null, r[1]));
      ul.appendChild(li);
    });
    frag.appendChild(ul);
    frag.appendChild(el('p', 'hint', 'Size: PageRank. An edge is every relation of a pair that passes '
      + 'the filters; its width is their count, its colour the sign of the net stance.'));
    return frag;
  }

  function blocLegend() {
    const frag = document.createDocumentFragment();
    const blocs = Array.from(blocSize.entries()).filter((b) => b[1] > 1).sort((x, y) => x[0] - y[0]);
    if (!blocs.length || $('colour').value !== 'bloc') return frag;
    frag.appendChild(el('h3', null, 'Blocs (colour)'));
    const ul = el('ul', 'legend');
    blocs.slice(0, BLOC_FILL.length).forEach((b) => {
      const top = NODES.map((n, v) => v).filter((v) => NODES[v].community === b[0])
        .sort((x, y) => (NODES[y].pagerank || 0) - (NODES[x].pagerank || 0)).slice(0, 3);
      const li = el('li');
      const sw = el('span', 'swatch');
      sw.style.backgroundColor = BLOC_FILL[b[0] - 1];
      li.appendChild(sw);
      li.appendChild(el('span', null, b[1] + ' actors: ' + top.map(nameOf).join(', ')));
      ul.appendChild(li);
    });
    const rest = blocs.length > BLOC_FILL.length ? blocs.length - BLOC_FILL.length : 0;
    frag.appendChild(ul);
    frag.appendChild(el('p', 'hint', (rest ? rest + ' smaller blocs and ' : '')
      + 'actors alone in their bloc are light grey.'));
    return frag;
  }

  function actorLink(v) {
    return link(nameOf(v), () => showNode(v, true));
  }

  function showOverview() {
    clear(panel);
    panel.appendChild(el('h2', null, 'Actor graph'));
    panel.appendChild(el('p', 'hint', 'Click an actor for its relations, or an edge for the sentences '
      + 'behind it. Focus on an actor to see its neighbourhood; filter and slide the dates above.'));
    const b = data.budget || {};
    panel.appendChild(defList([['actors', nN], ['relations', nL],
      ['left out of this page', b.links_cut ? b.links_cut + ' weakest relations (page budget)' : null],
      ['dates', DAYS.length ? dayText(DAYS[0]) + ' \u2013 ' + dayText(DAYS[DAYS.length - 1]) : null]]));
    const top = NODES.map((n, v) => v).sort((x, y) => (NODES[y].pagerank || 0) - (NODES[x].pagerank || 0)
      || (NODES[y].degree || 0) - (NODES[x].degree || 0)).slice(0, 10);
    if (top.length) {
      panel.appendChild(el('h3', null, 'Most central (PageRank)'));
      const ul = el('ul');
      top.forEach((v) => {
        const li = el('li');
        li.appendChild(actorLink(v));
        const pr = num(NODES[v].pagerank, 4);
        if (pr) li.appendChild(el('span', 'hint', ' ' + pr));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    panel.appendChild(blocLegend());
    panel.appendChild(legend());
  }

  // The relations of actor v that pass the filters, grouped by partner,
  // strongest partner first ("member of" links are listed apart).
  function partnersOf(v) {
    const by = new Map();
    incident[v].forEach((k) => {
      if (linkKind[k] === 'affiliation') return;
      const c = linkCount(k);
      if (!c) return;
      const w = L.source[k] === v ? L.target[k] : L.source[k];
      let g = by.get(w);
      if (!g) { g = { w, weight: 0, net: 0, links: [] }; by.set(w, g); }
      g.weight += c;
      g.net += c * Math.sign(L.polarity[k]);
      g.links.push({ k, c });
    });
    const list = Array.from(by.values());
    list.sort((x, y) => (y.weight - x.weight) || (x.w - y.w));
    list.forEach((g) => g.links.sort((x, y) => (y.c - x.c) || (x.k - y.k)));
    return list;
  }

  function relationText(k, c, v) {
    const label = str(L.label[k]) || linkKind[k];
    const arrow = linkKind[k] === 'meeting' ? '' : L.source[k] === v ? ' \u2192' : ' \u2190';
    return label + arrow + ' \u00d7' + c;
  }

  function dot(colour) {
    const d = el('span', 'rel-dot');
    d.style.backgroundColor = colour;
    return d;
  }

  function partnerList(v, list, limit) {
    const ul = el('ul', 'partners');
    list.slice(0, limit).forEach((g) => {
      const li = el('li');
      li.appendChild(dot(COLOR[polarityName(g.net)]));
      li.appendChild(link(nameOf(g.w), () => showPair(v, g.w)));
      li.appendChild(el('span', 'weight', ' \u00d7' + g.weight));
      const more = g.links.length > BREAKDOWN_SHOWN ? ' \u00b7 \u2026 ' + (g.links.length - BREAKDOWN_SHOWN) + ' more' : '';
      li.appendChild(el('span', 'breakdown', g.links.slice(0, BREAKDOWN_SHOWN).map((x) => relationText(x.k, x.c, v)).join(' \u00b7 ') + more));
      ul.appendChild(li);
    });
    return ul;
  }

  function membersOf(v) {
    return incident[v].filter((k) => linkKind[k] === 'affiliation' && L.target[k] === v).map((k) => L.source[k])
      .sort((x, y) => (NODES[y].degree || 0) - (NODES[x].degree || 0));
  }

  function showNode(v, select) {
    const n = NODES[v];
    if (select) { cy.elements().unselect(); nodeEle(v).select(); }
    clear(panel);
    panel.appendChild(el('h2', null, nameOf(v)));
    const bar = el('p', 'actions');
    bar.appendChild(link('Focus on ' + nameOf(v) + ' (' + state.depth + ' steps)', () => focusOn(v)));
    panel.appendChild(bar);
    const affil = n.affiliation ? (byActor.has(n.affiliation) ? actorLink(byActor.get(n.affiliation))
      : n.affiliation_name || n.affiliation) : null;
    panel.appendChild(defList([
      ['kind', n.kind], ['id', n.actor], ['CAMEO code', n.code], ['member of', affil],
      ['mentions', n.mentions], ['documents', n.docs], ['also named', (n.aliases || []).join(' \u00b7 ')],
      ['bloc', n.community && (blocSize.get(n.community) || 0) > 1 ? n.community + ' (' + blocSize.get(n.community) + ' actors)' : null]
    ]));
    panel.appendChild(el('h3', null, 'Centrality'));
    panel.appendChild(defList([
      ['PageRank', num(n.pagerank, 5)], ['weighted degree', num(n.degree, 1)],
      ['betweenness', num(n.betweenness, 2)], ['strength', num(n.strength, 1)]
    ]));
    const partners = partnersOf(v);
    const total = partners.reduce((s, g) => s + g.links.length, 0);
    panel.appendChild(el('h3', null, 'Relations (' + total + ' with ' + partners.length + ' partners)'));
    if (!partners.length) panel.appendChild(el('p', 'hint', 'None pass the filters.'));
    const ul = partnerList(v, partners, PARTNERS_SHOWN);
    panel.appendChild(ul);
    if (partners.length > PARTNERS_SHOWN) {
      const more = link('show all ' + partners.length + ' partners', () => {
        panel.replaceChild(partnerList(v, partners, partners.length), ul);
        more.remove();
      });
      panel.appendChild(more);
    }
    const members = membersOf(v);
    if (members.length) {
      panel.appendChild(el('h3', null, 'Members (' + members.length + ')'));
      const mu = el('ul');
      members.slice(0, PARTNERS_SHOWN).forEach((w) => { const li = el('li'); li.appendChild(actorLink(w)); mu.appendChild(li); });
      panel.appendChild(mu);
    }
  }

  // Evidence entries are [doc, sentence, text, date, location] (html_data.c).
  const EV = 5;

  function evidenceList(k) {
    const ev = L.evidence[k], ul = el('ul', 'evidence');
    for (let j = 0; j < ev.length; j += EV) {
      const li = el('li');
      const where = [str(ev[j]) || 'unknown document'];
      if (ev[j + 1] >= 0) where.push('sentence ' + ev[j + 1]);
      if (ev[j + 3] >= 0) where.push(str(ev[j + 3]));
      if (ev[j + 4] >= 0) where.push('in ' + str(ev[j + 4]));
      li.appendChild(el('span', 'where', where.join(' \u00b7 ')));
      li.appendChild(el('span', 'text', str(ev[j + 2]) || ''));
      ul.appendChild(li);
    }
    return ul;
  }

  function placesText(k) {
    const ev = L.evidence[k], seen = new Map();
    for (let j = 4; j < ev.length; j += EV)
      if (ev[j] >= 0) seen.set(str(ev[j]), (seen.get(str(ev[j])) || 0) + 1);
    if (!seen.size) return str(L.location[k]);
    return Array.from(seen, ([p, n]) => p + (n > 1 ? ' \u00d7' + n : '')).join(', ');
  }

  function datesText(k) {
    const days = L.days[k], parts = [];
    for (let j = 0; j < days.length && parts.length < 12; j += 2)
      parts.push(dayText(days[j]) + (days[j + 1] > 1 ? ' \u00d7' + days[j + 1] : ''));
    if (days.length / 2 > 12) parts.push('\u2026 ' + (days.length / 2 - 12) + ' more days');
    const undated = L.weight[k] - linkDated[k];
    if (undated > 0) parts.push(undated + ' undated');
    return parts.join(', ');
  }

  function relationBlock(k, c) {
    const frag = document.createDocumentFragment();
    const kind = linkKind[k], s = L.source[k], t = L.target[k];
    const h = el('h3', null, nameOf(s) + (kind === 'meeting' ? ' \u2014 ' : ' \u2192 ')
      + (str(L.label[k]) || kind) + (kind === 'meeting' ? ' \u2014 ' : ' \u2192 ') + nameOf(t));
    h.insertBefore(dot(kind === 'affiliation' ? COLOR.affiliation : COLOR[polarityName(L.polarity[k])]), h.firstChild);
    frag.appendChild(h);
    const ev = L.evidence[k].length / EV;
    frag.appendChild(defList([
      ['relation', kind + (str(L.label[k]) && str(L.label[k]) !== kind ? ': ' + str(L.label[k]) : '')],
      ['polarity', kind === 'affiliation' ? null : polarityName(L.polarity[k])],
      ['times seen', c === L.weight[k] ? L.weight[k] : c + ' in the filters (' + L.weight[k] + ' in all)'],
      ['CAMEO code', str(L.code[k]) ? str(L.code[k]) + (CAMEO_ROOTS[linkRoot[k]] ? ' (' + CAMEO_ROOTS[linkRoot[k]] + ')' : '') : null],
      ['Goldstein', kind === 'affiliation' ? null : num(L.goldstein[k], 1)],
      // Each occurrence keeps its own place: list them in order seen.
      ['locations', placesText(k)],
      ['dates', datesText(k)],
      ['evidence', ev < L.evidence_total[k] ? ev + ' of ' + L.evidence_total[k] + ' sentences kept in this page (budget); all in graph.json' : null]
    ]));
    if (ev) frag.appendChild(evidenceList(k));
    else frag.appendChild(el('p', 'hint', 'No sentence was kept for this relation.'));
    return frag;
  }

  // Every relation between actors v and w that passes the filters.
  function showPair(v, w) {
    clear(panel);
    const head = el('h2');
    head.appendChild(actorLink(v));
    head.appendChild(el('span', null, ' \u2194 '));
    head.appendChild(actorLink(w));
    panel.appendChild(head);
    const ks = incident[v].filter((k) => (L.source[k] === w || L.target[k] === w) && (w !== v || L.source[k] === L.target[k]))
      .map((k) => ({ k, c: linkCount(k) })).filter((x) => x.c > 0).sort((x, y) => (y.c - x.c) || (x.k - y.k));
    const net = ks.reduce((s, x) => s + (linkKind[x.k] === 'affiliation' ? 0 : x.c * Math.sign(L.polarity[x.k])), 0);
    panel.appendChild(defList([['relations', ks.length], ['times seen', ks.reduce((s, x) => s + x.c, 0)],
      ['net stance', (net > 0 ? '+' : '') + net + ' (' + polarityName(net) + ')']]));
    ks.forEach((x) => panel.appendChild(relationBlock(x.k, x.c)));
  }

  // ---- focus, search, filters ----

  function focusOn(v) {
    state.focus = v;
    $('unfocus').disabled = false;
    draw();
    runLayout(positions && $('layout').value === 'preset' ? 'concentric' : $('layout').value);
    showNode(v, true);
  }

  function unfocus() {
    state.focus = -1;
    $('unfocus').disabled = true;
    draw();
    runLayout($('layout').value);
  }

  function hitElements() {
    const hits = state.hits;
    return hits ? cy.nodes().filter((n) => hits.has(n.data('v'))) : cy.collection();
  }

  // Fits the elements, but never closer than a comfortable reading zoom.
  function zoomTo(eles) {
    if (!eles || eles.empty()) return;
    cy.fit(eles, 60);
    if (cy.zoom() > 1.2) {
      const bb = eles.boundingBox();
      cy.zoom(1.2);
      cy.center(eles);
      if (!isFinite(bb.x1)) cy.fit(undefined, 30);
    }
  }

  function applyHighlight() {
    const hits = state.hits;
    cy.batch(() => {
      cy.elements().removeClass('match faded');
      if (!hits) return;
      const h = hitElements();
      h.addClass('match');
      if (!onlyMatches.checked) cy.elements().not(h).not(h.connectedEdges()).addClass('faded');
    });
  }

  function applySearch() {
    const q = fold(search.value.trim());
    state.hits = null;
    if (q) {
      state.hits = new Set();
      for (let v = 0; v < nN; v++) if (searchText[v].indexOf(q) >= 0) state.hits.add(v);
    }
    search.classList.toggle('nomatch', !!q && state.hits.size === 0);
    draw();
  }

  function updateCounts() {
    const shownNodes = view.shown.size;
    let text = shownNodes + ' of ' + nN + ' actors \u00b7 ' + view.drawn.length + ' edges drawn of '
      + view.candidates + ' pairs \u00b7 ' + view.relations + ' of ' + nL + ' relations pass the filters';
    if (state.hits) text = state.hits.size + ' match \u00b7 ' + text;
    $('counts').textContent = text;
  }

  function readFilters() {
    state.kinds = new Set(Array.from(document.querySelectorAll('#kinds input:checked')).map((x) => x.value));
    state.polarities = new Set(Array.from(document.querySelectorAll('#polarities input:checked')).map((x) => Number(x.value)));
    state.root = $('root').value;
    state.minWeight = Math.max(1, Number($('min-weight').value) || 1);
    state.budget = Number($('budget').value) || state.budget;
    const a = Number($('from').value), b = Number($('to').value);
    state.from = Math.min(a, b);
    state.to = Math.max(a, b);
    $('from-label').textContent = DAYS.length ? dayText(DAYS[state.from]) : 'no dates';
    $('to-label').textContent = DAYS.length ? dayText(DAYS[state.to]) : '';
    drawHistogram();
  }

  function onFilter() {
    readFilters();
    draw();
    if (state.focus >= 0) runLayout($('layout').value === 'preset' ? 'concentric' : $('layout').value);
  }

  // While the slider moves, its dates and histogram follow at once and
  // the drawing when it rests (or is let go: the change event).
  let slideTimer = 0;
  function onSlide() {
    readFilters();
    clearTimeout(slideTimer);
    slideTimer = setTimeout(onFilter, SLIDE_REST_MS);
  }

  function setupFilters() {
    const roots = new Map();
    for (let k = 0; k < nL; k++) if (linkRoot[k]) roots.set(linkRoot[k], (roots.get(linkRoot[k]) || 0) + 1);
    Array.from(roots.keys()).sort().forEach((r) => {
      const o = el('option', null, r + ' ' + (CAMEO_ROOTS[r] || '') + ' (' + roots.get(r) + ')');
      o.value = r;
      $('root').appendChild(o);
    });
    const budget = $('budget');
    if (!Array.from(budget.options).some((o) => Number(o.value) === state.budget)) budget.appendChild(el('option', null, state.budget));
    budget.value = String(state.budget);
    ['from', 'to'].forEach((id) => { $(id).max = String(Math.max(0, DAYS.length - 1)); });
    $('from').value = '0';
    $('to').value = String(Math.max(0, DAYS.length - 1));
    $('time').classList.toggle('hidden-ui', DAYS.length === 0);
    document.querySelectorAll('#filters input, #filters select').forEach((x) => x.addEventListener('change', () => {
      clearTimeout(slideTimer);
      onFilter();
    }));
    ['from', 'to'].forEach((id) => $(id).addEventListener('input', onSlide));
    readFilters();
  }

  // Occurrences per day over all links, the chosen range darker.
  const perDay = (() => {
    const m = new Map();
    for (let k = 0; k < nL; k++) {
      const days = L.days[k];
      for (let j = 0; j < days.length; j += 2) m.set(days[j], (m.get(days[j]) || 0) + days[j + 1]);
    }
    return DAYS.map((d) => m.get(d));
  })();

  function drawHistogram() {
    const c = $('histogram'), g = c.getContext('2d');
    g.clearRect(0, 0, c.width, c.height);
    if (!DAYS.length) return;
    // A day with far more than the others (a feed's default date) would
    // flatten the rest: the scale tops out at the 95th percentile.
    const sorted = perDay.slice().sort((x, y) => x - y);
    const max = Math.max(1, sorted[Math.floor(0.95 * (sorted.length - 1))] * 1.25), w = c.width / DAYS.length;
    perDay.forEach((x, i) => {
      g.fillStyle = i >= state.from && i <= state.to ? '#1f5fa8' : '#c8c8c8';
      const h = Math.max(1, (c.height - 2) * Math.min(1, x / max));
      g.fillRect(i * w, c.height - h, Math.max(1, w - (w > 3 ? 1 : 0)), h);
    });
  }

  // ---- saving the picture ----

  function download(blob, name) {
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  function savePng() {
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    download(blob, 'actorgraph.png');
    return blob;
  }

  // The drawing as SVG, built with DOM calls and serialized by the
  // browser (XMLSerializer escapes every name): what is shown, as shown.
  function svgText() {
    const NS = 'http://www.w3.org/2000/svg';
    const mk = (tag, attrs) => {
      const e = document.createElementNS(NS, tag);
      Object.keys(attrs).forEach((k) => e.setAttribute(k, String(attrs[k])));
      return e;
    };
    const nodes = cy.nodes().filter((n) => n.visible()), edges = cy.edges().filter((e) => e.visible());
    const bb = cy.elements().filter((x) => x.visible()).boundingBox();
    const pad = 20, w = Math.max(1, bb.w) + 2 * pad, h = Math.max(1, bb.h) + 2 * pad;
    const svg = mk('svg', { xmlns: NS, width: Math.round(w), height: Math.round(h),
      viewBox: [bb.x1 - pad, bb.y1 - pad, w, h].map((x) => x.toFixed(1)).join(' ') });
    svg.appendChild(mk('rect', { x: bb.x1 - pad, y: bb.y1 - pad, width: w, height: h, fill: '#ffffff' }));
    const ge = mk('g', { class: 'edges' }), gn = mk('g', { class: 'nodes' });
    edges.forEach((e) => {
      const s = e.sourceEndpoint(), t = e.targetEndpoint();
      const line = mk('line', { x1: s.x.toFixed(1), y1: s.y.toFixed(1), x2: t.x.toFixed(1), y2: t.y.toFixed(1),
        stroke: e.style('line-color'), 'stroke-width': e.data('width'), 'stroke-opacity': e.style('opacity') });
      if (e.hasClass('affiliation')) line.setAttribute('stroke-dasharray', '4 3');
      const title = mk('title', {});
      title.textContent = e.data('caption');
      line.appendChild(title);
      ge.appendChild(line);
    });
    nodes.forEach((n) => {
      const p = n.position(), r = n.data('size') / 2;
      const shape = n.hasClass('country') ? mk('rect', { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r, rx: 3 })
        : n.hasClass('organization') ? mk('polygon', { points: [0, 60, 120, 180, 240, 300].map((a) =>
          (p.x + r * Math.cos(a * Math.PI / 180)).toFixed(1) + ',' + (p.y + r * Math.sin(a * Math.PI / 180)).toFixed(1)).join(' ') })
        : mk('circle', { cx: p.x, cy: p.y, r: r });
      shape.setAttribute('fill', n.style('background-color'));
      shape.setAttribute('stroke', '#444444');
      shape.setAttribute('opacity', n.style('opacity'));
      gn.appendChild(shape);
      const label = mk('text', { x: p.x.toFixed(1), y: (p.y + r + n.data('font')).toFixed(1), 'text-anchor': 'middle',
        'font-size': n.data('font'), 'font-family': 'sans-serif', fill: '#222222' });
      label.textContent = n.data('name');
      gn.appendChild(label);
    });
    svg.appendChild(ge);
    svg.appendChild(gn);
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
  }

  function saveSvg() {
    const text = svgText();
    download(new Blob([text], { type: 'image/svg+xml' }), 'actorgraph.svg');
    return text;
  }

  // ---- events ----

  function pairOf(e) { return e.scratch('_ag'); }

  cy.on('tap', 'node', (ev) => {
    const v = ev.target.data('v');
    if (!state.hits) {
      cy.elements().removeClass('dim');
      cy.elements().not(ev.target.closedNeighborhood()).addClass('dim');
    }
    showNode(v, false);
  });
  cy.on('tap', 'edge', (ev) => {
    cy.elements().removeClass('dim');
    const p = pairOf(ev.target);
    if (p) showPair(p.a, p.b);
  });
  cy.on('tap', (ev) => {
    if (ev.target !== cy) return;
    cy.elements().removeClass('dim');
    showOverview();
  });
  search.addEventListener('input', applySearch);
  onlyMatches.addEventListener('change', applySearch);
  search.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter' || !state.hits || !state.hits.size) return;
    zoomTo(hitElements());
    if (state.hits.size === 1) showNode(state.hits.values().next().value, true);
  });
  $('layout').addEventListener('change', () => runLayout($('layout').value));
  $('colour').addEventListener('change', () => {
    cy.batch(() => cy.nodes().forEach((n) => n.data('fill', fillOf(n.data('v')))));
    if (panel.querySelector('.legend')) showOverview();
  });
  $('depth').addEventListener('change', () => {
    state.depth = Number($('depth').value) || 1;
    if (state.focus >= 0) focusOn(state.focus);
  });
  $('unfocus').addEventListener('click', unfocus);
  $('fit').addEventListener('click', () => fitNodes(30));
  // Labels keep a readable size on screen however far out the view is.
  let zooming = false;
  function scaleLabels() {
    zooming = false;
    const z = cy.zoom();
    cy.batch(() => cy.nodes('.labelled, .hover').forEach((n) => scaleLabel(n, z)));
  }
  function scaleLabel(n, z) {
    const base = Math.round(10 + n.data('size') / 5);
    n.data('font', Math.round(Math.min(base / Math.min(1, z), 12 / z)));
  }
  cy.on('zoom', () => { if (!zooming) { zooming = true; requestAnimationFrame(scaleLabels); } });
  cy.on('mouseover', 'node', (ev) => { scaleLabel(ev.target, cy.zoom()); ev.target.addClass('hover'); });
  cy.on('mouseout', 'node', (ev) => ev.target.removeClass('hover'));
  $('save-png').addEventListener('click', savePng);
  $('save-svg').addEventListener('click', saveSvg);

  // For the browser console and the tests.
  window.actorgraph = { data, state, view: () => view, svgText, savePng, focusOn, unfocus,
    actor: (id) => byActor.get(id), timings: {} };

  setupFilters();
  draw();
  showOverview();
  const first = positions && nN > COSE_MAX_NODES ? 'preset' : 'cose';
  $('layout').value = first;
  const tDrawn = performance.now();
  runLayout(first);
  // Milliseconds since the page started loading: when this script began,
  // then the JSON parse, the first drawing and its layout.
  window.actorgraph.timings = { script_start_ms: Math.round(t0), parse_ms: Math.round(tParsed - t0),
    draw_ms: Math.round(tDrawn - tParsed), layout_ms: Math.round(performance.now() - tDrawn) };
})();
