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
  {name: 'Location'}
]
