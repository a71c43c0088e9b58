/** Simplified Chinese fragments. */
import type {LocaleText} from './types.js'

export const chinese: LocaleText = {
  locale: 'zh-CN',
  script: '无未知默认启用禁用完成失败挂起状态值',
  enumTitle: (name) => `${name} 枚举类型`,
  resourceTitle: (name) => `${name} 资源类型`,
  operationTitle: {
    list: (name) => `列出 ${name} 对象`,
    get: (name) => `获取 ${name}`,
    create: (name) => `创建 ${name}`,
    update: (name) => `更新 ${name}`,
    delete: (name) => `删除 ${name}`
  },
  operationSummary: {
    list: (type) => `检索 ${type} 对象及其属性的列表。`,
    get: (type) => `读取 ${type} 对象的属性和关系。`,
    create: (type) => `创建新的 ${type} 对象。`,
    update: (type) => `更新 ${type} 对象的属性。`,
    delete: (type) => `删除 ${type} 对象。`
  },
  betaNote: '**重要说明：** Microsoft Graph 的 /beta 终结点随时可能更改。生产应用不应依赖它。',
  intuneNote: (link) => `**注意：** 通过 Microsoft Graph 管理 Intune 需要租户拥有${link('有效的 Intune 许可证')}。`,
  headings: {
    members: '成员',
    properties: '属性',
    relationships: '关系',
    jsonRepresentation: 'JSON 表示形式',
    methods: '方法',
    prerequisites: '先决条件',
    httpRequest: 'HTTP 请求',
    optionalQueryParameters: '可选的查询参数',
    requestHeaders: '请求标头',
    requestBody: '请求正文',
    response: '响应',
    example: '示例',
    request: '请求'
  },
  columns: {
    member: '成员',
    value: '值',
    description: '说明',
    property: '属性',
    type: '类型',
    header: '标头',
    permissionType: '权限类型',
    permissions: '权限（从最高特权到最低特权）',
    method: '方法',
    returnType: '返回类型',
    relationship: '关系'
  },
  delegatedWork: '委派（工作或学校帐户）',
  delegatedPersonal: '委派（个人 Microsoft 帐户）',
  application: '应用程序',
  notSupported: '不支持。',
  bearer: 'Bearer &lt;令牌&gt;。必需。',
  permissionsIntro: (link) => `要调用此 API，需要以下权限之一。若要了解如何选择权限，请参阅${link('权限')}。`,
  noRequestBody: '请勿提供此方法的请求正文。',
  requestBodyIntro: (type) => `在请求正文中，提供 ${type} 对象的 JSON 表示形式。`,
  responseOk: (code, type) => `如果成功，此方法在响应正文中返回 ${code} 响应代码和 ${type} 对象。`,
  responseList: (code, type) => `如果成功，此方法在响应正文中返回 ${code} 响应代码和 ${type} 对象集合。`,
  responseCreated: (code, type) => `如果成功，此方法在响应正文中返回 ${code} 响应代码和新的 ${type} 对象。`,
  responseNoContent: (code) => `如果成功，此方法返回 ${code} 响应代码。`,
  queryParameters: (link) => `此方法支持部分 ${link('OData 查询参数')} 来调整响应。`,
  exampleRequest: '以下示例显示了一个请求。',
  exampleResponse: '以下示例显示了响应。为了提高可读性，此处显示的对象可能已缩短。',
  enumIntro: (words) => `${words} 的可能值。`,
  resourceIntro: (words) => `表示 ${words} 及其设置。`,
  possibleValues: (codes) => `可能的值为：${codes.join('、')}。`,
  propertyDescription: {
    id: (_, owner) => `${owner} 的唯一标识符。只读。`,
    text: (words, owner) => `${owner} 的 ${words}。`,
    flag: (words) => `指示是否启用 ${words}。`,
    time: (words) => `${words} 的日期和时间。时间戳采用 ISO 8601 格式，始终为 UTC 时间。`,
    count: (words, owner) => `此 ${owner} 的 ${words} 数量。`,
    list: (words, owner) => `属于 ${owner} 的 ${words}。`,
    other: (words, owner) => `与 ${owner} 关联的 ${words}。`
  },
  memberDescription: (words) => `${words} 状态。`,
  collection: (type) => `${type} 集合`,
  words: {
    none: '无', unknown: '未知', default: '默认', enabled: '已启用', disabled: '已禁用', completed: '已完成',
    failed: '失败', pending: '挂起', success: '成功', active: '活动', other: '其他', low: '低', high: '高',
    normal: '普通', custom: '自定义', blocked: '已阻止', allowed: '允许', valid: '有效', expired: '已过期',
    invalid: '无效', business: '企业', education: '教育', text: '文本', private: '私有', id: 'ID',
    name: '名称', displayName: '显示名称', description: '说明', status: '状态', state: '状态', type: '类型',
    token: '令牌', subject: '主题', body: '正文'
  },
  primitives: {Boolean: '布尔值', String: '字符串', Int32: '整数', Int64: '长整数', DateTimeOffset: '日期时间偏移', Guid: '全局唯一标识符'},
  headers: {
    Authorization: ['授权'],
    Accept: ['接受'],
    'Content-Type': ['内容类型'],
    Prefer: ['首选'],
    'If-Match': ['如果匹配']
  },
  methods: {GET: '获取', POST: '发布', PATCH: '修补', DELETE: '删除'},
  pathWords: ['设备管理', '令牌', '消息', '事件', '用户'],
  numberWords: ['零', '一', '二', '三'],
  scopeAll: '全部'
}
