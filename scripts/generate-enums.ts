/**
 * `npm run build` step: the constants `locdoc/enums` exports, generated from
 * the embedded schema into src/enums before tsc compiles them. With
 * `--check`, write nothing and exit 1 when src/enums is stale.
 */
import {fileURLToPath} from 'node:url'
import {generateEnums} from '../src/generate/enums.js'
import {findStaleFiles, writeGeneratedFiles} from '../src/generate/output.js'
import {defaultApi} from '../src/lint/default-api.js'

const outDirectory = fileURLToPath(new URL('../src/enums/', import.meta.url))
// The package ships declaration files: they must type-check against zod 3 and zod 4.
const {files} = generateEnums({api: defaultApi(), portable: true})

if (process.argv.includes('--check')) {
  const stale = await findStaleFiles(outDirectory, files)
  for (const file of stale) process.stderr.write(`generate-enums: src/enums/${file.path}: stale (${file.reason})\n`)
  process.exitCode = stale.length > 0 ? 1 : 0
} else {
  const changed = await writeGeneratedFiles(outDirectory, files)
  for (const file of changed) process.stderr.write(`generate-enums: src/enums/${file.path}: ${file.reason === 'extra' ? 'removed' : 'written'}\n`)
}
