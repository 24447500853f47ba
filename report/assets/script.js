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
    }
    document.querySelectorAll("figure.net").forEach(function (e) { e.hidden = e.dataset.view !== view; });
    showLegends();
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
        else if (keep) on = keep[x.s] || keep[x.t];
        a.classList.toggle("dim", !on);
        a.classList.toggle("sel", !!(sel && sel.kind === "arc" && j === sel.i));
      });
      fg.querySelectorAll(".node").forEach(function (g) {
        var j = +g.dataset.n, t = fg.querySelector('.labels text[data-n="' + j + '"]');
        var faded = keep ? !keep[j] : (filtered && !deg[j]);
        g.classList.toggle("dim", faded);
        t.classList.toggle("dim", faded);
        t.classList.toggle("show", !!(sel && sel.kind === "node" && sel.i === j));
        g.classList.toggle("hl", !!hl[j]);
        g.classList.toggle("sel", !!(sel && sel.kind === "node" && sel.i === j));
      });
      if (current) {
        status.textContent = "Showing " + shown + " of " + arcs.length + " arcs" +
          (filtered ? " (filtered); actors with no arc shown are faded." : ".");
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
    panel.textContent = "";
    panel.appendChild(el("h3", x.n));
    var dl = el("dl");
    [["kind", x.k], ["country", x.c || "none"], ["betweenness", x.b.toFixed(4)], ["PageRank", x.pr.toFixed(4)],
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
    panel.textContent = "";
    panel.appendChild(el("h3", "Evidence"));
    panel.appendChild(el("p", "Select a node or an arc to read the sentences behind it."));
    highlight();
  }

  document.querySelectorAll("figure.net svg").forEach(function (svg) {
    svg.addEventListener("click", function (ev) {
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
      sync();
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
  apply();
})();
