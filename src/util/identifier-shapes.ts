/**
 * The shapes a code token has across doc sets, named so that a rule can say
 * which one it saw. A *strong* shape is code wherever it stands: no prose
 * word or product name looks like `PR_SUBJECT`, `IMAPISession::QueryIdentity`,
 * `Get-Date` or `PackageBaseAddress/3.0.0`. A *plain word* (`Persona`,
 * `Shallow`, `float`, `LPMESSAGE`) is code only where its context says so: a
 * column, list or heading whose other entries are code.
 */

export const StrongShape = [
  'scoped-name', // IMAPISession::QueryIdentity
  'constant', // PR_SUBJECT, PT_UNICODE, LR_SYNC_UPLOAD_TABLE, PSETID_Address
  'cmdlet', // Get-Date, ConvertTo-Json
  'parameter', // -ComputerName
  'qualified-name', // attachment:Name, t:ItemId, System.Management.Automation.PSVariable
  'versioned-type', // PackageBaseAddress/3.0.0, RegistrationsBaseUrl/3.6.0
  'header-field', // X-NuGet-ApiKey
  'hex-number', // 0x000080B3
  'file-name', // types.xsd, Mapidefs.h
  'element-tag', // <Birthdays>, <filterTables>
  'call', // getRange(), OpenAttach(ulAttachmentNum, lpInterface)
  'variable', // $PSVersionTable
  'replacement-token', // $version$, $author$ (NuGet .nuspec replacement tokens)
  'extension', // .nuspec, .psd1
  'camel-case', // dispidFax1EmailAddress, getItem
  'pascal-compound' // StringAttributedValue, ArrayOfStringAttributedValuesType
] as const
export type StrongShape = (typeof StrongShape)[number]

// PowerShell's approved verbs, and the few built-in cmdlets use beside them (`Where-Object`,
// `ForEach-Object`, `Sort-Object`, `Tee-Object`): a cmdlet name is `Verb-Noun` with one of them.
const approvedVerbs = new Set(
  (
    'Add Approve Assert Backup Block Build Checkpoint Clear Close Compare Complete Compress Confirm Connect Convert ConvertFrom ConvertTo ' +
    'Copy Debug Deny Deploy Disable Disconnect Dismount Edit Enable Enter Exit Expand Export Find Format Get Grant Group Hide Import ' +
    'Initialize Install Invoke Join Limit Lock Measure Merge Mount Move New Open Optimize Out Ping Pop Protect Publish Push Read Receive ' +
    'Redo Register Remove Rename Repair Request Reset Resize Resolve Restart Restore Resume Revoke Save Search Select Send Set Show Skip ' +
    'Split Start Step Stop Submit Suspend Switch Sync Test Trace Unblock Undo Uninstall Unlock Unprotect Unpublish Unregister Update Use ' +
    'Wait Watch Write Where ForEach Sort Tee'
  ).split(' ')
)
// Hyphenated English words that begin with a verb: `Read-Only`, `Set-Up`.
const hyphenatedWords = new Set(['only', 'up', 'in', 'out', 'down', 'off', 'on', 'back', 'aside', 'over', 'through'])

const shapeTests: ReadonlyArray<[StrongShape, (token: string) => boolean]> = [
  ['scoped-name', (token) => /^~?[A-Za-z_]\w*(?:::~?[A-Za-z_]\w*)+(?:\(\))?$/.test(token)],
  ['constant', (token) => /^[A-Z][A-Z\d]*(?:_[A-Za-z\d]+)+$/.test(token)],
  ['cmdlet', isCmdletName],
  ['parameter', (token) => /^-[A-Z][A-Za-z\d]+$/.test(token)],
  ['qualified-name', (token) => /^[a-z][a-z\d]*:[A-Z][A-Za-z\d]*$/.test(token) || /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}$/.test(token) && /\.[A-Z]/.test(token)],
  ['versioned-type', (token) => /^[A-Z][A-Za-z\d]+\/\d+\.\d+\.\d+(?:-[A-Za-z\d.]+)?$/.test(token)],
  ['header-field', (token) => /^X-[A-Za-z\d]+(?:-[A-Za-z\d]+)*$/.test(token)],
  ['hex-number', (token) => /^0x[\dA-Fa-f]+$/.test(token)],
  ['file-name', (token) => /^[A-Za-z][\w-]*\.(?:h|xsd|xml|dll|exe|json|config|idl|lib|ps1|psm1|psd1|mof|nuspec|props|targets|cs|js|ts)$/i.test(token)],
  ['element-tag', (token) => /^\\?<\/?[A-Za-z][\w:.-]*\/?>$/.test(token)],
  ['call', (token) => /^[A-Za-z_][\w.]*\((?:[\w\s,.*&[\]:?<>|]*)\)$/.test(token) && /[a-z]/.test(token)],
  ['replacement-token', (token) => /^\$[A-Za-z_]\w*\$$/.test(token)],
  ['variable', (token) => /^\$[A-Za-z_][\w:]*$/.test(token)],
  ['extension', (token) => /^\.[a-z][a-z\d]{1,9}$/.test(token)],
  ['camel-case', (token) => /^[a-z]+(?:[A-Z\d][a-z\d]*)*[A-Z][a-z\d]+\w*$/.test(token) && !/^[ie][A-Z]/.test(token)],
  ['pascal-compound', (token) => /^[A-Z][A-Za-z\d]*$/.test(token) && /[a-z]/.test(token) && (token.match(/[A-Z]/g) ?? []).length >= 3 && /[a-z][A-Z]/.test(token)]
]

