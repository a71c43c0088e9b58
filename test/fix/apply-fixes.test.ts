import {describe, expect, it} from 'vitest'
import {applyFixes} from '../../src/fix/apply-fixes.js'
import {applyEdits, composeEdits} from '../../src/fix/edits.js'

describe('applyFixes', () => {
  it('should splice every fix by its range and leave the rest byte for byte', () => {
    const text = '|a|.0|\r\n|b|1-d| &lt;x&gt; \r\n'
    const result = applyFixes(text, [
      {range: [11, 14], text: '1'},
      {range: [3, 5], text: '0'}
    ])
    expect(result.text).toBe('|a|0|\r\n|b|1| &lt;x&gt; \r\n')
    expect(result.applied).toEqual([{range: [3, 5], text: '0'}, {range: [11, 14], text: '1'}])
    expect(result.conflicts).toEqual([])
  })

  it('should count the same edit proposed twice as one fix', () => {
    const result = applyFixes('abc', [
      {range: [1, 2], text: 'X'},
      {range: [1, 2], text: 'X'}
    ])
    expect(result).toMatchObject({text: 'aXc', conflicts: []})
  })

  it('should set aside both of two overlapping fixes and still apply the others', () => {
    const result = applyFixes('abcdef', [
      {range: [0, 2], text: 'X'},
      {range: [1, 4], text: 'Y'},
      {range: [5, 6], text: 'Z'}
    ])
    expect(result.conflicts.map((conflict) => conflict.reason)).toEqual(['Overlapping fixes 0-2 (`X`) and 1-4 (`Y`)'])
    expect(result.text).toBe('abcdeZ')
  })

  it('should let a fix whose replacement already holds a fix inside its range subsume it', () => {
    const text = '|[状態](../リソース/a.md)|'
    const result = applyFixes(text, [
      {range: [1, 19], text: '[state](../resources/a.md)'},
      {range: [6, 18], text: '../resources/a.md'}
    ])
    expect(result.conflicts).toEqual([])
    expect(result.text).toBe('|[state](../resources/a.md)|')
  })

  it('should compose a fix inside another when applying it there gives the outer replacement', () => {
    const result = applyFixes('ab.cd', [
      {range: [0, 5], text: 'ab-cd'},
      {range: [2, 3], text: '-'}
    ])
    expect(result).toMatchObject({text: 'ab-cd', conflicts: []})
  })

  it('should set aside a fix inside another that would write something else there', () => {
    const result = applyFixes('ab.cd|x', [
      {range: [0, 5], text: 'abXcd'},
      {range: [2, 3], text: '-'},
      {range: [6, 7], text: 'y'}
    ])
    expect(result.conflicts).toHaveLength(1)
    expect(result.text).toBe('ab.cd|y')
  })

  it('should refuse two different texts for one range', () => {
    const result = applyFixes('abc', [
      {range: [1, 2], text: 'X'},
      {range: [1, 2], text: 'Y'}
    ])
    expect(result.text).toBe('abc')
    expect(result.conflicts[0]!.reason).toBe('Conflicting fixes for 1-2: `X` and `Y`')
  })

  it('should refuse a fix outside the text', () => {
    const result = applyFixes('abc', [{range: [2, 9], text: 'X'}])
    expect(result.text).toBe('abc')
    expect(result.conflicts).toHaveLength(1)
  })
})

describe('composeEdits', () => {
  it('should map a later pass back to original offsets, merging a fix inside an earlier edit', () => {
    const original = 'one two three four'
    const first = composeEdits([], [{range: [4, 7], text: 'TWO!'}], original)
    const afterFirst = applyEdits(original, first)
    expect(afterFirst).toBe('one TWO! three four')
    // Second pass: one fix inside the first edit, one after it.
    const second = composeEdits(first, [{range: [7, 8], text: '?'}, {range: [15, 19], text: '4'}], afterFirst)
    expect(second).toEqual([
      {start: 4, end: 7, text: 'TWO?'},
      {start: 14, end: 18, text: '4'}
    ])
    expect(applyEdits(original, second)).toBe('one TWO? three 4')
  })
})
