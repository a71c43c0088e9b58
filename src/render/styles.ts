/** Inline CSS for the pages locdoc writes: no external assets, readable at a glance. */
export const documentStyles = `
:root { color-scheme: light; --border: #d0d7de; --muted: #57606a; --error: #cf222e; --warn: #9a6700; --fix: #1a7f37; }
* { box-sizing: border-box; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; margin: 0; color: #1f2328; background: #fff; }
/* Han characters differ by language: name the CJK face per lang, never one for all. */
:lang(ja) { font-family: system-ui, "Noto Sans CJK JP", "Yu Gothic", sans-serif; }
:lang(zh-CN), :lang(zh-Hans), :lang(zh-SG) { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
:lang(zh-TW), :lang(zh-Hant), :lang(zh-HK) { font-family: system-ui, "Noto Sans CJK TC", "Microsoft JhengHei", sans-serif; }
:lang(ko) { font-family: system-ui, "Noto Sans CJK KR", "Malgun Gothic", sans-serif; }
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

/** The review page: contents at the side, filters on top, context and diffs under each finding. */
export const reportStyles = `
body { display: grid; grid-template-columns: minmax(200px, 280px) 1fr; }
nav#contents { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 16px; border-right: 1px solid var(--border); background: #f6f8fa; font-size: 13px; }
nav#contents h2 { margin-top: 0; font-size: 16px; }
nav#contents ul { list-style: none; margin: 0; padding: 0; }
nav#contents ul ul { margin: 2px 0 10px 8px; }
nav#contents li li { margin: 2px 0; word-break: break-all; }
.locale-name { font-weight: 600; }
.count-badge { display: inline-block; min-width: 1.6em; padding: 0 5px; border-radius: 8px; background: #eaeef2; color: var(--muted); font-size: 12px; text-align: center; }
main { max-width: none; margin: 0; }
form#filters { background: #fff; border-bottom: 1px solid var(--border); padding: 8px 0; margin-bottom: 8px; }
form#filters .search { display: flex; gap: 8px; align-items: center; }
form#filters input[type=search] { flex: 0 1 360px; padding: 4px 8px; font: inherit; }
form#filters output { color: var(--muted); }
.facets { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.facets fieldset { border: 1px solid var(--border); border-radius: 6px; padding: 2px 8px 4px; margin: 0; max-height: 7.5em; overflow-y: auto; }
.facets legend { font-weight: 600; font-size: 12px; color: var(--muted); }
.facets label { display: inline-block; margin-right: 10px; white-space: nowrap; font-size: 13px; }
tr.context > td { background: #fbfcfd; border-top: 0; }
.context-caption { font-size: 12px; color: var(--muted); margin: 4px 0 2px; }
table.row-context { margin: 0 0 6px; }
table.row-context th { font-weight: 600; font-size: 12px; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.side-by-side p { margin: 0; }
.side-label { font-size: 12px; color: var(--muted); }
mark { background: #fff8c5; outline: 1px solid #d4a72c; border-radius: 2px; }
pre.diff { margin: 2px 0 6px; white-space: pre-wrap; word-break: break-word; }
pre.diff code { background: none; padding: 0; }
.diff-removed { color: #82071e; }
.diff-added { color: #116329; }
pre.diff del { background: #ffebe9; text-decoration: line-through; }
pre.diff ins { background: #dafbe1; text-decoration: none; font-weight: 600; }
[hidden] { display: none !important; }
`
