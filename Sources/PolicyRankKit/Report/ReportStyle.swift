/// The report's inline style sheet: readable on screen, and A4 on paper (`@page`, no
/// navigation or sliders, figures and table rows kept whole, link targets printed after
/// their text, colours printed as shown so the heat map and shading survive).
enum ReportStyle {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --accent: #0072B2; --warn: #D55E00; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
          line-height: 1.45; margin: 0 auto; max-width: 1040px; padding: 24px; background: #fff; }
        h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.2rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        h4 { font-size: .95rem; margin: .8rem 0 .3rem; }
        .meta, footer, .note, figcaption, .unit, .weights, .description { color: var(--muted); }
        .meta { margin: 0 0 .6rem; }
        nav ol { columns: 2; margin: .4rem 0; padding-left: 1.4rem; }
        a { color: var(--accent); }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; color: var(--muted); }
        .warning { border-left: 4px solid var(--warn); padding: .3rem .6rem; background: #fff5ee; }
        table.data { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; }
        table.data th, table.data td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
        table.data th { background: #f3f6f9; overflow-wrap: normal; word-break: normal; hyphens: manual; }
        table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: .2rem 0; }
        .wide { overflow-x: auto; }
        table.matrix td .cell { display: inline-block; padding: 0 .3rem; border-radius: 3px; }
        table.matrix sup a { font-size: .7rem; text-decoration: none; }
        figure { margin: 1rem 0; overflow-x: auto; }
        figcaption { font-size: .85rem; }
        svg.chart { max-width: 100%; height: auto; display: block; }
        ul.tree { list-style: none; padding-left: 1.2rem; margin: .2rem 0; }
        section > ul.tree { padding-left: 0; }
        ul.tree .node { display: flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; }
        ul.tree .name { font-weight: 600; }
        ul.tree .description { font-size: .85rem; margin: 0 0 .3rem; max-width: 60rem; }
        .tag { font-size: .75rem; border: 1px solid var(--rule); border-radius: 3px; padding: 0 .25rem; }
        .meter { display: inline-block; width: 120px; height: .6rem; background: #eef2f5; vertical-align: middle; }
        .meter > span { display: block; height: 100%; background: var(--accent); }
        dl.notes dt { font-weight: 600; margin-top: .4rem; }
        dl.notes dd { margin: 0 0 0 1rem; }
        ol.sources { font-size: .9rem; }
        article.option { border-top: 1px solid var(--rule); }
        .whatif { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.2rem; align-items: start; }
        .whatif > * { min-width: 0; }
        .whatif fieldset { border: 1px solid var(--rule); margin: 0 0 .6rem; padding: .3rem .6rem; }
        .whatif legend { font-weight: 600; }
        .slider { display: grid; grid-template-columns: 1fr 140px 3.5rem; gap: .4rem; align-items: center; font-size: .85rem; }
        .slider output { text-align: right; font-variant-numeric: tabular-nums; }
        .slider.group { font-weight: 600; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
        td.move { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
        @media (max-width: 760px) { .whatif { grid-template-columns: 1fr; } nav ol { columns: 1; } }
        @page { size: A4; margin: 14mm 12mm 16mm; @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          nav, .whatif-controls, noscript { display: none; }
          .whatif { display: block; }
          h2 { break-after: avoid; margin-top: 1.2rem; }
          h3, h4, dt { break-after: avoid; }
          figure, tr, article.option dd, ul.tree li .node { break-inside: avoid; }
          thead { display: table-header-group; }
          caption, thead { break-after: avoid; }
          #summary ul, #ranking .wide { break-inside: avoid; }
          footer { break-before: avoid; }
          section { break-before: auto; }
          #critical, #smaa, #notes { break-before: page; }
          .wide, figure { overflow: visible; }
          svg.chart { min-width: 0 !important; }
          table.data { font-size: 8.5pt; }
          a { color: inherit; text-decoration: none; }
          ol.sources a[href]::after { content: " <" attr(href) ">"; color: var(--muted); word-break: break-all; }
        }
        """
}
