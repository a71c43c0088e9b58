/** Japanese fragments, in the register machine translation gives API pages. */
import type {LocaleText} from './types.js'

export const japanese: LocaleText = {
  locale: 'ja-JP',
  script: 'せフ完了状態なし不明既定有効無効失敗保留',
  enumTitle: (name) => `${name} 列挙型`,
  resourceTitle: (name) => `${name} リソースの種類`,
  operationTitle: {
    list: (name) => `${name} を一覧表示する`,
    get: (name) => `${name} を取得する`,
    create: (name) => `${name} を作成する`,
    update: (name) => `${name} を更新する`,
    delete: (name) => `${name} を削除する`
  },
  operationSummary: {
    list: (type) => `${type} オブジェクトとそのプロパティの一覧を取得します。`,
    get: (type) => `${type} オブジェクトのプロパティとリレーションシップを読み取ります。`,
    create: (type) => `新しい ${type} オブジェクトを作成します。`,
    update: (type) => `${type} オブジェクトのプロパティを更新します。`,
    delete: (type) => `${type} オブジェクトを削除します。`
  },
  betaNote: '**重要:** Microsoft Graph の /beta エンドポイントはいつでも変更される可能性があります。運用アプリはこれに依存しないでください。',
  intuneNote: (link) => `**注:** Microsoft Graph を使用して Intune を管理するには、テナントに${link('アクティブな Intune ライセンス')}が必要です。`,
  headings: {
    members: 'メンバー',
    properties: 'プロパティ',
    relationships: 'リレーションシップ',
    jsonRepresentation: 'JSON 表記',
    methods: 'メソッド',
    prerequisites: '前提条件',
    httpRequest: 'HTTP 要求',
    optionalQueryParameters: 'オプションのクエリ パラメーター',
    requestHeaders: '要求ヘッダー',
    requestBody: '要求本文',
    response: '応答',
    example: '例',
    request: '要求'
  },
  columns: {
    member: 'メンバー',
    value: '値',
    description: '説明',
    property: 'プロパティ',
    type: '型',
    header: 'ヘッダー',
    permissionType: 'アクセス許可の種類',
    permissions: 'アクセス許可 (特権の大きいものから小さいものへ)',
    method: 'メソッド',
    returnType: '戻り値の型',
    relationship: 'リレーションシップ'
  },
  delegatedWork: '委任 (職場または学校のアカウント)',
  delegatedPersonal: '委任 (個人用 Microsoft アカウント)',
  application: 'アプリケーション',
  notSupported: 'サポートされていません。',
  bearer: 'ベアラー &lt;トークン&gt;。必須。',
  permissionsIntro: (link) => `この API を呼び出すには、以下のいずれかのアクセス許可が必要です。アクセス許可の選び方については、「${link('アクセス許可')}」を参照してください。`,
  noRequestBody: 'このメソッドには、要求本文を指定しません。',
  requestBodyIntro: (type) => `要求本文で、${type} オブジェクトの JSON 表記を指定します。`,
  responseOk: (code, type) => `成功した場合、このメソッドは ${code} 応答コードと、応答本文で ${type} オブジェクトを返します。`,
  responseList: (code, type) => `成功した場合、このメソッドは ${code} 応答コードと、応答本文で ${type} オブジェクトのコレクションを返します。`,
  responseCreated: (code, type) => `成功した場合、このメソッドは ${code} 応答コードと、応答本文で新しい ${type} オブジェクトを返します。`,
  responseNoContent: (code) => `成功した場合、このメソッドは ${code} 応答コードを返します。`,
  queryParameters: (link) => `このメソッドは、応答を調整するための ${link('OData クエリ パラメーター')} の一部をサポートします。`,
  exampleRequest: '次の例は要求を示しています。',
  exampleResponse: '次の例は応答を示しています。読みやすさのため、ここに示すオブジェクトは短縮されている場合があります。',
  enumIntro: (words) => `${words} の可能な値。`,
  resourceIntro: (words) => `${words} と、それに属する設定を表します。`,
  possibleValues: (codes) => `可能な値は、${codes.join('、')} です。`,
  propertyDescription: {
    id: (_, owner) => `${owner} の一意識別子。読み取り専用です。`,
    text: (words, owner) => `${owner} の ${words}。`,
    flag: (words) => `${words} が有効かどうかを示します。`,
    time: (words) => `${words} の日時。タイムスタンプは ISO 8601 形式で、常に UTC です。`,
    count: (words, owner) => `この ${owner} の ${words} の数。`,
    list: (words, owner) => `${owner} に属する ${words}。`,
    other: (words, owner) => `${owner} に関連付けられている ${words}。`
  },
  memberDescription: (words) => `${words} の状態です。`,
  collection: (type) => `${type} コレクション`,
  words: {
    none: 'なし', unknown: '不明', default: '既定', enabled: '有効', disabled: '無効', completed: '完了',
    failed: 'フェール', pending: '保留中', success: '成功', active: 'アクティブ', other: 'その他', low: '低',
    high: '高', normal: '標準', custom: 'カスタム', blocked: 'ブロック', allowed: '許可', valid: '有効',
    expired: '期限切れ', invalid: '無効', business: 'ビジネス', education: '教育', text: 'テキスト',
    private: 'プライベート', id: 'ID', name: '名前', displayName: '表示名', description: '説明',
    status: '状態', state: '状態', type: '種類', token: 'トークン', subject: '件名', body: '本文'
  },
  primitives: {Boolean: 'ブール型', String: '文字列', Int32: '整数', Int64: '64 ビット整数', DateTimeOffset: '日時オフセット', Guid: 'GUID 値'},
  headers: {
    Authorization: ['承認', '認証'],
    Accept: ['承諾', '受け入れる'],
    'Content-Type': ['コンテンツの種類', 'Content の種類'],
    Prefer: ['優先', '希望'],
    'If-Match': ['一致する場合']
  },
  methods: {GET: '取得', POST: '投稿', PATCH: 'パッチ', DELETE: '削除'},
  pathWords: ['VPPトークン', 'デバイス管理', 'メッセージ', 'イベント', 'ユーザー'],
  numberWords: ['ゼロ', '一', '二', '三'],
  scopeAll: 'すべて'
}
