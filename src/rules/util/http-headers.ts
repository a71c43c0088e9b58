/**
 * HTTP header facts: what a field name may contain (RFC 9110 `token`), and the
 * request headers API reference pages document, with the values that give
 * each away when the name itself was translated.
 */

const fieldNamePattern = /^[!#$%&'*+\-.^_`|~\dA-Za-z]+$/

export function isHeaderFieldName(text: string): boolean {
  return fieldNamePattern.test(text)
}

/** Request headers seen in API reference tables, and what their values look like. */
export const documentedRequestHeaders: ReadonlyArray<{name: string; value?: RegExp}> = [
  {name: 'Authorization', value: /bearer|\{token\}|<token>|トークン|token/i},
  {name: 'Accept', value: /application\/|text\/|\*\/\*/i},
  {name: 'Content-Type', value: /application\/|text\/|multipart\//i},
  {name: 'Content-Length'},
  {name: 'Content-Range', value: /bytes/i},
  {name: 'Prefer', value: /respond-async|return=|outlook\.|odata\.|include-unknown-enum-members|handling=/i},
  {name: 'If-Match', value: /etag/i},
  {name: 'If-None-Match', value: /etag/i},
  {name: 'ConsistencyLevel', value: /eventual/i},
  {name: 'Accept-Language'},
  {name: 'client-request-id'},
  {name: 'Location'},
  {name: 'Workbook-Session-Id'}
]

/**
 * The words HTTP request header names are made of (RFC 9110 and the IANA
 * field name registry, and the Microsoft API headers above). A hyphenated
 * name of these words is a header; one with another word
 * (`Arbeitsmappensitzungs-ID`) is a translation that kept the hyphen.
 */
const headerWords = new Set(
  [
    'a', 'accept', 'access', 'after', 'agent', 'allow', 'anchor', 'anchormailbox', 'authorization', 'cache', 'charset', 'client',
    'connection', 'consistency', 'consistencylevel', 'content', 'control', 'cookie', 'correlation', 'date', 'disposition', 'dnt',
    'encoding', 'etag', 'expect', 'feature', 'flag', 'forwarded', 'forwards', 'from', 'headers', 'host', 'http', 'id', 'if',
    'im', 'key', 'language', 'last', 'length', 'level', 'location', 'mailbox', 'match', 'max', 'md5', 'method', 'modified',
    'ms', 'name', 'none', 'ocp', 'odata', 'origin', 'pragma', 'prefer', 'preference', 'priority', 'proxy', 'range', 'ranges', 'referer',
    'request', 'retry', 'return', 'sdk', 'sdkversion', 'sec', 'session', 'since', 'subscription', 'te', 'throttle', 'trailer',
    'transfer', 'type', 'unmodified', 'upgrade', 'user', 'version', 'via', 'warning', 'workbook'
  ]
)

/**
 * Whether a hyphenated field name is made of header words (`Workbook-Session-Id`,
 * `If-None-Match`), or written all in lower case as vendor headers are
 * (`ocp-client-version`); translations write words with capitals.
 */
export function isHeaderWordName(name: string): boolean {
  return name === name.toLowerCase() || name.split('-').every((part) => headerWords.has(part.toLowerCase()))
}
