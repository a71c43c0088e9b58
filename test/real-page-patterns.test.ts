/**
 * Patterns seen on real published pages that once produced false findings
 * or misses. The pages here are written for the test; each reproduces one
 * construct, not a page.
 */
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/lint/lint-text.js'
import {createApiIndex} from '../src/schema/api-index.js'
import {embeddedSchema} from '../src/schema/embedded.js'
import {versionFromFileName} from '../src/schema/load.js'
import {apiHttpOperation} from '../src/rules/api-http-operation.js'
import {apiPropertyMissing} from '../src/rules/api-property-missing.js'
import {apiPropertyName} from '../src/rules/api-property-name.js'
import {headerName} from '../src/rules/header-name.js'
import {httpRequest} from '../src/rules/http-request.js'
import {permissionScope} from '../src/rules/permission-scope.js'
import {typeName} from '../src/rules/type-name.js'

const span = (id: string, localized: string, english: string) =>
  `<span data-ttu-id="ab12c-${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="ab12c-${id}">${english}</span></span>`

const requestPage = (lines: string) => `# Title\n\n## <a name="http-request"></a>HTTP\n\n\`\`\`http\n${lines}\n\`\`\`\n`

describe('api-http-operation', () => {
  const lint = (lines: string, version?: string) =>
    lintText(requestPage(lines), {ruleSet: [apiHttpOperation], api: createApiIndex({...embeddedSchema, version})}).messages

  it('should report an ASCII near miss of a segment the API has as the English docs\' spelling: a warning, no fix', () => {
    const [message] = lint('POST /deviceAppManagement/vppTokens/{vppTokenId}/syncLicences')
    expect(message).toMatchObject({ruleId: 'source-http-operation', fatal: false, actual: 'syncLicences', expected: ['syncLicenses']})
    expect(message!.fix).toBeUndefined()
    // Real pages write segments in lower case where the metadata has camel case: the docs did, not the translation.
    expect(lint('POST /deviceAppManagement/vppTokens/{vppTokenId}/synclicenses')[0]).toMatchObject({ruleId: 'source-http-operation', fatal: false})
  })

  it('should report a translated placeholder as the translation, with the API spelling as the fix', () => {
    const [message] = lint('POST /deviceAppManagement/vppTokens/{vppトークンId}/syncLicenses')
    expect(message).toMatchObject({ruleId: 'api-http-operation', fatal: true, actual: '{vppトークンId}', expected: ['{vppTokenId}'], fix: {text: '{vppTokenId}'}})
  })

  it('should leave paths the schema does not list alone instead of guessing from a prefix', () => {
    expect(lint('GET /deviceAppManagement/vppTokens/{vppTokenId}/someDeeperThing/{id}/more')).toEqual([])
  })

  it('should not take OData system segments for keys or blame their methods', () => {
    expect(lint('POST /deviceAppManagement/vppTokens/{vppTokenId}/$ref\nGET /deviceAppManagement/vppTokens/$count')).toEqual([])
  })

  it('should report a method the path does not take as the English docs\' statement, without a fix', () => {
    const [message] = lint('PUT /deviceAppManagement/vppTokens/{vppTokenId}')
    expect(message).toMatchObject({ruleId: 'source-http-operation', fatal: false, actual: 'PUT'})
    expect(message!.fix).toBeUndefined()
  })

  it('should not judge a beta page by a v1.0 schema', () => {
    const lines = 'POST https://graph.microsoft.com/beta/deviceAppManagement/vppTokens/{id}/syncLicences'
    expect(lint(lines, 'v1.0')).toEqual([])
    expect(lint(lines, 'beta')).toHaveLength(1)
  })

  it('should read the version of a metadata file from its name', () => {
    expect([versionFromFileName('graph/v1.0.csdl'), versionFromFileName('beta-metadata.xml'), versionFromFileName('api.xml')]).toEqual(['v1.0', 'beta', undefined])
  })
})

describe('http-request', () => {
  it('should not take spaces inside OData key predicates for a translated segment', () => {
    const lines = "POST https://hr.example.com/data/MyLeaveRequests(RequestId='{requestId}', LeaveType='{leaveType}')/Microsoft.Dynamics.DataEntities.submit"
    expect(lintText(requestPage(lines), {ruleSet: [httpRequest]}).messages).toEqual([])
  })
})

