/**
 * `locdoc schema import <metadata.xml> --out <schema.json>`: read OData CSDL
 * into locdoc's schema form. Nothing is written unless the import succeeds,
 * and the write is atomic.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import {loadSchemaFile} from '../schema/load.js'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {exitCode, UsageError, type CliIo} from './io.js'

export const schemaUsage = `Usage: locdoc schema import <metadata.xml> --out <schema.json>

Import an API schema from OData CSDL metadata (for \`locdoc lint --schema\`).`

export async function schemaCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({args: argv, allowPositionals: true, options: {out: {type: 'string', short: 'o'}}})
  const [action, input, ...extra] = positionals
  if (action !== 'import') throw new UsageError(action ? `Unknown schema action \`${action}\`, expected import` : 'Missing schema action')
  if (!input || extra.length > 0) throw new UsageError('Expected exactly one metadata file')
  if (!values.out) throw new UsageError('Missing `--out <schema.json>`')
  const loaded = await loadSchemaFile(path.resolve(io.cwd, input))
  if (!loaded.ok) {
    io.stderr(`locdoc: ${input}:${loaded.error.line}:${loaded.error.column}: ${loaded.error.message}\n`)
    return exitCode.usage
  }
  await writeFileAtomic(path.resolve(io.cwd, values.out), `${JSON.stringify(loaded.schema, null, 2)}\n`)
  const {enums, types, operations} = loaded.schema
  io.stderr(`locdoc: wrote ${values.out}: ${enums.length} enums, ${types.length} types, ${operations.length} operations\n`)
  return exitCode.clean
}
