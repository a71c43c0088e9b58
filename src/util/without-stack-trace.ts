/**
 * Run `create` with stack capture off. A vfile message is an `Error`, and
 * capturing the JavaScript stack is three quarters of the cost of making one,
 * though a message about a page never shows it: on a page with hundreds of
 * findings, that capture is what a lint would spend its time on.
 */
export function withoutStackTrace<T>(create: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return create()
  } finally {
    Error.stackTraceLimit = limit
  }
}
