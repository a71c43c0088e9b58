import {describe, expect, it} from 'vitest'
import {extractText} from '../../src/extract-files.js'
import {docSetProfiles} from '../../src/profiles/doc-sets.js'
import {Profile, chooseProfile} from '../../src/profiles/profile.js'

let next = 100
const span = (localized: string, english: string) => {
  const id = `a1b2c-${next++}`
  return `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`
}

function table(header: string[], rows: Array<Array<[string, string]>>): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header.map((text) => span(text, text))), line(header.map(() => '---')), ...rows.map((row) => line(row.map(([l, e]) => span(l, e))))].join('\n')
}

describe('column roles from content', () => {
  it('should make a column of names verbatim whatever its header says', () => {
    const page = extractText(
      table(
        ['Thing', 'Notes'],
        [
          [['WidgetFeed/3.0.0', 'WidgetFeed/3.0.0'], ['Erste', 'First']],
          [['Gerät', 'GadgetCount'], ['Zweite', 'Second']],
          [['X-Widget-Key', 'X-Widget-Key'], ['Dritte', 'Third']]
        ]
      )
    )
    expect(page.tables[0]!.columns).toEqual(['verbatim', 'other'])
  })

  it('should leave a column of plain words without a header prior alone', () => {
    const page = extractText(table(['Area', 'Notes'], [[['Kontakt', 'Contact'], ['a', 'a b']], [['Kalender', 'Calendar'], ['b', 'b c']]]))
    expect(page.tables[0]!.columns).toEqual(['other', 'other'])
  })

  it('should leave a bare `Name` column of display names alone, and take one with a cell of code', () => {
    const names = extractText(table(['Name', 'Folder id'], [[['Dokumente', 'Documents'], ['documents', 'documents']], [['Fotos', 'Photos'], ['photos', 'photos']]]))
    expect(names.tables[0]!.columns[0]).toBe('other')
    const code = extractText(table(['Name', 'Notes'], [[['Dokumente', 'Documents'], ['a', 'a']], [['cameraRoll', 'cameraRoll'], ['b', 'b']]]))
    expect(code.tables[0]!.columns[0]).toBe('verbatim')
  })

  it('should never make a prose column verbatim', () => {
    const page = extractText(table(['Element', 'Required'], [[['Persona', 'Persona'], ['Ja', 'Yes']], [['IsRead', 'IsRead'], ['Nein', 'No']]]))
    expect(page.tables[0]!.columns).toEqual(['verbatim', 'other'])
  })

  it('should read names beside integers as an enum table, whatever the headers', () => {
    const page = extractText(
      table(
        ['Internal type name', 'Value'],
        [
          [['none', 'none'], ['.0', '0']],
          [['inline', 'inline'], ['1-d', '1']],
          [['pinnedToCell', 'pinnedToCell'], ['6', '6']]
        ]
      )
    )
    expect(page.tables[0]!.kind).toBe('enum')
    expect(page.tables[0]!.columns).toEqual(['member', 'value'])
  })

  it('should read a legend of display names beside integers as no enum, and lower-case names as one', () => {
    const legend = extractText(
      table(
        ['Value', 'Color'],
        [
          [['0x00000001', '0x00000001'], ['Красный', 'Red']],
          [['0x00000002', '0x00000002'], ['Синий', 'Blue']],
          [['0x00000003', '0x00000003'], ['Зеленый', 'Green']]
        ]
      )
    )
    expect(legend.tables[0]!.kind).toBe('other')
    const members = extractText(
      table(
        ['Value', 'Level'],
        [
          [['0', '0'], ['нет', 'none']],
          [['1', '1'], ['низкий', 'low']],
          [['2', '2'], ['high', 'high']]
        ]
      )
    )
    expect(members.tables[0]!.kind).toBe('enum')
    expect(members.tables[0]!.columns).toEqual(['value', 'member'])
  })
})

describe('doc-set profiles', () => {
  it('should parse every profile and keep ids unique', () => {
    for (const profile of docSetProfiles) expect(Profile.parse(profile)).toEqual(profile)
    expect(new Set(docSetProfiles.map((profile) => profile.id)).size).toBe(docSetProfiles.length)
  })

  it('should compile every pattern', () => {
    for (const profile of docSetProfiles) {
      const patterns = [...profile.verbatimHeaders, ...profile.proseHeaders, ...profile.verbatimLabels, ...profile.match.headings, ...profile.match.frontMatter.map((entry) => entry.pattern), ...profile.nameSections.flatMap((section) => [section.section, ...section.prose])]
      for (const pattern of patterns) expect(() => new RegExp(pattern, 'i')).not.toThrow()
    }
  })

  it('should choose a profile from front matter or headings, and none for a Graph page', () => {
    const help = extractText('---\nexternal help file: x.dll-Help.xml\nModule Name: X\ntitle: Get-X\n---\n# Get-X\n')
    expect(help.profile).toBe('powershell-help')
    const ews = extractText(`# ${span('Дни рождения', 'Birthdays')}\n\n## ${span('Сведения об элементе', 'Element information')}\n`)
    expect(ews.profile).toBe('ews-reference')
    const graph = extractText(`---\ndoc_type: enumPageType\n---\n# ${span('Тип', 'riskLevel enum type')}\n\n## ${span('Участники', 'Members')}\n`)
    expect(graph.profile).toBeUndefined()
    expect(chooseProfile(docSetProfiles, {headings: []})).toBeUndefined()
  })
})
