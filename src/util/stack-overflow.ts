/**
 * Whether an error is V8's "Maximum call stack size exceeded": what a
 * recursive library (remark-gfm's transforms, the YAML parser) throws on
 * input nested thousands deep. Such input is a finding on its page, not a
 * crash of the run.
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}
