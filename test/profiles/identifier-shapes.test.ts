import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {containsWholeToken, isCmdletName, isSingleToken, strongShape} from '../../src/util/identifier-shapes.js'

describe('strongShape', () => {
  it('should name the shape of code tokens from every doc set', () => {
    const cases: Record<string, string> = {
      'IMAPISession::QueryIdentity': 'scoped-name',
      PR_SUBJECT: 'constant',
      PSETID_Address: 'constant',
      'Get-Date': 'cmdlet',
      'ConvertTo-Json': 'cmdlet',
      'Where-Object': 'cmdlet',
      '-ComputerName': 'parameter',
      'attachment:Name': 'qualified-name',
      'System.Management.Automation.PSVariable': 'qualified-name',
      'PackageBaseAddress/3.0.0': 'versioned-type',
      'SearchQueryService/3.0.0-rc': 'versioned-type',
      'X-NuGet-ApiKey': 'header-field',
      '0x000080B3': 'hex-number',
      'types.xsd': 'file-name',
      '<Birthdays>': 'element-tag',
      'getRange()': 'call',
      'getItemOrNullObject(id: string)': 'call',
      $PSVersionTable: 'variable',
      $version$: 'replacement-token',
      '.nuspec': 'extension',
      dispidFax1EmailAddress: 'camel-case',
      StringAttributedValue: 'pascal-compound'
    }
    for (const [token, shape] of Object.entries(cases)) expect([token, strongShape(token)]).toEqual([token, shape])
  })

  it('should leave prose words, product names and hyphenated English alone', () => {
    for (const word of ['Persona', 'Shallow', 'LPMESSAGE', 'float', 'SharePoint', 'PowerShell', 'Read-Only', 'Set-Up', 'Opt-In', 'HTTP', 'e.g.', 'macOS', 'iPhone', 'None.', 'Outlook 2016', '3']) {
      expect([word, strongShape(word)]).toEqual([word, undefined])
    }
  })

  it('should never call a token with letters of other scripts strong, nor one with spaces unless it is a call', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 40}), (text) => {
        const shape = strongShape(text)
        if (/[^\x20-\x7e]/.test(text)) expect(shape).toBeUndefined()
        if (/\s/.test(text) && shape !== undefined) expect(shape).toBe('call')
      })
    )
  })
})

describe('isCmdletName', () => {
  it('should want an approved verb and a noun of three letters or more', () => {
    expect(isCmdletName('Get-Date')).toBe(true)
    expect(isCmdletName('ForEach-Object')).toBe(true)
    expect(isCmdletName('Frob-Widget')).toBe(false)
    expect(isCmdletName('Set-Up')).toBe(false)
    expect(isCmdletName('Read-Only')).toBe(false)
  })
})

describe('isSingleToken', () => {
  it('should accept names and literals and refuse sentences and labels', () => {
    for (const token of ['Persona', 'LPMESSAGE', '3', 'X-NuGet-ApiKey', '-Name', '$id$', '<Item>']) expect([token, isSingleToken(token)]).toEqual([token, true])
    for (const text of ['None.', 'Area:', 'two words', 'Роль', '', '—']) expect([text, isSingleToken(text)]).toEqual([text, false])
  })
})

describe('containsWholeToken', () => {
  it('should find a name among words of another script and not inside a longer name', () => {
    expect(containsWholeToken('die IMsgStore::Advise-Methode', 'IMsgStore::Advise')).toBe(true)
    expect(containsWholeToken('PR_SUBJECT_W', 'PR_SUBJECT')).toBe(false)
    expect(containsWholeToken('調用 Get-Date。', 'Get-Date')).toBe(true)
  })
})
