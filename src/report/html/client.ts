// The report's script, inline and plain (no framework): it builds the task table and the documents' outlines from the
// data in the page, after the first paint; search and filters choose the rows from the data, a page at a time.
// It is a string so that it reaches the browser exactly as written, with no build step.
export const CLIENT = String.raw`
function planReport() {
  'use strict';
  var D = JSON.parse(document.getElementById('plan-data').textContent);
  var W = D.words;
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase(); };
  var esc = function (s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); };
  var dmy = function (d) { return d ? d.slice(8, 10) + '/' + d.slice(5, 7) + '/' + d.slice(0, 4) : ''; };
  var names = function (ix) { return ix.map(function (i) { return D.bodies[i]; }).join('; '); };
  function statusText(t) {
    var c = D.categories[t[6]];
    if (c === 'overdue') return W.overdue.replace('{n}', t[7]);
    if (c === 'not-yet-due') return t[8] === 0 ? W.dueToday : W.dueIn.replace('{n}', t[8]);
    if (c === 'done-late') return W.doneLate.replace('{n}', t[7]);
    return D.categoryNames[t[6]];
  }

  var tbody = document.querySelector('#tasks tbody');
  var q = document.getElementById('q');
  var fBody = document.getElementById('f-body');
  var fCat = document.getElementById('f-cat');
  var fDoc = document.getElementById('f-doc');
  var fFrom = document.getElementById('f-from');
  var fTo = document.getElementById('f-to');
  var count = document.getElementById('count');
  var keys = [];

  function fill(select, items) {
    var html = '';
    items.forEach(function (it) { html += '<option value="' + it[0] + '">' + esc(it[1]) + '</option>'; });
    select.insertAdjacentHTML('beforeend', html);
  }
  var leads = {};
  D.tasks.forEach(function (t) { t[3].forEach(function (i) { leads[i] = true; }); });
  fill(fBody, Object.keys(leads).map(Number).sort(function (a, b) { return D.bodies[a].localeCompare(D.bodies[b], 'vi'); }).map(function (i) { return [i, D.bodies[i]]; }));
  fill(fCat, D.categories.map(function (c, i) { return [i, D.categoryNames[i]]; }));
  fill(fDoc, D.docs.map(function (d, i) { return [i, d[0] + (d[4] ? ' — ' + d[4].slice(0, 60) : '')]; }));

  function wanted() {
    return { q: fold(q.value.trim()), body: fBody.value, cat: fCat.value, doc: fDoc.value, from: fFrom.value, to: fTo.value };
  }
  function matches(t, k, f) {
    if (f.body !== '' && t[3].indexOf(+f.body) < 0) return false;
    if (f.cat !== '' && t[6] !== +f.cat) return false;
    if (f.doc !== '' && t[0] !== +f.doc) return false;
    if ((f.from || f.to) && !t[5]) return false;
    if (f.from && t[5] < f.from) return false;
    if (f.to && t[5] > f.to) return false;
    if (f.q && k.indexOf(f.q) < 0) return false;
    return true;
  }
  // The table holds the matching rows, up to a page of them: a browser lays out a table of ten thousand rows again
  // on every change, for seconds; "show more" adds the next page, and printing shows them all.
  var PAGE = 1000;
  var matching = [];
  var limit = PAGE;
  var more = document.getElementById('more');
  function render() {
    var html = '';
    var end = Math.min(matching.length, limit);
    for (var i = 0; i < end; i++) html += rowHtml(D.tasks[matching[i]]);
    tbody.innerHTML = html;
    count.textContent = W.shown.replace('{n}', matching.length).replace('{m}', D.tasks.length);
    count.setAttribute('data-shown', matching.length);
    more.hidden = end >= matching.length;
    more.textContent = W.more.replace('{n}', Math.min(PAGE, matching.length - end)).replace('{m}', matching.length - end);
  }
  function apply() {
    var f = wanted();
    matching = [];
    for (var i = 0; i < D.tasks.length; i++) if (matches(D.tasks[i], keys[i], f)) matching.push(i);
    limit = PAGE;
    render();
  }
  more.addEventListener('click', function () { limit += PAGE; render(); });
  function rowHtml(t) {
    var d = D.docs[t[0]];
    var c = D.categories[t[6]];
    return '<tr class="' + c + '"><td class="where" title="' + esc(d[1]) + '">' + esc(d[0]) + ':' + t[1] + '</td><td>' + esc(names(t[3])) + '</td><td>' + esc(names(t[4])) +
      '</td><td class="date" title="' + esc(t[11] || '') + '">' + dmy(t[5]) + '</td><td class="status s-' + c + '">' + esc(statusText(t)) + '</td><td class="n">' + (c === 'overdue' ? t[7] : '') +
      '</td><td>' + esc(t[9]) + '</td></tr>';
  }
  D.tasks.forEach(function (t, i) {
    var d = D.docs[t[0]];
    keys[i] = fold([t[9], names(t[3]), names(t[4]), d[0], d[1]].join(' '));
  });

  [q, fBody, fCat, fDoc, fFrom, fTo].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
  document.getElementById('f-reset').addEventListener('click', function () {
    q.value = ''; fBody.value = ''; fCat.value = ''; fDoc.value = ''; fFrom.value = ''; fTo.value = ''; apply();
  });
  // a bar of the workload chart filters the table by its body
  Array.prototype.forEach.call(document.querySelectorAll('svg .bar'), function (g) {
    g.addEventListener('click', function () {
      var name = g.getAttribute('data-body');
      var i = D.bodies.indexOf(name);
      if (i < 0) return;
      fBody.value = String(i);
      apply();
      document.getElementById('task-table').scrollIntoView();
    });
  });

  // one section per document: its metadata and outline, built when opened (and all of them before printing)
  var byDoc = D.docs.map(function () { return []; });
  D.tasks.forEach(function (t, i) { byDoc[t[0]].push(i); });
  function outline(di) {
    var d = D.docs[di];
    var html = '<dl>';
    [[W.file, d[1]], [W.number, d[2]], [W.kind, d[3]], [W.title, d[4]], [W.issuedOn, dmy(d[5])], [W.issuer, d[6]], [W.signer, d[7]]].forEach(function (p) {
      if (p[1]) html += '<dt>' + esc(p[0]) + '</dt><dd>' + esc(p[1]) + '</dd>';
    });
    html += '</dl><ul class="outline">';
    var under = {};
    byDoc[di].forEach(function (i) { var s = D.tasks[i][10] || ''; (under[s] = under[s] || []).push(i); });
    var task = function (i) {
      var t = D.tasks[i];
      return '<li class="t ' + D.categories[t[6]] + '">' + esc(t[9]) + ' <small>— ' + esc(names(t[3]) || W.noLead) + (t[5] ? ' · ' + dmy(t[5]) : '') + ' · <span class="s-' + D.categories[t[6]] + '">' + esc(statusText(t)) + '</span> · ' + W.line + ' ' + t[1] + '</small></li>';
    };
    (under[''] || []).forEach(function (i) { html += task(i); });
    d[8].forEach(function (s) {
      html += '<li class="h" style="margin-left:' + (s[3] - 1) * 16 + 'px">' + esc((s[1] ? s[1] + '. ' : '') + s[2]) + '</li>';
      (under[s[0]] || []).forEach(function (i) { html += task(i).replace('class="t', 'style="margin-left:' + ((s[3] - 1) * 16 + 12) + 'px" class="t'); });
    });
    return html + '</ul>';
  }
  var docsBox = document.getElementById('docs');
  var html = '';
  D.docs.forEach(function (d, i) {
    var late = byDoc[i].filter(function (j) { return D.categories[D.tasks[j][6]] === 'overdue'; }).length;
    html += '<details class="doc" data-doc="' + i + '"><summary><b>' + esc(d[2] || d[1]) + '</b> ' + esc(d[4] || '') + ' <span class="more">(' + W.tasks.replace('{n}', byDoc[i].length) + (late ? ', ' + W.late.replace('{n}', late) : '') + ')</span></summary></details>';
  });
  docsBox.innerHTML = html;
  function open(el) {
    if (!el.getAttribute('data-built')) { el.insertAdjacentHTML('beforeend', outline(+el.getAttribute('data-doc'))); el.setAttribute('data-built', '1'); }
  }
  docsBox.addEventListener('toggle', function (e) { if (e.target.open) open(e.target); }, true);
  window.addEventListener('beforeprint', function () {
    if (limit < matching.length) { limit = matching.length; render(); }
    Array.prototype.forEach.call(docsBox.querySelectorAll('details.doc'), function (el) { open(el); el.open = true; });
  });

  apply();
  document.body.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) performance.mark('plan-ready');
}
// after the first paint: the summary and the charts are in the page already
requestAnimationFrame(function () { setTimeout(planReport, 0); });
`