describe('header-name', () => {
  it('should fall back on the documented headers when the operations declare none (imported metadata)', () => {
    const page = `${requestPage('GET /deviceAppManagement/vppTokens')}\n## <a name="request-headers"></a>Cabeçalhos\n\n|Cabeçalho|Valor|\n|:---|:---|\n|Autorização|Bearer {token}|\n`
    const api = createApiIndex({...embeddedSchema, operations: embeddedSchema.operations.map((operation) => ({...operation, requestHeaders: []}))})
    const [message] = lintText(page, {ruleSet: [headerName], api}).messages
    expect(message).toMatchObject({actual: 'Autorização', expected: ['Authorization'], fix: {text: 'Authorization'}})
  })

  it('should judge the name of a header written with its value (`Prefer: outlook.timezone`), and fix the name alone', () => {
    const table = (cell: string) =>
      `${requestPage('GET /deviceAppManagement/vppTokens')}\n## <a name="request-headers"></a>Заголовки\n\n|Заголовок|Значение|\n|:---|:---|\n|${cell}|Часовой пояс ответа.|\n`
    // Imported metadata declares no headers: the documented ones and the value decide.
    const api = createApiIndex({...embeddedSchema, operations: embeddedSchema.operations.map((operation) => ({...operation, requestHeaders: []}))})
    expect(lintText(table('Prefer: outlook.timezone'), {ruleSet: [headerName], api}).messages).toEqual([])
    const page = table('Предпочитать: outlook.timezone')
    const [message] = lintText(page, {ruleSet: [headerName], api}).messages
    expect(message).toMatchObject({actual: 'Предпочитать', expected: ['Prefer'], fix: {text: 'Prefer'}})
    expect(page.slice(message!.fix!.range[0], message!.fix!.range[1])).toBe('Предпочитать')
  })
})

describe('permission-scope', () => {
  it('should check scopes written with underscores, and report a cell once', () => {
    const page = `## <a name="permissions"></a>Machtigingen\n\n|${span('1', 'Type machtiging', 'Permission type')}|${span('2', 'Machtigingen', 'Permissions')}|\n|:---|:---|\n|${span('3', 'Gedelegeerd', 'Delegated')}|${span('4', 'gebruikers_imitatie, Gebruiker.Lezen', 'user_impersonation, User.Read')}|\n`
    const messages = lintText(page, {ruleSet: [permissionScope]}).messages
    expect(messages.map((message) => [message.actual, message.fix?.text])).toEqual([['gebruikers_imitatie, Gebruiker.Lezen', 'user_impersonation, User.Read']])
  })
})

describe('type-name', () => {
  it('should check the Type column of a headers table too', () => {
    const page = `## <a name="request-headers"></a>Intestazioni\n\n|${span('1', 'Nome', 'Name')}|${span('2', 'Tipo', 'Type')}|${span('3', 'Descrizione', 'Description')}|\n|:---|:---|:---|\n|${span('4', 'Authorization', 'Authorization')}|${span('5', 'Stringa', 'String')}|${span('6', 'Bearer {token}. Obbligatorio.', 'Bearer {token}. Required.')}|\n`
    const [message] = lintText(page, {ruleSet: [typeName]}).messages
    expect(message).toMatchObject({actual: 'Stringa', expected: ['String'], fix: {text: 'String'}})
  })
})

describe('api-property-missing', () => {
  it('should count a translated row as the property api-property-name maps it to', () => {
    const rows = ['|id|String|x|', '|Организация|String|x|', ...['vppTokenAccountType|vppTokenAccountType', 'appleId|String', 'expirationDateTime|DateTimeOffset', 'lastSyncDateTime|DateTimeOffset', 'token|String', 'lastModifiedDateTime|DateTimeOffset', 'state|vppTokenState', 'tokenActionResults|vppTokenActionResult collection', 'lastSyncStatus|vppTokenSyncStatus', 'automaticallyUpdateApps|Boolean', 'countryOrRegion|String', 'dataSharingConsentGranted|Boolean', 'displayName|String', 'locationName|String', 'claimTokenManagementFromExternalMdm|Boolean', 'roleScopeTagIds|String collection', 'appleDeviceAppDeliveryProtocolType|String'].map((row) => `|${row}|x|`)]
    const page = `---\ndoc_type: resourcePageType\n---\n# Тип ресурса vppToken\n\n## <a name="properties"></a>Свойства\n\n|Свойство|Тип|Описание|\n|:---|:---|:---|\n${rows.join('\n')}\n`
    const messages = lintText(page, {ruleSet: [apiPropertyName, apiPropertyMissing]}).messages
    expect(messages.map((message) => [message.ruleId, message.expected?.[0]])).toEqual([['api-property-name', 'organizationName']])
  })
})

describe('header-name on a spanless Name | Description table', () => {
  const page = (name: string, value: string) =>
    `## <a name="request-headers"></a>Anforderungsheader\n\n|Name|Beschreibung|\n|:---|:---|\n|Authorization|Bearer {token}. Erforderlich.|\n|${name}|${value}|\n`

  it('should take a hyphenated field name for a real header whatever its value', () => {
    expect(lintText(page('Content-Disposition', 'attachment; filename=bericht.pdf'), {ruleSet: [headerName]}).messages).toEqual([])
  })

  it('should still report a translated word whose value names the header', () => {
    const [message] = lintText(page('Annehmen', 'application/json'), {ruleSet: [headerName]}).messages
    expect(message).toMatchObject({actual: 'Annehmen'})
    expect(message!.expected).toEqual(expect.arrayContaining(['Accept']))
  })
})

describe('type-name outside type tables', () => {
  it('should leave a Member | Type table whose Type column holds categories alone', () => {
    const page = `## <a name="members"></a>成员\n\n|${span('1', '成员', 'Member')}|${span('2', '类型', 'Type')}|\n|:---|:---|\n|${span('3', 'item', 'item')}|${span('4', '成员', 'Member')}|\n`
    expect(lintText(page, {ruleSet: [typeName]}).messages).toEqual([])
  })
})
