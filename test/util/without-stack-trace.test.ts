import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {withoutStackTrace} from '../../src/util/without-stack-trace.js'

describe('withoutStackTrace', () => {
  it('should make a message without capturing the stack, and put the limit back', () => {
    const before = Error.stackTraceLimit
    const message = withoutStackTrace(() => new VFile().message('Unexpected `Keine`'))
    expect(message.reason).toBe('Unexpected `Keine`')
    expect(new Error('probe').stack).toMatch(/\n\s+at /)
    expect(Error.stackTraceLimit).toBe(before)
  })

  it('should put the limit back when making the value throws', () => {
    const before = Error.stackTraceLimit
    expect(() =>
      withoutStackTrace(() => {
        throw new Error('broken')
      })
    ).toThrow('broken')
    expect(Error.stackTraceLimit).toBe(before)
  })
})
