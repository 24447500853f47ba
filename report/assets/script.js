// actorgraph report: filters, views and the evidence panel. No network
// access; every string from the data is set with textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var form = document.getElementById("controls");
  var panel = document.getElementById("panel");
  var status = document.getElementById("status");
  var view = data.nets[0] ? data.nets[0].key : "actor";
  var selected = null; // {kind: "node"|"arc", i: index}
  var colour = "country";
  var size = 0;       // index of the node size measure
  var focus = -1;     // index of the conflict in focus, -1 for all
  var showAll = false; // unfold the drawn actors outside the conflicts
  var SVGNS = "http://www.w3.org/2000/svg";

  // sync reads the view and the colouring from the form and redraws.
  function sync() {
    var v = form.querySelector("input[name=view]:checked"), c = form.querySelector("input[name=colour]:checked");
    var nv = v ? v.value : view, nc = c ? c.value : "country";
    if (nc !== colour) {
      colour = nc;
      document.querySelectorAll(".node path").forEach(function (p) {
        p.setAttribute("fill", p.dataset[colour] || p.dataset.country);
      });
    }
    if (nv !== view) {
      view = nv;
      selected = null;
      focus = -1;
      fillFocus();
    }
    document.querySelectorAll("figure.net").forEach(function (e) { e.hidden = e.dataset.view !== view; });
    showLegends();
    fit(fig());
    if (selected && selected.kind === "node") showNode(selected.i);
    else if (!selected) clearSel();
    else render();
  }
  // showLegends shows the node legend of the current view and colouring.
  function showLegends() {
    document.querySelectorAll(".legend-nodes").forEach(function (e) {
      e.hidden = e.dataset.view !== view || e.dataset.colour !== colour;
    });
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function net() {
    for (var i = 0; i < data.nets.length; i++) if (data.nets[i].key === view) return data.nets[i];
    return data.nets[0];
  }
  function fig() { return document.getElementById("net-" + view); }
  function verb(r) { return r.toLowerCase().replace("_", " "); }

  function filters() {
    var rels = {};
    form.querySelectorAll("input[name=rel]").forEach(function (c) { if (c.checked) rels[c.value] = true; });
    var from = form.elements.from, to = form.elements.to; // absent when no edge has a date
    return { rels: rels, from: from ? from.value : "", to: to ? to.value : "" };
  }
  // bar maps a date to the timeline bar holding it (the filter works at
  // the timeline's resolution: day, week or month).
  function bar(d, dflt) {
    if (!d) return dflt;
    var i = -1;
    for (var k = 0; k < data.bars.length; k++) if (data.bars[k] <= d) i = k;
    return i;
  }
  function arcVisible(a, f) {
    if (!f.rels[a.dataset.rel]) return false;
    if (!f.from && !f.to) return true;
    var lo = bar(f.from, 0), hi = bar(f.to, data.bars.length - 1);
    var runs = a.dataset.b ? a.dataset.b.split(" ") : [];
    for (var i = 0; i < runs.length; i++) {
      var p = runs[i].split("-"), s = +p[0], e = p.length > 1 ? +p[1] : s;
      if (e >= lo && s <= hi) return true;
    }
    return false;
  }

  // render sets every class from the state: filters hide arcs; actors with
  // no arc left are faded; a selection or a country fades what is not it or
  // its neighbours.
  function render() {
    var f = filters(), country = form.elements.country.value;
    document.querySelectorAll("figure.net").forEach(function (fg) {
      var n = null;
      data.nets.forEach(function (x) { if (x.key === fg.dataset.view) n = x; });
      var current = fg.dataset.view === view, deg = {}, shown = 0;
      var arcs = fg.querySelectorAll(".arc"), vis = [];
      arcs.forEach(function (a) {
        var ok = arcVisible(a, f), x = n.arcs[+a.dataset.a];
        vis[+a.dataset.a] = ok;
        a.classList.toggle("off", !ok);
        if (ok) { shown++; deg[x.s] = 1; deg[x.t] = 1; }
      });
      var filtered = shown < arcs.length, keep = null, sel = current ? selected : null;
      var fo = current && focus >= 0 ? n.focus[focus] : null, folded = folds(n, fo);
      if (fo) {
        keep = {}; keep[fo.a] = 1; keep[fo.b] = 1;
        fo.m.forEach(function (m) { keep[m.i] = 1; });
      }
      if (sel && sel.kind === "node") {
        keep = {}; keep[sel.i] = 1;
        n.arcs.forEach(function (x, j) { if (vis[j] && (x.s === sel.i || x.t === sel.i)) { keep[x.s] = 1; keep[x.t] = 1; } });
      } else if (sel && sel.kind === "arc") {
        keep = {}; keep[n.arcs[sel.i].s] = 1; keep[n.arcs[sel.i].t] = 1;
      }
      var hl = {};
      if (country) {
        n.nodes.forEach(function (x, j) { if (x.c === country || x.n === country) hl[j] = 1; });
        if (!keep) keep = hl;
      }
      arcs.forEach(function (a) {
        var j = +a.dataset.a, x = n.arcs[j], on = true;
        if (sel && sel.kind === "node") on = x.s === sel.i || x.t === sel.i;
        else if (sel && sel.kind === "arc") on = j === sel.i;
        else if (fo) on = keep[x.s] && keep[x.t];
        else if (keep) on = keep[x.s] || keep[x.t];
        a.classList.toggle("dim", !on);
        a.classList.toggle("sel", !!(sel && sel.kind === "arc" && j === sel.i));
        a.classList.toggle("fold", !!(folded[x.s] || folded[x.t]));
      });
      fg.querySelectorAll(".node").forEach(function (g) {
        var j = +g.dataset.n, t = fg.querySelector('.labels text[data-n="' + j + '"]');
        var r = fg.querySelector('.ring[data-n="' + j + '"]');
        var faded = keep ? !keep[j] : (filtered && !deg[j]);
        g.classList.toggle("dim", faded);
        t.classList.toggle("dim", faded);
        t.classList.toggle("show", !!(sel && sel.kind === "node" && sel.i === j) || !!(fo && keep[j]));
        g.classList.toggle("hl", !!hl[j]);
        g.classList.toggle("sel", !!(sel && sel.kind === "node" && sel.i === j));
        g.classList.toggle("fold", !!folded[j]);
        t.classList.toggle("fold", !!folded[j]);
        if (r) { r.classList.toggle("dim", faded); r.classList.toggle("fold", !!folded[j]); }
      });
      if (current) {
        var nf = 0;
        for (var k in folded) if (folded[k]) nf++;
        status.textContent = (fo ? "Conflict " + n.nodes[fo.a].n + " – " + n.nodes[fo.b].n + ": its sides, mediators and their ties. " : "") +
          "Showing " + shown + " of " + arcs.length + " arcs" +
          (filtered ? " (filtered); actors with no arc shown are faded." : ".") +
          (nf ? " " + nf + " actors outside the conflicts are folded." : "");
      }
    });
  }
  var apply = render, highlight = render;

  function evidenceList(ids, into) {
    ids.forEach(function (k) {
      var e = data.ev[k], q = el("blockquote", e.s + " ");
      q.appendChild(el("cite", e.d + (e.p ? ", " + e.p : "")));
      into.appendChild(q);
    });
  }
  function arcItem(n, a) {
    var li = el("li");
    var head = el("div");
    head.appendChild(el("span", n.nodes[a.s].n + " "));
    head.appendChild(el("span", verb(a.r), "rel"));
    head.appendChild(el("span", " " + n.nodes[a.t].n + (a.n > 1 ? " (" + a.n + " edges)" : "")));
    li.appendChild(head);
    evidenceList(a.e, li);
    if (a.n > a.e.length) li.appendChild(el("div", (a.n - a.e.length) + " more in edges.jsonl", "note"));
    return li;
  }
  function showNode(i) {
    var n = net(), x = n.nodes[i];
    selected = { kind: "node", i: i };
    if (folds(n, focus >= 0 ? n.focus[focus] : null)[i]) { // a folded actor asked for: unfold
      showAll = true;
      if (form.elements.all) form.elements.all.checked = true;
    }
    panel.textContent = "";
    panel.appendChild(el("h3", x.n));
    var dl = el("dl");
    if (x.role) panel.appendChild(el("p", x.role.charAt(0).toUpperCase() + x.role.slice(1) + ".", x.med === 2 ? "role partisan" : "role"));
    [["kind", x.k], ["country", x.c || "none"], ["mediation", x.pm.toFixed(4)], ["diplomatic betweenness", x.db.toFixed(4)],
     ["betweenness", x.b.toFixed(4)], ["PageRank", x.pr.toFixed(4)],
     ["edges out / in", x.o + " / " + x.i]].forEach(function (p) {
      dl.appendChild(el("dt", p[0])); dl.appendChild(el("dd", p[1]));
    });
    if (x.m >= 0) { dl.appendChild(el("dt", "community")); dl.appendChild(el("dd", String(x.m))); }
    panel.appendChild(dl);
    var f = filters(), mine = [];
    n.arcs.forEach(function (a, j) {
      if ((a.s === i || a.t === i) && arcVisible(fig().querySelector('.arc[data-a="' + j + '"]'), f)) mine.push(a);
    });
    mine.sort(function (p, q) { return q.n - p.n; });
    panel.appendChild(el("h4", mine.length ? "Arcs (" + mine.length + ")" : "No arc shown with the current filters"));
    var ul = el("ul");
    mine.slice(0, 40).forEach(function (a) { ul.appendChild(arcItem(n, a)); });
    panel.appendChild(ul);
    if (mine.length > 40) panel.appendChild(el("p", (mine.length - 40) + " more arcs not listed.", "note"));
    highlight();
  }
  function showArc(j) {
    var n = net(), a = n.arcs[j];
    selected = { kind: "arc", i: j };
    panel.textContent = "";
    panel.appendChild(el("h3", n.nodes[a.s].n + " " + verb(a.r) + " " + n.nodes[a.t].n));
    var ul = el("ul");
    ul.appendChild(arcItem(n, a));
    panel.appendChild(ul);
    highlight();
  }
  function clearSel() {
    selected = null;
    if (focus >= 0) { showFocus(); return; }
    panel.textContent = "";
    panel.appendChild(el("h3", "Evidence"));
    panel.appendChild(el("p", "Select a node or an arc to read the sentences behind it, or pick a conflict above to see its mediators."));
    highlight();
  }
  function pct(p) { var r = Math.round(p * 100); return r === 0 && p > 0 ? "<1%" : r + "%"; }
  // showFocus puts the conflict in focus in the panel: its hostile edges
  // with evidence, then each mediator with its share of the shortest
  // diplomatic paths, its score, where it stands and the sentences.
  function showFocus() {
    var n = net(), fo = n.focus[focus];
    panel.textContent = "";
    panel.appendChild(el("h3", n.nodes[fo.a].n + " – " + n.nodes[fo.b].n));
    panel.appendChild(el("p", fo.n + " hostile edge" + (fo.n === 1 ? "" : "s") + " between them (ATTACKED, WARNED, ACCUSED), for example:", "note"));
    evidenceList(fo.e, panel);
    panel.appendChild(el("h4", fo.m.length ? "Mediators (" + fo.m.length + ")" : "No mediator on the channels of talk"));
    var ul = el("ul");
    fo.m.forEach(function (m) {
      var li = el("li"), b = el("button", n.nodes[m.i].n, "goto");
      b.type = "button";
      b.addEventListener("click", function () { showNode(m.i); });
      li.appendChild(b);
      li.appendChild(el("div", pct(m.p) + " of the shortest diplomatic paths" + (m.s ? ", score " + (+m.s.toFixed(2)) : "") +
        (m.via && m.via.length ? "; via " + m.via.join(", ") : "")));
      if (m.sup) li.appendChild(el("div", "Partisan: supported " + m.sup.join(" and "), "partisan"));
      if (m.hos) li.appendChild(el("div", "Also hostile to " + m.hos.join(" and "), "partisan"));
      evidenceList(m.e, li);
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    highlight();
  }
  // fillFocus lists the conflicts of the current view in the Conflict box.
  function fillFocus() {
    var box = form.elements.focus, n = net();
    while (box.options.length > 1) box.remove(1);
    n.focus.forEach(function (fo, k) {
      var o = document.createElement("option");
      o.value = String(k);
      o.textContent = n.nodes[fo.a].n + " – " + n.nodes[fo.b].n + " (" + fo.n + ")";
      box.appendChild(o);
    });
    box.value = focus >= 0 ? String(focus) : "";
    box.disabled = n.focus.length === 0;
  }
  // folds returns the nodes hidden by folding: in a folding view, those
  // outside the conflict neighbourhoods, unless the reader unfolds them or
  // a conflict in focus needs them.
  function folds(n, fo) {
    var out = {};
    if (!n.fold || showAll) return out;
    n.nodes.forEach(function (x, j) { if (!x.core) out[j] = 1; });
    if (fo) { delete out[fo.a]; delete out[fo.b]; fo.m.forEach(function (m) { delete out[m.i]; }); }
    return out;
  }
  function setFocus(k) {
    focus = k;
    selected = null;
    if (k >= 0) showFocus(); else clearSel();
    fit(fig());
  }

  // Node sizes: each node has a radius per measure; the shape is redrawn.
  function shape(k, x, y, r) {
    var f = function (v) { return (Math.round(v * 10) / 10).toFixed(1); };
    if (k === "org") { var s = r * 0.9; return "M" + f(x - s) + " " + f(y - s) + "h" + f(2 * s) + "v" + f(2 * s) + "h" + f(-2 * s) + "z"; }
    if (k === "person") { var d = r * 1.15; return "M" + f(x) + " " + f(y - d) + "L" + f(x + d) + " " + f(y) + "L" + f(x) + " " + f(y + d) + "L" + f(x - d) + " " + f(y) + "z"; }
    return "M" + f(x - r) + " " + f(y) + "a" + f(r) + " " + f(r) + " 0 1 0 " + f(2 * r) + " 0a" + f(r) + " " + f(r) + " 0 1 0 " + f(-2 * r) + " 0z";
  }
  function resize() {
    var label = form.elements.size.options[form.elements.size.selectedIndex].textContent;
    data.nets.forEach(function (n) {
      var fg = document.getElementById("net-" + n.key);
      n.nodes.forEach(function (x, j) {
        var r = x.r[size];
        fg.querySelector('.node[data-n="' + j + '"] path').setAttribute("d", shape(x.k, x.x, x.y, r));
        var ring = fg.querySelector('.ring[data-n="' + j + '"]');
        if (ring) ring.setAttribute("r", (r * 1.15 + 4).toFixed(1));
      });
      fg.querySelector(".sizename").textContent = label;
    });
  }

  // Zoom and pan: the SVG viewBox. Wheel and the +/− buttons or keys zoom,
  // dragging and the arrow keys pan, Fit and 0 show everything visible.
  function vb(svg) { var v = svg.viewBox.baseVal; return { x: v.x, y: v.y, w: v.width, h: v.height }; }
  function setVB(fg, b) {
    var n = null, svg = fg.querySelector("svg");
    data.nets.forEach(function (x) { if (x.key === fg.dataset.view) n = x; });
    var w = Math.max(n.w / 12, Math.min(n.w * 1.5, b.w)), h = w * n.h / n.w;
    var x = b.x + (b.w - w) / 2, y = b.y + (b.h - h) / 2;
    svg.setAttribute("viewBox", x.toFixed(1) + " " + y.toFixed(1) + " " + w.toFixed(1) + " " + h.toFixed(1));
    svg.classList.toggle("zoomed", w < n.w / 1.8);
  }
  function zoom(fg, factor, cx, cy) {
    var b = vb(fg.querySelector("svg"));
    if (cx === undefined) { cx = b.x + b.w / 2; cy = b.y + b.h / 2; }
    setVB(fg, { x: cx - (cx - b.x) * factor, y: cy - (cy - b.y) * factor, w: b.w * factor, h: b.h * factor });
  }
  function pan(fg, dx, dy) {
    var b = vb(fg.querySelector("svg"));
    setVB(fg, { x: b.x + dx, y: b.y + dy, w: b.w, h: b.h });
  }
  // fit shows the visible nodes (those of the conflict in focus, or all
  // that are not folded), with room for their labels.
  function fit(fg) {
    if (!fg) return;
    var n = null;
    data.nets.forEach(function (x) { if (x.key === fg.dataset.view) n = x; });
    var fo = fg.dataset.view === view && focus >= 0 ? n.focus[focus] : null, folded = folds(n, fo), want = null;
    if (fo) { want = {}; want[fo.a] = 1; want[fo.b] = 1; fo.m.forEach(function (m) { want[m.i] = 1; }); }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    n.nodes.forEach(function (x, j) {
      if (folded[j] || (want && !want[j])) return;
      var r = x.r[size] + 14;
      var lw = Math.min(150, 7.5 * x.n.length); // room for a label either side
      x0 = Math.min(x0, x.x - r - lw); x1 = Math.max(x1, x.x + r + lw);
      y0 = Math.min(y0, x.y - r); y1 = Math.max(y1, x.y + r);
    });
    if (!(x1 > x0)) { setVB(fg, { x: 0, y: 0, w: n.w, h: n.h }); return; }
    var w = Math.max(x1 - x0, (y1 - y0) * n.w / n.h, n.w / 2.2);
    setVB(fg, { x: (x0 + x1 - w) / 2, y: (y0 + y1 - w * n.h / n.w) / 2, w: w, h: w * n.h / n.w });
  }
  function toSVG(svg, ev) {
    var p = svg.createSVGPoint();
    p.x = ev.clientX; p.y = ev.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  var drag = null, dragged = false;
  document.querySelectorAll("figure.net").forEach(function (fg) {
    var svg = fg.querySelector("svg");
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = toSVG(svg, ev);
      zoom(fg, ev.deltaY < 0 ? 1 / 1.25 : 1.25, p.x, p.y);
    }, { passive: false });
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0) return;
      drag = { x: ev.clientX, y: ev.clientY, b: vb(svg), k: vb(svg).w / svg.getBoundingClientRect().width };
      dragged = false;
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!dragged) { dragged = true; svg.setPointerCapture(ev.pointerId); svg.classList.add("panning"); }
      setVB(fg, { x: drag.b.x - dx * drag.k, y: drag.b.y - dy * drag.k, w: drag.b.w, h: drag.b.h });
    });
    function end() { drag = null; svg.classList.remove("panning"); }
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    fg.querySelectorAll(".zoom button").forEach(function (b) {
      b.addEventListener("click", function () {
        if (b.dataset.zoom === "in") zoom(fg, 1 / 1.4);
        else if (b.dataset.zoom === "out") zoom(fg, 1.4);
        else fit(fg);
      });
    });
    svg.addEventListener("keydown", function (ev) {
      var b = vb(svg), step = 0.12;
      switch (ev.key) {
        case "+": case "=": zoom(fg, 1 / 1.25); break;
        case "-": case "_": zoom(fg, 1.25); break;
        case "0": fit(fg); break;
        case "ArrowLeft": pan(fg, -b.w * step, 0); break;
        case "ArrowRight": pan(fg, b.w * step, 0); break;
        case "ArrowUp": pan(fg, 0, -b.h * step); break;
        case "ArrowDown": pan(fg, 0, b.h * step); break;
        default: return;
      }
      ev.preventDefault();
    });
  });

  document.querySelectorAll("figure.net svg").forEach(function (svg) {
    svg.addEventListener("click", function (ev) {
      if (dragged) { dragged = false; return; }
      var t = ev.target.closest("[data-n],[data-a]");
      if (!t) { clearSel(); return; }
      if (t.dataset.n !== undefined) showNode(+t.dataset.n); else showArc(+t.dataset.a);
    });
    svg.addEventListener("keydown", function (ev) {
      if (ev.key !== "Enter" && ev.key !== " ") return;
      var t = ev.target.closest("[data-n]");
      if (t) { ev.preventDefault(); showNode(+t.dataset.n); }
    });
  });
  form.addEventListener("change", function (ev) {
    var t = ev.target;
    if (t.name === "colour" || t.name === "view") {
      sync();
      return;
    }
    if (t.name === "size") {
      size = +t.value;
      resize();
      return;
    }
    if (t.name === "focus") {
      setFocus(t.value === "" ? -1 : +t.value);
      return;
    }
    if (t.name === "all") {
      showAll = t.checked;
      apply();
      fit(fig());
      return;
    }
    if (t.name === "actor") {
      var n = net();
      for (var i = 0; i < n.nodes.length; i++) if (n.nodes[i].n.toLowerCase() === t.value.toLowerCase()) { showNode(i); return; }
      status.textContent = t.value ? "“" + t.value + "” is not drawn in this view." : status.textContent;
      return;
    }
    apply();
    if (selected && selected.kind === "node") showNode(selected.i);
  });
  form.addEventListener("reset", function () {
    setTimeout(function () {
      document.querySelectorAll(".bar.sel").forEach(function (b) { b.classList.remove("sel"); });
      selected = null;
      focus = -1;
      showAll = false;
      size = 0;
      resize();
      fillFocus();
      sync();
      data.nets.forEach(function (n) { fit(document.getElementById("net-" + n.key)); });
    }, 0);
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  document.querySelectorAll("#timeline .bar").forEach(function (b) {
    function pick() {
      var on = !b.classList.contains("sel");
      document.querySelectorAll(".bar.sel").forEach(function (x) { x.classList.remove("sel"); });
      b.classList.toggle("sel", on);
      if (form.elements.from) form.elements.from.value = on ? b.dataset.from : "";
      if (form.elements.to) form.elements.to.value = on ? b.dataset.to : "";
      apply();
      document.getElementById("network").scrollIntoView();
    }
    b.addEventListener("click", pick);
    b.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
  });
  // A mediator's name in the tables shows it in the network of its level.
  document.querySelectorAll("button.goto").forEach(function (b) {
    b.addEventListener("click", function () {
      var r = form.querySelector('input[name=view][value="' + b.dataset.goto + '"]');
      if (r) { r.checked = true; sync(); }
      var n = net();
      for (var i = 0; i < n.nodes.length; i++) {
        if (n.nodes[i].n === b.dataset.name) {
          showNode(i);
          document.getElementById("network").scrollIntoView();
          return;
        }
      }
      status.textContent = "“" + b.dataset.name + "” is not drawn in this view.";
    });
  });
  fillFocus();
  apply();
  data.nets.forEach(function (n) { fit(document.getElementById("net-" + n.key)); });
})();
