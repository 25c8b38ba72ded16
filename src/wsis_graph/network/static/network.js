// wsis-graph network view: a small canvas force layout, written for this project (MIT).
// Every string from the graph reaches the page through textContent or canvas fillText, never
// through HTML parsing, so a label that looks like an HTML tag with an onerror handler is shown as text.
(function () {
  "use strict";

  var app = document.getElementById("app");
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var canvas = document.getElementById("canvas");
  var ctx = canvas.getContext("2d");
  var tooltip = document.getElementById("tooltip");
  var details = document.getElementById("details");
  var FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  var nodes = data.nodes, edges = data.edges;
  var byId = {};
  nodes.forEach(function (n, i) {
    n.index = i; n.vx = 0; n.vy = 0; n.edges = [];
    n.x = n.x0 * 480; n.y = -n.y0 * 480;  // y grows downwards on a canvas
    byId[n.id] = n;
  });
  var parallel = {};
  edges.forEach(function (e) {
    e.s = byId[e.source]; e.t = byId[e.target];
    e.s.edges.push(e); e.t.edges.push(e);
    var pair = e.source < e.target ? e.source + "\n" + e.target : e.target + "\n" + e.source;
    e.slot = parallel[pair] = (parallel[pair] === undefined ? 0 : parallel[pair] + 1);
  });
  var colours = {};
  data.types.forEach(function (t) { colours[t.id] = t.colour; });

  var state = {
    relations: {}, tiers: {}, query: "", selected: null, hover: null,
    scale: 1, ox: 0, oy: 0, alpha: 1, visibleNodes: {}, visibleEdges: []
  };
  data.relations.forEach(function (r) { state.relations[r.id] = true; });
  data.tiers.forEach(function (t) { state.tiers[t.id] = true; });

  // ---- DOM helpers (text only) -------------------------------------------------------------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function both(zh, en) {
    if (zh && en && zh !== en) return zh + " / " + en;
    return zh || en || "";
  }

  // ---- legend and filters ------------------------------------------------------------------
  function buildLegend() {
    var legend = document.getElementById("legend");
    data.types.forEach(function (t) {
      var row = el("div", "legend-row");
      var swatch = el("span", "swatch");
      swatch.style.background = t.colour;
      row.appendChild(swatch);
      row.appendChild(el("span", "", both(t.label_zh, t.label) + " (" + t.count + ")"));
      legend.appendChild(row);
    });
    legend.appendChild(el("div", "legend-note", "Size: PageRank centrality · 大小:PageRank 中心性"));
  }
  function checkbox(container, group, item) {
    var label = el("label", "filter");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true;
    box.setAttribute("data-" + group, item.id);
    box.addEventListener("change", function () {
      state[group === "relation" ? "relations" : "tiers"][item.id] = box.checked;
      refresh();
    });
    label.appendChild(box);
    label.appendChild(el("span", "", both(item.label_zh, item.label) + " (" + item.count + ")"));
    container.appendChild(label);
  }
  function buildFilters() {
    var rel = document.getElementById("relation-filters");
    data.relations.forEach(function (r) { checkbox(rel, "relation", r); });
    var tiers = document.getElementById("tier-filters");
    data.tiers.forEach(function (t) { checkbox(tiers, "tier", t); });
    if (!data.tiers.length) tiers.appendChild(el("div", "legend-note", "no sponsor tiers"));
  }

  // ---- visibility --------------------------------------------------------------------------
  function edgePasses(e) {
    if (!state.relations[e.relation]) return false;
    if (e.relation === "sponsors" && e.tier && state.tiers[e.tier] === false) return false;
    return true;
  }
  function matches(n, q) {
    if (!q) return true;
    var hay = [n.label, n.label_zh, n.label_en, n.short].concat(n.alt_labels || []).join("\n").toLowerCase();
    return hay.indexOf(q) >= 0;
  }
  function refresh() {
    var q = state.query.trim().toLowerCase();
    var hits = {};
    nodes.forEach(function (n) { if (matches(n, q)) hits[n.id] = true; });
    var visibleEdges = edges.filter(function (e) {
      return edgePasses(e) && (!q || hits[e.source] || hits[e.target]);
    });
    var visible = {};
    visibleEdges.forEach(function (e) { visible[e.source] = true; visible[e.target] = true; });
    nodes.forEach(function (n) {
      if (hits[n.id] && (q || n.edges.length === 0)) visible[n.id] = true;
    });
    state.visibleNodes = visible;
    state.visibleEdges = visibleEdges;
    var count = Object.keys(visible).length;
    app.setAttribute("data-visible-nodes", String(count));
    app.setAttribute("data-visible-edges", String(visibleEdges.length));
    app.setAttribute("data-search-hits", String(q ? Object.keys(hits).length : 0));
    document.getElementById("counts").textContent =
      "Showing " + count + " of " + nodes.length + " nodes, " + visibleEdges.length + " of " +
      edges.length + " edges · 显示 " + count + " 个节点";
    draw();
  }

  // ---- force layout ------------------------------------------------------------------------
  // The start positions come from ForceAtlas2 (computed in Python with a fixed seed, the same
  // layout as the pictures). Here springs keep each edge near its starting length, and nodes
  // that overlap push each other apart, so a dragged node pulls its neighbours along and the
  // picture settles back into the same shape.
  var pairs = [];
  (function () {
    var seen = {};
    edges.forEach(function (e) {
      var key = e.s.index < e.t.index ? e.s.index + ":" + e.t.index : e.t.index + ":" + e.s.index;
      if (e.s !== e.t && !seen[key]) {
        seen[key] = true;
        pairs.push([e.s, e.t, Math.max(40, Math.hypot(e.s.x - e.t.x, e.s.y - e.t.y))]);
      }
    });
  })();
  function tick() {
    var i, j, a, b, dx, dy, d, f, gap;
    var k = state.alpha;
    for (i = 0; i < nodes.length; i++) {
      a = nodes[i];
      for (j = i + 1; j < nodes.length; j++) {
        b = nodes[j];
        dx = a.x - b.x; dy = a.y - b.y;
        gap = a.radius + b.radius + 14;
        if (Math.abs(dx) > gap || Math.abs(dy) > gap) continue;
        d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        if (d >= gap) continue;
        f = (gap - d) / d * 0.25;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (i = 0; i < pairs.length; i++) {
      a = pairs[i][0]; b = pairs[i][1];
      dx = b.x - a.x; dy = b.y - a.y; d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      f = (d - pairs[i][2]) * 0.05 * k / d;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (i = 0; i < nodes.length; i++) {
      a = nodes[i];
      if (a !== dragging) { a.x += a.vx; a.y += a.vy; }
      a.vx *= 0.5; a.vy *= 0.5;
    }
    state.alpha *= 0.97;
  }
  function animate() {
    if (state.alpha > 0.01) {
      tick();
      draw();
      window.requestAnimationFrame(animate);
    } else {
      app.setAttribute("data-layout-done", "true");
    }
  }
  function reheat() {
    var running = state.alpha > 0.01;
    state.alpha = Math.max(state.alpha, 0.3);
    if (!running) window.requestAnimationFrame(animate);
  }

  // ---- drawing -----------------------------------------------------------------------------
  function resize() {
    var ratio = window.devicePixelRatio || 1;
    var rect = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(rect.width * ratio));
    canvas.height = Math.max(1, Math.round(rect.height * ratio));
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    draw();
  }
  function toScreen(n) {
    var rect = canvas.getBoundingClientRect();
    return [rect.width / 2 + (n.x + state.ox) * state.scale, rect.height / 2 + (n.y + state.oy) * state.scale];
  }
  function toWorld(px, py) {
    var rect = canvas.getBoundingClientRect();
    return [(px - rect.width / 2) / state.scale - state.ox, (py - rect.height / 2) / state.scale - state.oy];
  }
  function draw() {
    var rect = canvas.getBoundingClientRect();
    ctx.clearRect(0, 0, rect.width, rect.height);
    var focus = state.selected || state.hover;
    var showEdgeLabels = state.visibleEdges.length <= 45 || state.scale > 1.6;  // else on hover or select
    ctx.lineWidth = 1;
    state.visibleEdges.forEach(function (e) {
      var p = toScreen(e.s), q = toScreen(e.t);
      var lit = focus && (e.s === focus || e.t === focus);
      ctx.strokeStyle = lit ? "rgba(40,40,40,0.9)" : "rgba(120,120,120,0.45)";
      ctx.lineWidth = lit ? 2 : 1;
      ctx.beginPath(); ctx.moveTo(p[0], p[1]); ctx.lineTo(q[0], q[1]); ctx.stroke();
      arrow(p, q, e.t.radius * state.scale);
      if (showEdgeLabels || lit) {
        ctx.font = "10px " + FONT;
        ctx.fillStyle = lit ? "#222" : "#666";
        ctx.textAlign = "center";
        ctx.fillText(e.label_zh || e.label, (p[0] + q[0]) / 2, (p[1] + q[1]) / 2 - 3 + 12 * e.slot);
      }
    });
    nodes.forEach(function (n) {
      if (!state.visibleNodes[n.id]) return;
      var p = toScreen(n), r = Math.max(3, n.radius * Math.sqrt(state.scale));
      ctx.beginPath(); ctx.arc(p[0], p[1], r, 0, Math.PI * 2);
      ctx.fillStyle = colours[n.type] || "#999";
      ctx.fill();
      ctx.lineWidth = n === focus ? 3 : 1;
      ctx.strokeStyle = n === focus ? "#000" : "#fff";
      ctx.stroke();
    });
    drawLabels(focus);
  }
  // Labels of the most central nodes first; a label that would overlap one already drawn is
  // left out (hover, zoom or search shows it), except for the focused node and its neighbours.
  function drawLabels(focus) {
    var boxes = [], near = {};
    if (focus) {
      near[focus.id] = true;
      focus.edges.forEach(function (e) { near[e.source] = true; near[e.target] = true; });
    }
    var order = nodes.filter(function (n) { return state.visibleNodes[n.id]; });
    order.sort(function (a, b) { return (near[b.id] ? 1 : 0) - (near[a.id] ? 1 : 0) || b.pagerank - a.pagerank; });
    ctx.textAlign = "left";
    order.forEach(function (n) {
      var p = toScreen(n), r = Math.max(3, n.radius * Math.sqrt(state.scale));
      ctx.font = (n.type === "event" ? "bold 13px " : "12px ") + FONT;
      var box = [p[0] + r + 3, p[1] - 9, p[0] + r + 3 + ctx.measureText(n.label).width, p[1] + 6];
      var clash = boxes.some(function (o) { return box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]; });
      if (clash && !near[n.id]) return;
      boxes.push(box);
      ctx.fillStyle = "rgba(255,255,255,0.75)";
      ctx.fillRect(box[0] - 1, box[1], box[2] - box[0] + 2, box[3] - box[1]);
      ctx.fillStyle = "#111";
      ctx.fillText(n.label, box[0], p[1] + 4);
    });
    app.setAttribute("data-labelled-nodes", String(boxes.length));
  }
  function arrow(p, q, r) {
    var dx = q[0] - p[0], dy = q[1] - p[1], d = Math.sqrt(dx * dx + dy * dy);
    if (d < r + 8) return;
    var ux = dx / d, uy = dy / d, tx = q[0] - ux * (r + 2), ty = q[1] - uy * (r + 2);
    ctx.beginPath();
    ctx.moveTo(tx, ty);
    ctx.lineTo(tx - ux * 7 - uy * 3.5, ty - uy * 7 + ux * 3.5);
    ctx.lineTo(tx - ux * 7 + uy * 3.5, ty - uy * 7 - ux * 3.5);
    ctx.closePath();
    ctx.fillStyle = ctx.strokeStyle;
    ctx.fill();
  }

  // ---- details panel -----------------------------------------------------------------------
  function showDetails(n) {
    details.textContent = "";
    if (!n) {
      details.appendChild(el("p", "legend-note", "Click a node for its names, posts and evidence. 点击节点查看详情。"));
      return;
    }
    details.appendChild(el("h2", "node-zh", n.label_zh || n.label));
    if (n.label_en) details.appendChild(el("div", "node-en", n.label_en));
    var typeInfo = data.types.filter(function (t) { return t.id === n.type; })[0];
    details.appendChild(el("div", "node-type", typeInfo ? both(typeInfo.label_zh, typeInfo.label) : n.type));
    details.appendChild(el("div", "node-metrics",
      "PageRank " + n.pagerank.toFixed(4) + " · betweenness " + n.betweenness.toFixed(4) +
      (n.community ? " · community " + n.community : "")));
    if (n.posts && n.posts.length) {
      details.appendChild(el("h3", "", "Posts · 职务"));
      var ul = el("ul", "posts");
      n.posts.forEach(function (p) {
        ul.appendChild(el("li", "", both(p.title_zh, p.title_en) + " — " + both(p.organisation_zh, p.organisation_en)));
      });
      details.appendChild(ul);
    }
    details.appendChild(el("h3", "", "Relations and evidence · 关系与证据"));
    var list = el("ul", "relations");
    n.edges.forEach(function (e) {
      var other = e.s === n ? e.t : e.s;
      var li = el("li", "relation");
      var arrowText = e.s === n ? "→ " : "← ";
      li.appendChild(el("div", "relation-head", arrowText + both(e.label_zh, e.label) + " " + arrowText + other.label));
      (e.quotes || []).forEach(function (quote) { li.appendChild(el("blockquote", "quote", quote)); });
      list.appendChild(li);
    });
    details.appendChild(list);
  }

  // ---- interaction -------------------------------------------------------------------------
  function nodeAt(px, py) {
    var best = null, bestD = Infinity;
    nodes.forEach(function (n) {
      if (!state.visibleNodes[n.id]) return;
      var p = toScreen(n), r = Math.max(6, n.radius * Math.sqrt(state.scale)) + 2;
      var d = Math.hypot(p[0] - px, p[1] - py);
      if (d <= r && d < bestD) { best = n; bestD = d; }
    });
    return best;
  }
  function showTooltip(n, px, py) {
    if (!n) { tooltip.hidden = true; return; }
    tooltip.textContent = "";
    tooltip.appendChild(el("strong", "", n.label_zh || n.label));
    if (n.label_en) tooltip.appendChild(el("div", "", n.label_en));
    (n.posts || []).forEach(function (p) { tooltip.appendChild(el("div", "tip-post", both(p.title_zh, p.title_en))); });
    tooltip.style.left = (px + 14) + "px";
    tooltip.style.top = (py + 14) + "px";
    tooltip.hidden = false;
  }
  var dragging = null, panning = null, moved = false;
  function localPoint(ev) {
    var rect = canvas.getBoundingClientRect();
    return [ev.clientX - rect.left, ev.clientY - rect.top];
  }
  canvas.addEventListener("mousedown", function (ev) {
    var p = localPoint(ev), n = nodeAt(p[0], p[1]);
    moved = false;
    if (n) dragging = n; else panning = { x: p[0], y: p[1], ox: state.ox, oy: state.oy };
  });
  window.addEventListener("mousemove", function (ev) {
    var p = localPoint(ev);
    if (dragging) {
      var w = toWorld(p[0], p[1]);
      dragging.x = w[0]; dragging.y = w[1]; moved = true; reheat(); draw();
    } else if (panning) {
      state.ox = panning.ox + (p[0] - panning.x) / state.scale;
      state.oy = panning.oy + (p[1] - panning.y) / state.scale;
      moved = true; draw();
    } else if (ev.target === canvas) {
      var n = nodeAt(p[0], p[1]);
      if (n !== state.hover) { state.hover = n; draw(); }
      showTooltip(n, p[0], p[1]);
    }
  });
  window.addEventListener("mouseup", function (ev) {
    if (!moved && ev.target === canvas) {
      var p = localPoint(ev);
      select(nodeAt(p[0], p[1]));
    }
    dragging = null; panning = null;
  });
  canvas.addEventListener("mouseleave", function () { state.hover = null; tooltip.hidden = true; draw(); });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    state.scale = Math.min(6, Math.max(0.15, state.scale * (ev.deltaY < 0 ? 1.1 : 1 / 1.1)));
    draw();
  }, { passive: false });
  document.getElementById("search").addEventListener("input", function (ev) {
    state.query = ev.target.value;
    refresh();
  });
  document.getElementById("fit").addEventListener("click", fit);

  function select(n) {
    state.selected = n || null;
    app.setAttribute("data-selected", n ? n.id : "");
    showDetails(state.selected);
    draw();
  }
  function fit() {
    var rect = canvas.getBoundingClientRect();
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    if (!nodes.length) return;
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    state.ox = -(minX + maxX) / 2; state.oy = -(minY + maxY) / 2;
    state.scale = Math.min(3, 0.85 * Math.min(rect.width / (maxX - minX + 160), rect.height / (maxY - minY + 80)));
    draw();
  }

  // Small API for tests and for the browser console.
  window.wsisNetwork = {
    select: function (id) { select(byId[id] || null); return !!byId[id]; },
    position: function (id) { var n = byId[id]; return n ? toScreen(n) : null; },
    freeze: function () { state.alpha = 0; },
    search: function (q) { var box = document.getElementById("search"); box.value = q; state.query = q; refresh(); },
    state: function () {
      return { nodes: nodes.length, edges: edges.length,
               visibleNodes: Object.keys(state.visibleNodes).length, visibleEdges: state.visibleEdges.length };
    }
  };

  buildLegend();
  buildFilters();
  showDetails(null);
  window.addEventListener("resize", resize);
  resize();
  for (var warm = 0; warm < 60; warm++) tick();
  fit();
  refresh();
  app.setAttribute("data-ready", "true");
  window.requestAnimationFrame(animate);
})();
