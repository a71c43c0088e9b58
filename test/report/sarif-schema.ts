/**
 * The SARIF 2.1.0 JSON schema, as shipped by `@microsoft/jest-sarif` (the only
 * npm package found that ships one), compiled with ajv. That copy is the
 * 2.1.0-rtm.5 schema, written in JSON Schema draft-04, hence `ajv-draft-04`.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'

// Both are CommonJS with `exports.default`: under NodeNext the default import is the whole module.
const AjvDraft04 = ajvDraft04.default
const addFormats = ajvFormats.default

const require = createRequire(import.meta.url)

export const sarifSchemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')

export function compileSarifSchema() {
  const schema: unknown = JSON.parse(readFileSync(sarifSchemaPath, 'utf8'))
  // The schema's `language` pattern is not valid with the `u` flag ajv uses by default.
  const ajv = new AjvDraft04({allErrors: true, strict: false, unicodeRegExp: false})
  addFormats(ajv)
  return ajv.compile(schema as object)
}
