/** Inline CSS for the pages locdoc writes: no external assets, readable at a glance. */
export const documentStyles = `
:root { color-scheme: light; --border: #d0d7de; --muted: #57606a; --error: #cf222e; --warn: #9a6700; --fix: #1a7f37; }
* { box-sizing: border-box; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", sans-serif; margin: 0; color: #1f2328; background: #fff; }
main { max-width: 1280px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
p.lead { color: var(--muted); margin: 0 0 16px; }
table { border-collapse: collapse; margin: 8px 0 16px; width: auto; }
th, td { border: 1px solid var(--border); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.rule { white-space: nowrap; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 700; background: #f6f8fa; }
.summary { display: flex; gap: 32px; flex-wrap: wrap; align-items: flex-start; }
.summary h2 { border: 0; margin-top: 8px; }
table.findings { width: 100%; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
code { background: #f6f8fa; border-radius: 4px; padding: 1px 4px; white-space: pre-wrap; word-break: break-word; }
pre { background: #f6f8fa; padding: 12px; overflow-x: auto; border-radius: 6px; }
.actual code { background: #ffebe9; }
.expected code { background: #dafbe1; }
.fix code { background: #dafbe1; color: var(--fix); }
.fix del { text-decoration: none; }
.fix del code { background: #ffebe9; color: var(--error); text-decoration: line-through; }
.severity-error { color: var(--error); font-weight: 600; }
.severity-warning { color: var(--warn); font-weight: 600; }
.muted { color: var(--muted); }
a { color: #0969da; }
`
