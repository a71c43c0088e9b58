/**
 * TypeScript spellings for API names: export identifiers, object keys, string
 * literals and file names. Generated code must compile whatever the API calls
 * things, so every name goes through here.
 */

/** Words that cannot name a binding in an ES module (strict mode), plus TypeScript's own. */
const reservedWords = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in',
  'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'static',
  'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'arguments', 'eval', 'any', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'undefined', 'unknown', 'bigint'
])

const identifierPattern = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u

/** Whether `name` can be written bare as a property key or after a dot. */
export function isIdentifierName(name: string): boolean {
  return identifierPattern.test(name)
}

/** Whether `name` can be declared as a binding (`const name`, `export * as name`). */
export function isBindingName(name: string): boolean {
  return isIdentifierName(name) && !reservedWords.has(name)
}

/** Words of a name: `vpp-token.syncStatus` → `vpp`, `token`, `syncStatus`. */
function words(name: string): string[] {
  return name.split(/[^\p{ID_Continue}$]+/u).filter((word) => word.length > 0)
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Make a binding out of any word sequence: a leading digit or a reserved word gets an underscore. */
function asBinding(candidate: string): string {
  if (candidate === '') return '_'
  if (!/^[\p{ID_Start}$_]/u.test(candidate)) return `_${candidate}`
  return reservedWords.has(candidate) ? `${candidate}_` : candidate
}

/** `vppTokenSyncStatus` → `VppTokenSyncStatus`; `2fa-method` → `_2faMethod`. */
export function pascalCaseIdentifier(name: string): string {
  return asBinding(words(name).map(capitalize).join(''))
}

/** `callRecords` stays `callRecords`; `partner-billing` → `partnerBilling`; `default` → `default_`. */
export function camelCaseIdentifier(name: string): string {
  const [first = '', ...rest] = words(name)
  return asBinding(first + rest.map(capitalize).join(''))
}

/** A single-quoted string literal. */
export function stringLiteral(value: string): string {
  const escaped = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")
  return `'${escaped}'`
}

/**
 * An object-literal key for a member exactly as the API spells it. `__proto__`
 * must be computed: written plainly, even quoted, it sets the prototype.
 */
export function propertyKey(name: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]`
  return isIdentifierName(name) ? name : stringLiteral(name)
}

/** A file name stem safe on every file system: `vppTokenSyncStatus`, `a_b` for `a/b`. */
export function fileStem(name: string): string {
  const stem = name.replace(/[^\w.-]+/g, '_').replace(/^[.-]+/, '_')
  return stem === '' ? '_' : stem
}

/** Code-unit order: the same on every machine and locale, unlike `localeCompare`. */
export function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
