/** Spanish fragments. */
import type {LocaleText} from './types.js'

export const spanish: LocaleText = {
  locale: 'es-ES',
  script: 'ñáéíóúü',
  enumTitle: (name) => `Tipo de enumeración ${name}`,
  resourceTitle: (name) => `Tipo de recurso ${name}`,
  operationTitle: {
    list: (name) => `Enumerar objetos ${name}`,
    get: (name) => `Obtener ${name}`,
    create: (name) => `Crear ${name}`,
    update: (name) => `Actualizar ${name}`,
    delete: (name) => `Eliminar ${name}`
  },
  operationSummary: {
    list: (type) => `Recupere una lista de objetos ${type} y sus propiedades.`,
    get: (type) => `Lea las propiedades y relaciones de un objeto ${type}.`,
    create: (type) => `Cree un nuevo objeto ${type}.`,
    update: (type) => `Actualice las propiedades de un objeto ${type}.`,
    delete: (type) => `Elimine un objeto ${type}.`
  },
  betaNote: '**Importante:** el punto de conexión /beta de Microsoft Graph puede cambiar en cualquier momento. Las aplicaciones de producción no deben depender de él.',
  intuneNote: (link) => `**Nota:** para administrar Intune mediante Microsoft Graph, el inquilino necesita una ${link('licencia activa de Intune')}.`,
  headings: {
    members: 'Miembros',
    properties: 'Propiedades',
    relationships: 'Relaciones',
    jsonRepresentation: 'Representación JSON',
    methods: 'Métodos',
    prerequisites: 'Requisitos previos',
    httpRequest: 'Solicitud HTTP',
    optionalQueryParameters: 'Parámetros de consulta opcionales',
    requestHeaders: 'Encabezados de solicitud',
    requestBody: 'Cuerpo de la solicitud',
    response: 'Respuesta',
    example: 'Ejemplo',
    request: 'Solicitud'
  },
  columns: {
    member: 'Miembro',
    value: 'Valor',
    description: 'Descripción',
    property: 'Propiedad',
    type: 'Tipo',
    header: 'Encabezado',
    permissionType: 'Tipo de permiso',
    permissions: 'Permisos (de más a menos privilegiados)',
    method: 'Método',
    returnType: 'Tipo de valor devuelto',
    relationship: 'Relación'
  },
  delegatedWork: 'Delegado (cuenta profesional o educativa)',
  delegatedPersonal: 'Delegado (cuenta personal de Microsoft)',
  application: 'Aplicación',
  notSupported: 'No admitida.',
  bearer: 'Portador &lt;token&gt;. Obligatorio.',
  permissionsIntro: (link) => `Para llamar a esta API se necesita uno de los permisos siguientes. Para saber cómo elegir permisos, consulte ${link('Permisos')}.`,
  noRequestBody: 'No proporcione un cuerpo de solicitud para este método.',
  requestBodyIntro: (type) => `En el cuerpo de la solicitud, proporcione una representación JSON del objeto ${type}.`,
  responseOk: (code, type) => `Si se ejecuta correctamente, este método devuelve un código de respuesta ${code} y un objeto ${type} en el cuerpo de la respuesta.`,
  responseList: (code, type) => `Si se ejecuta correctamente, este método devuelve un código de respuesta ${code} y una colección de objetos ${type} en el cuerpo de la respuesta.`,
  responseCreated: (code, type) => `Si se ejecuta correctamente, este método devuelve un código de respuesta ${code} y el nuevo objeto ${type} en el cuerpo de la respuesta.`,
  responseNoContent: (code) => `Si se ejecuta correctamente, este método devuelve un código de respuesta ${code}.`,
  queryParameters: (link) => `Este método admite algunos de los ${link('parámetros de consulta de OData')} para ajustar la respuesta.`,
  exampleRequest: 'En el ejemplo siguiente se muestra una solicitud.',
  exampleResponse: 'En el ejemplo siguiente se muestra la respuesta. Es posible que el objeto mostrado aquí esté acortado para facilitar la lectura.',
  enumIntro: (words) => `Valores posibles para ${words}.`,
  resourceIntro: (words) => `Representa un ${words} y la configuración que le pertenece.`,
  possibleValues: (codes) => `Los valores posibles son: ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `Identificador único del objeto ${owner}. Solo lectura.`,
    text: (words, owner) => `El valor ${words} del objeto ${owner}.`,
    flag: (words) => `Indica si ${words} está activado.`,
    time: (words) => `Fecha y hora de ${words}. La marca de tiempo está en formato ISO 8601 y siempre en UTC.`,
    count: (words, owner) => `Número de ${words} de este objeto ${owner}.`,
    list: (words, owner) => `Los ${words} que pertenecen al objeto ${owner}.`,
    other: (words, owner) => `El ${words} asociado al objeto ${owner}.`
  },
  memberDescription: (words) => `Estado ${words}.`,
  collection: (type) => `Colección ${type}`,
  words: {
    none: 'ninguno', unknown: 'desconocido', default: 'predeterminado', enabled: 'habilitado',
    disabled: 'deshabilitado', completed: 'completado', failed: 'error', pending: 'pendiente', success: 'correcto',
    active: 'activo', other: 'otro', low: 'bajo', high: 'alto', normal: 'normal', custom: 'personalizado',
    blocked: 'bloqueado', allowed: 'permitido', valid: 'válido', expired: 'expirado', invalid: 'no válido',
    business: 'empresa', education: 'educación', text: 'texto', private: 'privado', id: 'Id.', name: 'nombre',
    displayName: 'nombre para mostrar', description: 'descripción', status: 'estado', state: 'estado',
    type: 'tipo', token: 'token', subject: 'asunto', body: 'cuerpo'
  },
  primitives: {Boolean: 'Booleano', String: 'Cadena', Int32: 'Entero', Int64: 'Entero largo', DateTimeOffset: 'Fecha y hora', Guid: 'Identificador global'},
  headers: {
    Authorization: ['Autorización'],
    Accept: ['Aceptar tipo', 'Aceptar'],
    'Content-Type': ['Tipo de contenido'],
    Prefer: ['Preferencia de respuesta', 'Preferir'],
    'If-Match': ['Si coincide']
  },
  methods: {GET: 'OBTENER', POST: 'PUBLICAR', PATCH: 'REVISIÓN', DELETE: 'ELIMINAR'},
  pathWords: ['administraciónDeDispositivos', 'tokensDeAplicación', 'mensajesLeídos', 'reuniónSemanal', 'usuariosAñadidos'],
  numberWords: ['cero', 'uno', 'dos', 'tres'],
  scopeAll: 'Todos'
}