/** `Verb-Noun` with an approved verb: `Get-Date`, `ConvertTo-Json`, not `Read-Only`. */
export function isCmdletName(token: string): boolean {
  const match = /^([A-Z][a-z]+(?:[A-Z][a-z]+)?)-([A-Z][A-Za-z\d]+)$/.exec(token)
  if (!match) return false
  return approvedVerbs.has(match[1]!) && !hyphenatedWords.has(match[2]!.toLowerCase()) && match[2]!.length >= 3
}

/** The strong shape of `token`, if it has one. */
export function strongShape(token: string): StrongShape | undefined {
  if (token.length < 2 || !/^[\x20-\x7e]+$/.test(token)) return undefined
  // Only a call's arguments may hold spaces: `getItemOrNullObject(id: string)`.
  if (/\s/.test(token)) return /^[A-Za-z_][\w.]*\([^()]*\)$/.test(token) && shapeTests.find(([shape]) => shape === 'call')![1](token) ? 'call' : undefined
  for (const [shape, test] of shapeTests) if (test(token)) return shape
  return undefined
}

/**
 * One token of ASCII without spaces that could be code in a code context:
 * `Persona`, `float`, `LPMESSAGE`, `3`, `Shallow`. Punctuation alone, a
 * sentence end (`None.`) or a label (`Area:`) is not.
 */
export function isSingleToken(text: string): boolean {
  return /^[\x21-\x7e]{1,120}$/.test(text) && /[A-Za-z\d]/.test(text) && !/[.:,;!?]$/.test(text) && !/^[^\w$@<-]/.test(text)
}

/** A name as code spells a member, lower case first (`none`, `inProgress`), unlike a label (`Red`). */
export function isLowerInitialName(text: string): boolean {
  return /^[a-z][A-Za-z\d]*$/.test(text)
}

/**
 * English answers and markers a verbatim column may hold beside code, which a
 * translation rightly renders in its own language.
 */
const proseAnswers = new Set(['yes', 'no', 'n/a', 'na', 'optional', 'required', 'see', 'note', 'varies', 'empty', 'other', 'tbd'])

export function isProseAnswer(text: string): boolean {
  return proseAnswers.has(text.toLowerCase())
}

/** Whether `token` stands in `text` as a whole word (neighbours in other scripts are fine). */
export function containsWholeToken(text: string, token: string): boolean {
  for (let index = text.indexOf(token); index !== -1; index = text.indexOf(token, index + 1)) {
    const before = text[index - 1]
    const after = text[index + token.length]
    if (!(before && /[\w$@-]/.test(before)) && !(after && /\w/.test(after))) return true
  }
  return false
}

/** A decimal or hexadecimal integer, as enum values are written. */
export function isInteger(text: string): boolean {
  return /^[-+]?(?:\d+|0x[\da-f]+)$/i.test(text)
}

// Type names a `Type` column of any doc set holds, in any case: `string`, `Boolean`, `Int32`.
const primitiveTypeNames = new Set([
  'string', 'boolean', 'bool', 'int', 'integer', 'long', 'short', 'byte', 'float', 'double', 'decimal', 'number', 'object', 'array',
  'char', 'date', 'datetime', 'datetimeoffset', 'timeofday', 'duration', 'guid', 'uri', 'url', 'void', 'timestamp', 'binary', 'int16',
  'int32', 'int64', 'uint32', 'uint64', 'ulong', 'dword', 'word', 'single', 'stream'
])

export function isPrimitiveTypeName(token: string): boolean {
  return primitiveTypeNames.has(token.toLowerCase())
}
