/* viewer.js — the script of the actorgraph HTML page (see docs/export.md).
 *
 * It reads the graph from the JSON script element with id "graph-data"
 * (written by src/export_html.c), draws it with cytoscape.js (inlined in the
 * page before this script) and exposes the instance as window.cy.
 *
 * Names, labels and evidence come from untrusted news text.  They reach the
 * document only through textContent (the el() helper) and the canvas
 * labels of cytoscape, never through innerHTML or attribute strings, so a
 * name that holds markup (an img tag with an onerror handler, a closing
 * script tag) is shown as text and never run. */
(function () {
  'use strict';

  var COLOR = { hostile: '#d62728', cooperative: '#2ca02c', neutral: '#7f7f7f', affiliation: '#6a6a6a' };
  var KIND_FILL = { country: '#cfe2f3', person: '#fff2cc', organization: '#e4d7f5' };
  // Above this many actors the force-directed layout gets slow; start with
  // the concentric one instead (the menu still offers cose).
  var COSE_MAX_NODES = 800;

  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var panel = document.getElementById('panel');
  var search = document.getElementById('search');
  var onlyMatches = document.getElementById('only-matches');
  var layoutSelect = document.getElementById('layout');

  // ---- DOM helpers: text only ----

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function link(text, onClick) {
    var a = el('a', null, text);
    a.href = '#';
    a.addEventListener('click', function (ev) { ev.preventDefault(); onClick(); });
    return a;
  }

  function defList(rows) {
    var dl = el('dl');
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === '') return;
      dl.appendChild(el('dt', null, r[0]));
      var dd = el('dd');
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

  function polarityName(p) {
    return p < 0 ? 'hostile' : p > 0 ? 'cooperative' : 'neutral';
  }

  function edgeColor(d) {
    return d.kind === 'affiliation' ? COLOR.affiliation : COLOR[polarityName(d.polarity)];
  }

  function nameOf(n) {
    var d = n.data();
    return d.name !== null && d.name !== undefined && d.name !== '' ? d.name : d.actor;
  }

  // ---- the graph ----

  var maxDegree = 0;
  data.nodes.forEach(function (n) { maxDegree = Math.max(maxDegree, n.data.degree || 0); });
  data.nodes.forEach(function (n) {
    var share = maxDegree > 0 ? (n.data.degree || 0) / maxDegree : 0;
    n.data.size = Math.round(22 + 34 * Math.sqrt(share));
  });
  data.edges.forEach(function (e) {
    var w = e.data.weight > 1 ? e.data.weight : 1;
    e.data.width = Math.min(8, 2 + 1.5 * Math.log2(w));
    e.data.caption = (e.data.label || '') + (w > 1 ? ' \u00d7' + w : '');
  });

  var style = [
    { selector: 'node', style: {
      'label': 'data(name)', 'width': 'data(size)', 'height': 'data(size)',
      'background-color': '#eeeeee', 'border-width': 1, 'border-color': '#444444',
      'font-size': 12, 'color': '#222222', 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'wrap', 'text-max-width': '120px',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': '1px'
    } },
    { selector: 'node.country', style: { 'shape': 'round-rectangle', 'background-color': KIND_FILL.country, 'border-width': 2 } },
    { selector: 'node.person', style: { 'shape': 'ellipse', 'background-color': KIND_FILL.person } },
    { selector: 'node.organization', style: { 'shape': 'hexagon', 'background-color': KIND_FILL.organization } },
    { selector: 'edge', style: {
      'curve-style': 'bezier', 'width': 'data(width)', 'line-color': COLOR.neutral,
      'target-arrow-shape': 'triangle', 'target-arrow-color': COLOR.neutral, 'arrow-scale': 1.2,
      'label': 'data(caption)', 'font-size': 10, 'color': COLOR.neutral, 'text-rotation': 'autorotate',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px'
    } },
    { selector: 'edge.hostile', style: { 'line-color': COLOR.hostile, 'target-arrow-color': COLOR.hostile, 'color': COLOR.hostile } },
    { selector: 'edge.cooperative', style: { 'line-color': COLOR.cooperative, 'target-arrow-color': COLOR.cooperative, 'color': COLOR.cooperative } },
    // Meetings are undirected: no arrow.
    { selector: 'edge.meeting', style: { 'target-arrow-shape': 'none' } },
    // "member of": dashed, hollow arrow, no caption (the legend says it).
    { selector: 'edge.affiliation', style: {
      'line-style': 'dashed', 'line-color': COLOR.affiliation, 'target-arrow-color': COLOR.affiliation,
      'target-arrow-fill': 'hollow', 'width': 1.5, 'label': ''
    } },
    { selector: '.dim', style: { 'opacity': 0.2 } },
    { selector: '.faded', style: { 'opacity': 0.12 } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#ff9800' } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f5fa8' } },
    { selector: 'edge:selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.2, 'overlay-padding': 4 } }
  ];

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: { nodes: data.nodes, edges: data.edges },
    style: style,
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 6,
    boxSelectionEnabled: false
  });
  window.cy = cy;

  // ---- layouts ----

  function layoutOptions(name) {
    var o = { name: name, animate: false, fit: true, padding: 30 };
    if (name === 'cose') {
      // From the circle's positions rather than random ones: the same
      // graph is drawn the same way every time.
      o.randomize = false;
      o.nodeDimensionsIncludeLabels = true;
      o.idealEdgeLength = function () { return 110; };
      o.nodeRepulsion = function () { return 12000; };
      o.componentSpacing = 60;
      o.numIter = 2500;
    } else if (name === 'concentric') {
      o.concentric = function (n) { return n.data('pagerank') || n.data('degree') || 0; };
      o.levelWidth = function (nodes) { return nodes.maxDegree() / 4 || 1; };
      o.minNodeSpacing = 20;
      o.avoidOverlap = true;
    } else if (name === 'breadthfirst') {
      o.directed = true;
      o.spacingFactor = 1.1;
      o.avoidOverlap = true;
    } else {
      o.avoidOverlap = true;
      o.nodeDimensionsIncludeLabels = true;
    }
    return o;
  }

  function runLayout(name) {
    document.body.removeAttribute('data-ready');
    if (name === 'cose') cy.layout({ name: 'circle', animate: false, fit: false }).run();
    var layout = cy.layout(layoutOptions(name));
    layout.one('layoutstop', function () { document.body.setAttribute('data-ready', name); });
    layout.run();
  }

  // ---- the side panel ----

  function legend() {
    var frag = document.createDocumentFragment();
    frag.appendChild(el('h3', null, 'Legend'));
    var ul = el('ul', 'legend');
    [['swatch country', 'country'], ['swatch person', 'person'], ['swatch organization', 'organization'],
     ['line hostile', 'hostile stance'], ['line cooperative', 'cooperative stance (meetings: no arrow)'],
     ['line neutral', 'neutral stance'], ['line affiliation', 'member of']].forEach(function (r) {
      var li = el('li');
      li.appendChild(el('span', r[0]));
      li.appendChild(el('span', null, r[1]));
      ul.appendChild(li);
    });
    frag.appendChild(ul);
    return frag;
  }

  function select(ele) {
    cy.elements().unselect();
    ele.select();
  }

  function showOverview() {
    clear(panel);
    panel.appendChild(el('h2', null, 'Actor graph'));
    panel.appendChild(el('p', 'hint', 'Click an actor for its role and relations, or a relation for the '
      + 'sentences it was found in. Search by name; pick a layout above.'));
    panel.appendChild(defList([['actors', cy.nodes().length], ['relations', cy.edges().length]]));
    var top = cy.nodes().sort(function (a, b) {
      return (b.data('pagerank') || 0) - (a.data('pagerank') || 0) || (b.data('degree') || 0) - (a.data('degree') || 0);
    }).slice(0, 8);
    if (top.length) {
      panel.appendChild(el('h3', null, 'Most central (PageRank)'));
      var ul = el('ul');
      top.forEach(function (n) {
        var li = el('li');
        li.appendChild(link(nameOf(n), function () { select(n); showNode(n); }));
        var pr = num(n.data('pagerank'), 3);
        if (pr) li.appendChild(el('span', 'hint', ' ' + pr));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    panel.appendChild(legend());
  }

  function edgeSummary(e) {
    var d = e.data();
    var s = nameOf(e.source()), t = nameOf(e.target());
    if (d.kind === 'meeting') return s + ' \u2014 ' + (d.label || 'meet') + ' \u2014 ' + t;
    if (d.kind === 'affiliation') return s + ' \u2192 member of \u2192 ' + t;
    return s + ' \u2192 ' + (d.label || d.kind) + ' \u2192 ' + t;
  }

  function showNode(n) {
    var d = n.data();
    clear(panel);
    panel.appendChild(el('h2', null, nameOf(n)));
    var affil = null;
    if (d.affiliation) {
      var target = cy.nodes().filter(function (m) { return m.data('actor') === d.affiliation; });
      var label = d.affiliation_name || d.affiliation;
      affil = target.length ? link(label, function () { select(target[0]); showNode(target[0]); }) : label;
    }
    panel.appendChild(defList([
      ['kind', d.kind], ['id', d.actor], ['CAMEO code', d.code], ['member of', affil],
      ['mentions', d.mentions], ['documents', d.docs],
      ['also named', (d.aliases || []).join(' \u00b7 ')]
    ]));
    panel.appendChild(el('h3', null, 'Centrality'));
    panel.appendChild(defList([
      ['weighted degree', num(d.degree, 1)], ['related actors', n.neighborhood('node').length],
      ['PageRank', num(d.pagerank, 4)], ['betweenness', num(d.betweenness, 2)],
      ['strength', num(d.strength, 1)]
    ]));
    var edges = n.connectedEdges();
    panel.appendChild(el('h3', null, 'Relations (' + edges.length + ')'));
    var ul = el('ul');
    edges.forEach(function (e) {
      var li = el('li');
      var dot = el('span', 'rel-dot');
      dot.style.backgroundColor = edgeColor(e.data());
      li.appendChild(dot);
      var w = e.data('weight') > 1 ? ' \u00d7' + e.data('weight') : '';
      li.appendChild(link(edgeSummary(e) + w, function () { select(e); showEdge(e); }));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  function showEdge(e) {
    var d = e.data();
    clear(panel);
    panel.appendChild(el('h2', null, edgeSummary(e)));
    var ends = el('span');
    ends.appendChild(link(nameOf(e.source()), function () { select(e.source()); showNode(e.source()); }));
    ends.appendChild(el('span', null, d.kind === 'meeting' ? ' \u2014 ' : ' \u2192 '));
    ends.appendChild(link(nameOf(e.target()), function () { select(e.target()); showNode(e.target()); }));
    panel.appendChild(defList([
      ['actors', ends], ['relation', d.kind + (d.label && d.label !== d.kind ? ': ' + d.label : '')],
      ['polarity', d.kind === 'affiliation' ? null : polarityName(d.polarity)],
      ['times seen', d.weight], ['CAMEO code', d.code],
      ['Goldstein', d.kind === 'affiliation' ? null : num(d.goldstein, 1)], ['location', d.location]
    ]));
    var ev = d.evidence || [];
    panel.appendChild(el('h3', null, 'Evidence (' + ev.length + ')'));
    if (!ev.length) panel.appendChild(el('p', 'hint', 'No sentence was kept for this relation.'));
    var ul = el('ul', 'evidence');
    ev.forEach(function (x) {
      var li = el('li');
      var where = [x.doc || 'unknown document'];
      if (typeof x.sentence === 'number' && x.sentence >= 0) where.push('sentence ' + x.sentence);
      if (x.date) where.push(x.date);
      li.appendChild(el('span', 'where', where.join(' \u00b7 ')));
      li.appendChild(el('span', 'text', x.text || ''));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  // ---- search ----

  function fold(s) {
    return String(s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function matches(n, q) {
    var d = n.data();
    if (fold(d.name).indexOf(q) >= 0 || fold(d.actor).indexOf(q) >= 0) return true;
    return (d.aliases || []).some(function (a) { return fold(a).indexOf(q) >= 0; });
  }

  function updateCounts(hits) {
    var text = cy.nodes().length + ' actors \u00b7 ' + cy.edges().length + ' relations';
    if (hits) text = hits.length + ' of ' + text + ' match';
    document.getElementById('counts').textContent = text;
  }

  var lastHits = null;
  function applySearch() {
    var q = fold(search.value.trim());
    cy.batch(function () {
      cy.elements().removeClass('match faded hidden dim');
      lastHits = null;
      if (!q) return;
      var hits = cy.nodes().filter(function (n) { return matches(n, q); });
      lastHits = hits;
      hits.addClass('match');
      if (onlyMatches.checked) cy.nodes().not(hits).addClass('hidden');
      else cy.elements().not(hits).not(hits.edgesWith(hits)).addClass('faded');
    });
    search.classList.toggle('nomatch', !!q && lastHits.empty());
    updateCounts(lastHits);
  }

  search.addEventListener('input', applySearch);
  onlyMatches.addEventListener('change', applySearch);
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && lastHits && lastHits.nonempty()) cy.fit(lastHits, 40);
  });

  // ---- events ----

  cy.on('tap', 'node', function (ev) {
    var n = ev.target;
    if (!lastHits) {
      cy.elements().removeClass('dim');
      cy.elements().not(n.closedNeighborhood()).addClass('dim');
    }
    showNode(n);
  });
  cy.on('tap', 'edge', function (ev) {
    cy.elements().removeClass('dim');
    showEdge(ev.target);
  });
  cy.on('tap', function (ev) {
    if (ev.target !== cy) return;
    cy.elements().removeClass('dim');
    showOverview();
  });
  layoutSelect.addEventListener('change', function () { runLayout(layoutSelect.value); });
  document.getElementById('fit').addEventListener('click', function () { cy.fit(undefined, 30); });

  var first = cy.nodes().length > COSE_MAX_NODES ? 'concentric' : 'cose';
  layoutSelect.value = first;
  updateCounts(null);
  showOverview();
  runLayout(first);
})();
