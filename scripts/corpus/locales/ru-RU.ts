/** Russian fragments. */
import type {LocaleText} from './types.js'

export const russian: LocaleText = {
  locale: 'ru-RU',
  script: 'нетсбойготовыожиданиеактивныйсостояние',
  enumTitle: (name) => `тип перечисления ${name}`,
  resourceTitle: (name) => `тип ресурса ${name}`,
  operationTitle: {
    list: (name) => `Перечисление объектов ${name}`,
    get: (name) => `Получение объекта ${name}`,
    create: (name) => `Создание объекта ${name}`,
    update: (name) => `Обновление объекта ${name}`,
    delete: (name) => `Удаление объекта ${name}`
  },
  operationSummary: {
    list: (type) => `Получение списка объектов ${type} и их свойств.`,
    get: (type) => `Чтение свойств и связей объекта ${type}.`,
    create: (type) => `Создание объекта ${type}.`,
    update: (type) => `Обновление свойств объекта ${type}.`,
    delete: (type) => `Удаление объекта ${type}.`
  },
  betaNote: '**Важно!** Конечная точка /beta в Microsoft Graph может измениться в любой момент. Рабочие приложения не должны от нее зависеть.',
  intuneNote: (link) => `**Примечание.** Для управления Intune через Microsoft Graph клиенту нужна ${link('активная лицензия Intune')}.`,
  headings: {
    members: 'Элементы',
    properties: 'Свойства',
    relationships: 'Связи',
    jsonRepresentation: 'Представление JSON',
    methods: 'Методы',
    prerequisites: 'Необходимые компоненты',
    httpRequest: 'HTTP-запрос',
    optionalQueryParameters: 'Необязательные параметры запроса',
    requestHeaders: 'Заголовки запроса',
    requestBody: 'Текст запроса',
    response: 'Отклик',
    example: 'Пример',
    request: 'Запрос'
  },
  columns: {
    member: 'Элемент',
    value: 'Значение',
    description: 'Описание',
    property: 'Свойство',
    type: 'Тип',
    header: 'Заголовок',
    permissionType: 'Тип разрешения',
    permissions: 'Разрешения (в порядке убывания привилегий)',
    method: 'Метод',
    returnType: 'Возвращаемый тип',
    relationship: 'Связь'
  },
  delegatedWork: 'Делегированные (рабочая или учебная учетная запись)',
  delegatedPersonal: 'Делегированные (личная учетная запись Майкрософт)',
  application: 'Для приложений',
  notSupported: 'Не поддерживается.',
  bearer: 'Bearer &lt;токен&gt;. Обязательный.',
  permissionsIntro: (link) => `Для вызова этого API требуется одно из указанных ниже разрешений. Сведения о выборе разрешений см. в статье ${link('Разрешения')}.`,
  noRequestBody: 'Не указывайте текст запроса для этого метода.',
  requestBodyIntro: (type) => `В тексте запроса укажите представление объекта ${type} в формате JSON.`,
  responseOk: (code, type) => `В случае успешного выполнения этот метод возвращает код отклика ${code} и объект ${type} в тексте отклика.`,
  responseList: (code, type) => `В случае успешного выполнения этот метод возвращает код отклика ${code} и коллекцию объектов ${type} в тексте отклика.`,
  responseCreated: (code, type) => `В случае успешного выполнения этот метод возвращает код отклика ${code} и новый объект ${type} в тексте отклика.`,
  responseNoContent: (code) => `В случае успешного выполнения этот метод возвращает код отклика ${code}.`,
  queryParameters: (link) => `Этот метод поддерживает некоторые ${link('параметры запросов OData')} для настройки отклика.`,
  exampleRequest: 'Ниже приведен пример запроса.',
  exampleResponse: 'Ниже приведен пример отклика. Показанный объект может быть сокращен для удобства чтения.',
  enumIntro: (words) => `Возможные значения для ${words}.`,
  resourceIntro: (words) => `Представляет ${words} и связанные с ним параметры.`,
  possibleValues: (codes) => `Возможные значения: ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `Уникальный идентификатор объекта ${owner}. Только для чтения.`,
    text: (words, owner) => `Значение ${words} объекта ${owner}.`,
    flag: (words) => `Указывает, включен ли параметр ${words}.`,
    time: (words) => `Дата и время ${words}. Метка времени указывается в формате ISO 8601 и всегда в UTC.`,
    count: (words, owner) => `Количество ${words} для этого объекта ${owner}.`,
    list: (words, owner) => `Элементы ${words}, принадлежащие объекту ${owner}.`,
    other: (words, owner) => `Значение ${words}, связанное с объектом ${owner}.`
  },
  memberDescription: (words) => `Состояние ${words}.`,
  collection: (type) => `Коллекция ${type}`,
  words: {
    none: 'нет', unknown: 'неизвестно', default: 'по умолчанию', enabled: 'включено', disabled: 'отключено',
    completed: 'готовы', failed: 'сбоев', pending: 'ожидание', success: 'успех', active: 'активный',
    other: 'другое', low: 'низкий', high: 'высокий', normal: 'обычный', custom: 'настраиваемый',
    blocked: 'заблокировано', allowed: 'разрешено', valid: 'допустимый', expired: 'истек', invalid: 'недопустимый',
    business: 'бизнес', education: 'образование', text: 'текст', private: 'частный', id: 'ИД', name: 'имя',
    displayName: 'отображаемое имя', description: 'описание', status: 'состояние', state: 'состояние',
    type: 'тип', token: 'токен', subject: 'тема', body: 'текст'
  },
  primitives: {Boolean: 'Логический', String: 'Строка', Int32: 'Целое число', Int64: 'Длинное целое', DateTimeOffset: 'Дата и время', Guid: 'Идентификатор GUID'},
  headers: {
    Authorization: ['Авторизация'],
    Accept: ['Принять', 'Прием'],
    'Content-Type': ['Тип содержимого'],
    Prefer: ['Предпочтение'],
    'If-Match': ['Если совпадает']
  },
  methods: {GET: 'ПОЛУЧИТЬ', POST: 'ОТПРАВИТЬ', PATCH: 'ИСПРАВИТЬ', DELETE: 'УДАЛИТЬ'},
  pathWords: ['управлениеУстройствами', 'токены', 'сообщения', 'события', 'пользователи'],
  numberWords: ['нуль', 'один', 'два', 'три'],
  scopeAll: 'Все'
}
