import {describe, expect, it} from 'vitest'
import {extractText} from '../../src/extract-files.js'
import {roleFromHeader} from '../../src/model/tables.js'
import type {Table} from '../../src/model/types.js'

const span = (id: string, localized: string, english: string) =>
  `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`

function tablesOf(source: string): Table[] {
  return extractText(source).tables
}

function onlyTable(source: string): Table {
  const tables = tablesOf(source)
  expect(tables).toHaveLength(1)
  return tables[0]!
}

describe('roleFromHeader', () => {
  it('should map the English headers of reference tables to roles', () => {
    const roles = Object.fromEntries(
      [
        'Member',
        'Enum members',
        'Value',
        'Description',
        'Property',
        'Parameter',
        'Type',
        'Return type',
        'Header',
        'Request headers',
        'Permission type',
        'Permissions (from least to most privileged)',
        '**Method**',
        'Relationship',
        'Relationships',
        'Notes'
      ].map((header) => [header, roleFromHeader(header)])
    )
    expect(roles).toEqual({
      Member: 'member',
      'Enum members': 'member',
      Value: 'value',
      Description: 'description',
      Property: 'property',
      Parameter: 'property',
      Type: 'type',
      'Return type': 'type',
      Header: 'header',
      'Request headers': 'header',
      'Permission type': 'permissionType',
      'Permissions (from least to most privileged)': 'permissions',
      '**Method**': 'method',
      Relationship: 'property',
      Relationships: 'property',
      Notes: 'other'
    })
  })
})

