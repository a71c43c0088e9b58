// The baseline of the CI bench: what any remark tool pays to read the same
// pages. Walks the folders given for *.md as locdoc does, reads each page and
// parses it with remark-parse + remark-gfm, nothing else. Plain JavaScript,
// so the child process does what `locdoc lint` (compiled) does: no loader.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {glob} from 'tinyglobby'
import {unified} from 'unified'

// `--part=i/n`: every n-th page from the i-th, so n processes side by side
// share the pages as `--jobs n` would.
const partArgument = /^--part=(\d+)\/(\d+)$/.exec(process.argv[2] ?? '')
const [part, parts] = partArgument ? [Number(partArgument[1]), Number(partArgument[2])] : [0, 1]
const parser = unified().use(remarkParse).use(remarkGfm).freeze()
let pages = 0
let seen = 0
for (const folder of process.argv.slice(partArgument ? 3 : 2)) {
  const files = (await glob('**/*.md', {cwd: folder, ignore: ['**/node_modules/**'], onlyFiles: true})).sort()
  for (const file of files) {
    if (seen++ % parts !== part) continue
    parser.parse(readFileSync(path.join(folder, file), 'utf8'))
    pages++
  }
}
process.stderr.write(`parsed ${pages} pages\n`)
