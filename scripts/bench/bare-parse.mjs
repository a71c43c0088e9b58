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

const parser = unified().use(remarkParse).use(remarkGfm).freeze()
let pages = 0
for (const folder of process.argv.slice(2)) {
  const files = (await glob('**/*.md', {cwd: folder, ignore: ['**/node_modules/**'], onlyFiles: true})).sort()
  for (const file of files) {
    parser.parse(readFileSync(path.join(folder, file), 'utf8'))
    pages++
  }
}
process.stderr.write(`parsed ${pages} pages\n`)