describe('readTable', () => {
  it('should take roles from the English header when the header is translated', () => {
    const table = onlyTable(
      `## <a name="members"></a>${span('a-1', 'メンバー', 'Members')}\n|${span('a-2', 'メンバー', 'Member')}|${span('a-3', '値', 'Value')}|${span('a-4', '説明', 'Description')}|\n|:---|:---|:---|\n|${span('a-5', 'せ', 'completed')}|${span('a-6', '2', '2')}|${span('a-7', '完了', 'Done.')}|\n`
    )
    expect(table).toMatchObject({kind: 'enum', section: 'members', columns: ['member', 'value', 'description']})
    expect(table.header.cells.map((cell) => cell.text)).toEqual(['メンバー', '値', '説明'])
    expect(table.rows[0]?.cells.map((cell) => [cell.text, cell.english])).toEqual([
      ['せ', 'completed'],
      ['2', '2'],
      ['完了', 'Done.']
    ])
  })

  it('should fall back on the section anchor for a spanless translated table', () => {
    const source = [
      '## <a name="members"></a>メンバー',
      '|メンバー|値|説明|',
      '|:---|:---|:---|',
      '|none|0|既定|',
      '',
      '## <a name="request-headers"></a>要求ヘッダー',
      '|ヘッダー|値|',
      '|:---|:---|',
      '|承諾|application/json|',
      '',
      '## <a name="prerequisites"></a>前提条件',
      '|アクセス許可の種類|アクセス許可|',
      '|:---|:---|',
      '|委任|DeviceManagementServiceConfig.ReadWrite.All|',
      '',
      '## <a name="properties"></a>プロパティ',
      '|プロパティ|型|説明|',
      '|:---|:---|:---|',
      '|id|String|キー|',
      ''
    ].join('\n')
    expect(tablesOf(source).map((table) => [table.section, table.kind, table.columns])).toEqual([
      ['members', 'enum', ['member', 'value', 'description']],
      ['request-headers', 'header', ['header', 'value']],
      ['prerequisites', 'permission', ['permissionType', 'permissions']],
      ['properties', 'property', ['property', 'type', 'description']]
    ])
  })

  it('should read the functions table of a reports page as a methods table when its header is translated', () => {
    const source = ['## <a name="reports"></a>レポート', '| 関数 | 戻り値の型 | 説明 |', '|:---|:---|:---|', '| [getMailboxUsageDetail](../api/reportroot-getmailboxusagedetail.md) | Stream | 詳細。 |', ''].join('\n')
    expect([onlyTable(source)].map((table) => [table.kind, table.columns])).toEqual([['method', ['method', 'type', 'description']]])
  })

  it('should use English header text on a spanless page whatever the section', () => {
    expect(onlyTable('## <a name="details"></a>Details\n|Property|Type|Description|\n|-|-|-|\n|id|String|Key.|\n')).toMatchObject({
      kind: 'property',
      columns: ['property', 'type', 'description']
    })
  })

  it('should take a `Name` column of a headers section for the header column, and its `Description` for the value', () => {
    expect(onlyTable('## <a name="request-headers"></a>Request headers\n|Name|Description|\n|-|-|\n|Authorization|Bearer {token}.|\n')).toMatchObject({
      kind: 'header',
      columns: ['header', 'value']
    })
  })

  it('should keep a column a spanless header names and place only the others', () => {
    expect(onlyTable('## <a name="members"></a>Membres\n|Membre|Description|\n|-|-|\n|none|Aucun débordement.|\n|stack|Pile épuisée.|\n')).toMatchObject({
      kind: 'enum',
      columns: ['member', 'description']
    })
    expect(onlyTable('## <a name="properties"></a>Propriétés\n|Nom|Type|Description|\n|-|-|-|\n|id|String|Clé.|\n')).toMatchObject({
      kind: 'property',
      columns: ['property', 'type', 'description']
    })
  })

  it('should give a spanless members column the value role only when its cells are numbers', () => {
    const table = (rows: string) => onlyTable(`## <a name="members"></a>Члены\n|Член|Значение|Пояснение|\n|-|-|-|\n${rows}`)
    expect(table('|none|0|Нет.|\n|low|1-d|Низкий.|\n|high|.2|Высокий.|\n').columns).toEqual(['member', 'value', 'description'])
    expect(table('|none|Нет|Пусто.|\n|low|Низкий|Мало.|\n').columns).toEqual(['member', 'description', 'other'])
  })

  it('should read a `Value` column of names, not numbers, under a `-values` section as the members', () => {
    const names = onlyTable('### onlineMeetingPresenters values\n\n| Value | Description |\n| --- | --- |\n| everyone | All. |\n| organizer | One. |\n')
    expect([names.kind, names.columns]).toEqual(['enum', ['member', 'description']])
    const numbers = onlyTable('### <a name="status-values"></a>status values\n\n| Member | Value |\n| --- | --- |\n| none | 0 |\n| failed | 3 |\n')
    expect([numbers.kind, numbers.columns]).toEqual(['enum', ['member', 'value']])
  })

  it('should read a Relationships table as a property table that does not list every property', () => {
    const spanned = onlyTable(
      `## <a name="relationships"></a>${span('r-1', 'リレーションシップ', 'Relationships')}\n|${span('r-2', 'リレーションシップ', 'Relationship')}|${span('r-3', '型', 'Type')}|${span('r-4', '説明', 'Description')}|\n|-|-|-|\n|${span('r-5', 'signIns', 'signIns')}|${span('r-6', '[サインイン](signin.md) コレクション', '[signIn](signin.md) collection')}|${span('r-7', '読み取り専用。', 'Read-only.')}|\n`
    )
    expect(spanned).toMatchObject({kind: 'property', columns: ['property', 'type', 'description'], relationships: true})
    const spanless = onlyTable('## <a name="relationships"></a>Связи\n|Связь|Тип|Описание|\n|-|-|-|\n|stages|Коллекция [approvalStage](approvalstage.md)|Этапы.|\n')
    expect(spanless).toMatchObject({kind: 'property', columns: ['property', 'type', 'description'], relationships: true})
    expect(onlyTable('## <a name="properties"></a>Properties\n|Property|Type|\n|-|-|\n|id|String|\n').relationships).toBeUndefined()
  })

  it('should take a `Name` column beside a `Type` column for property names outside a headers section', () => {
    expect(onlyTable('##### <a name="properties"></a>属性：\n|Name|Type|Description|\n|-|-|-|\n|`bodyColor`|String|颜色。|\n')).toMatchObject({
      kind: 'property',
      columns: ['property', 'type', 'description']
    })
    expect(onlyTable('## <a name="request-headers"></a>Request headers\n|Name|Type|Description|\n|-|-|-|\n|Authorization|String|Bearer {token}.|\n')).toMatchObject({
      kind: 'header',
      columns: ['header', 'type', 'value']
    })
    expect(onlyTable('## <a name="members-and-methods"></a>Members and methods\n|Member|Type|\n|-|-|\n|body|Member|\n').kind).toBe('other')
  })

  it('should give the column after a `Name` header column the value role when no header names it', () => {
    expect(onlyTable('## <a name="request-headers"></a>Anforderungsheader\n|Name|Beschreibung|\n|-|-|\n|Annehmen|application/json|\n')).toMatchObject({
      kind: 'header',
      columns: ['header', 'value']
    })
  })

  it('should read a members column without values as an enum table, spanned or under a `-values` section', () => {
    const spanned = `### ${span('a-1', 'riskLevel の値', 'riskLevel values')}\n|${span('a-2', 'メンバー', 'Member')}|${span('a-3', '説明', 'Description')}|\n|-|-|\n|low|${span('a-4', '低', 'Low.')}|\n`
    expect(onlyTable(spanned)).toMatchObject({kind: 'enum', columns: ['member', 'description']})
    expect(onlyTable('### <a name="risklevel-values"></a>Значения riskLevel\n|Элемент|\n|-|\n|низкий|\n')).toMatchObject({
      kind: 'enum',
      section: 'risklevel-values',
      columns: ['member']
    })
  })

  it('should leave a table it cannot classify as other', () => {
    expect(onlyTable('## <a name="notes"></a>Notes\n|Alpha|Beta|\n|-|-|\n|1|2|\n').kind).toBe('other')
  })

  it('should merge a row split by a raw newline inside a translated span', () => {
    const source = `## <a name="members"></a>Members\n|Member|Value|Description|\n|:---|:---|:---|\n|${span('s-1', 'em\nandamento', 'inProgress')}|${span('s-2', '1', '1')}|${span('s-3', 'Em andamento.', 'In progress.')}|\n|${span('s-4', 'completed', 'completed')}|${span('s-5', '2', '2')}|${span('s-6', 'Concluído.', 'Done.')}|\n`
    const table = onlyTable(source)
    expect(table.rows).toHaveLength(2)
    const [first, second] = table.rows
    expect(first?.cells.map((cell) => cell.english)).toEqual(['inProgress', '1', 'In progress.'])
    expect(first?.cells[0]?.segments.map((segment) => segment.id)).toEqual(['s-1'])
    expect(source.slice(first!.cells[0]!.range.start, first!.cells[0]!.range.end)).toBe(span('s-1', 'em\nandamento', 'inProgress'))
    expect(source.slice(first!.range.start, first!.range.end)).toContain('Em andamento.')
    expect(second?.cells.map((cell) => cell.english)).toEqual(['completed', '2', 'Done.'])
  })

  it('should give cell ranges without pipes and padding, and an empty range at the pipe for an empty cell', () => {
    const source = '## <a name="members"></a>Members\n| Member | Value | Description |\n| --- | --- | --- |\n|  none\t| 0 | |\n'
    const [row] = onlyTable(source).rows
    const cells = row!.cells
    expect(cells.map((cell) => source.slice(cell.range.start, cell.range.end))).toEqual(['none', '0', ''])
    const empty = cells[2]!.range
    expect(empty.start).toBe(empty.end)
    expect(source[empty.start - 1]).toBe('|')
    expect(cells[2]?.text).toBe('')
  })

  it('should leave the English out of the cell text and join several spans', () => {
    const source = `## <a name="properties"></a>Properties\n|Property|Type|Description|\n|-|-|-|\n|id|String|${span('m-1', '自動生成。', 'Generated.')} ${span('m-2', 'キー。', 'The key.')}|\n`
    const cell = onlyTable(source).rows[0]!.cells[2]!
    expect(cell.text).toBe('自動生成。 キー。')
    expect(cell.english).toBe('Generated. The key.')
    expect(cell.segments.map((segment) => segment.id)).toEqual(['m-1', 'm-2'])
  })

  it('should read a link with a span in its text as one segment of the cell', () => {
    const source = `## <a name="properties"></a>Properties\n|Property|Type|Description|\n|-|-|-|\n|state|[${span('k-1', 'VPPトークンの状態', 'vppTokenState')}](../resources/state.md)|x|\n`
    const cell = onlyTable(source).rows[0]!.cells[1]!
    expect([cell.text, cell.english]).toEqual(['VPPトークンの状態', 'vppTokenState'])
  })

  it('should keep the table range on the source of the table', () => {
    const source = '# T\n\n|Member|Value|\n|-|-|\n|none|0|\n\nafter\n'
    const table = onlyTable(source)
    expect(source.slice(table.range.start, table.range.end)).toBe('|Member|Value|\n|-|-|\n|none|0|')
  })

  it('should take a first row of labels under an empty header for the header, as Word-converted tables set them', () => {
    const bold = onlyTable(
      ['||||', '|:-----|:-----|:-----|', '|**Свойство** <br/> |**Тег** <br/> |**Описание** <br/> |', '|PR_DISPLAY_NAME_W  <br/> |0x3001001F  <br/> |Имя.  <br/> |', '|PR_STORE_PROVIDERS  <br/> |0x3D000102  <br/> |Поставщики.  <br/> |', ''].join('\n')
    )
    expect(bold.header.cells.map((cell) => cell.text)).toEqual(['Свойство', 'Тег', 'Описание'])
    expect(bold.rows).toHaveLength(2)
    const words = onlyTable(
      ['||||', '|:--|:--|:--|', `|${span('d1e2f-1', '数値', 'Numeric value')}|${span('d1e2f-2', '名前', 'Name')}|${span('d1e2f-3', '説明', 'Description')}|`, '|1|todoTimeFlagged|時間。|', '|8|todoRecipientFlagged|受信者。|', ''].join('\n')
    )
    expect(words.header.cells.map((cell) => cell.english)).toEqual(['Numeric value', 'Name', 'Description'])
    expect(words.rows).toHaveLength(2)
    // Answers are no labels: `Name | String | Required` is a row of data.
    const data = onlyTable(['||||', '|:--|:--|:--|', '|Name |String |Required |', '|Id |String |Optional |', ''].join('\n'))
    expect(data.rows).toHaveLength(2)
    // A key/value table keeps its first row: `Header file:` is no column label.
    const keyValue = onlyTable(['|||', '|:--|:--|', '|**Header file:** |Mapidefs.h |', '|Data type: |PT_LONG |', ''].join('\n'))
    expect(keyValue.rows).toHaveLength(2)
  })
})
