// The report's stylesheet, inline: screen, and print on A4 for the meeting. Fonts are the system's: every office PC has
// one with Vietnamese letters (Segoe UI, Arial, Times New Roman; Noto or DejaVu on Linux), so none is embedded.
export const STYLE = `
:root { --ink: #1c2833; --muted: #5d6d7e; --line: #d5dbdb; --head: #eaf2f8; --late: #fdecea; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif; color: var(--ink); margin: 0; padding: 24px 32px; line-height: 1.4; font-size: 14px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
.sub { color: var(--muted); margin: 0 0 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--c); border-radius: 4px; padding: 8px 14px; min-width: 150px; }
.card b { display: block; font-size: 26px; }
.card span { color: var(--muted); }
.chart-box { overflow-x: auto; }
svg.chart { max-width: 100%; height: auto; font-size: 11px; }
svg.chart .grid { stroke: #e5e8e8; }
svg.chart .tick, svg.chart .count { fill: var(--muted); }
svg.chart .label { fill: var(--ink); }
svg.chart .bar { cursor: pointer; }
svg.chart .bar:hover .label { font-weight: bold; }
svg.chart .asof { stroke: #1c2833; stroke-width: 2; stroke-dasharray: 4 3; }
svg.chart .asof-label { font-weight: bold; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 16px; padding: 0; margin: 6px 0; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; }
/* fixed layout: a long table is laid out once, not measured again for every chunk of rows the script adds */
#tasks { table-layout: fixed; }
#tasks col.where { width: 11%; } #tasks col.who { width: 13%; } #tasks col.date { width: 7%; } #tasks col.status { width: 10%; } #tasks col.days { width: 6%; }
#tasks td { overflow-wrap: anywhere; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--head); position: sticky; top: 0; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
td.where { color: var(--muted); }
tr.overdue td { background: var(--late); }
.status { white-space: nowrap; font-weight: 600; }
.s-overdue { color: #c0392b; } .s-not-yet-due { color: #2e86c1; } .s-done-late { color: #ca6f1e; } .s-done-on-time { color: #1e8449; } .s-no-deadline { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin: 8px 0 12px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
.filters input, .filters select, .filters button { font: inherit; padding: 4px 6px; max-width: 280px; }
#q { width: 260px; }
#count { color: var(--muted); margin-left: auto; }
/* a closed document's section is laid out only when it scrolls into view: two thousand of them cost seconds */
details.doc { content-visibility: auto; contain-intrinsic-size: auto 32px; }
details.doc { border: 1px solid var(--line); border-radius: 4px; margin: 6px 0; padding: 4px 10px; }
details.doc > summary { cursor: pointer; }
details.doc dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
details.doc dt { color: var(--muted); }
.outline { list-style: none; padding-left: 0; }
.outline li.h { font-weight: 600; margin-top: 6px; }
.outline li.t { margin: 2px 0 2px 12px; }
.outline li.t small { color: var(--muted); }
.more { color: var(--muted); }
#more { margin: 8px 0; font: inherit; padding: 4px 10px; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { padding: 0; font-size: 9.5pt; font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", "Liberation Serif", serif; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .filters, .noprint { display: none !important; }
  th { position: static; }
  thead { display: table-header-group; }
  tr, .card, details.doc, svg.chart { break-inside: avoid; }
  h2 { break-after: avoid; }
  section.docs { break-before: page; }
  /* a closed document's section is laid out only when it scrolls into view: two thousand of them cost seconds */
details.doc { content-visibility: auto; contain-intrinsic-size: auto 32px; }
details.doc { border: 0; border-top: 1px solid var(--line); border-radius: 0; padding: 4px 0; }
  a { color: inherit; text-decoration: none; }
}
`
