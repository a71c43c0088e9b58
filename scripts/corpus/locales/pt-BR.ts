/** Brazilian Portuguese fragments. */
import type {LocaleText} from './types.js'

export const portuguese: LocaleText = {
  locale: 'pt-BR',
  script: 'ãõçáéíóúâê',
  enumTitle: (name) => `Tipo de enumeração ${name}`,
  resourceTitle: (name) => `Tipo de recurso ${name}`,
  operationTitle: {
    list: (name) => `Listar objetos ${name}`,
    get: (name) => `Obter ${name}`,
    create: (name) => `Criar ${name}`,
    update: (name) => `Atualizar ${name}`,
    delete: (name) => `Excluir ${name}`
  },
  operationSummary: {
    list: (type) => `Recupere uma lista de objetos ${type} e suas propriedades.`,
    get: (type) => `Leia as propriedades e relações de um objeto ${type}.`,
    create: (type) => `Crie um novo objeto ${type}.`,
    update: (type) => `Atualize as propriedades de um objeto ${type}.`,
    delete: (type) => `Exclua um objeto ${type}.`
  },
  betaNote: '**Importante:** o ponto de extremidade /beta do Microsoft Graph pode mudar a qualquer momento. Aplicativos de produção não devem depender dele.',
  intuneNote: (link) => `**Observação:** gerenciar o Intune pelo Microsoft Graph exige uma ${link('licença ativa do Intune')} para o locatário.`,
  headings: {
    members: 'Membros',
    properties: 'Propriedades',
    relationships: 'Relações',
    jsonRepresentation: 'Representação JSON',
    methods: 'Métodos',
    prerequisites: 'Pré-requisitos',
    httpRequest: 'Solicitação HTTP',
    optionalQueryParameters: 'Parâmetros de consulta opcionais',
    requestHeaders: 'Cabeçalhos de solicitação',
    requestBody: 'Corpo da solicitação',
    response: 'Resposta',
    example: 'Exemplo',
    request: 'Solicitação'
  },
  columns: {
    member: 'Membro',
    value: 'Valor',
    description: 'Descrição',
    property: 'Propriedade',
    type: 'Tipo',
    header: 'Cabeçalho',
    permissionType: 'Tipo de permissão',
    permissions: 'Permissões (da com mais para a com menos privilégios)',
    method: 'Método',
    returnType: 'Tipo de retorno',
    relationship: 'Relação'
  },
  delegatedWork: 'Delegado (conta corporativa ou de estudante)',
  delegatedPersonal: 'Delegado (conta pessoal da Microsoft)',
  application: 'Aplicativo',
  notSupported: 'Sem suporte.',
  bearer: 'Portador &lt;token&gt;. Obrigatório.',
  permissionsIntro: (link) => `Uma das permissões a seguir é necessária para chamar esta API. Para saber como escolher permissões, confira ${link('Permissões')}.`,
  noRequestBody: 'Não forneça um corpo de solicitação para esse método.',
  requestBodyIntro: (type) => `No corpo da solicitação, forneça uma representação JSON do objeto ${type}.`,
  responseOk: (code, type) => `Se bem-sucedido, este método retorna um código de resposta ${code} e um objeto ${type} no corpo da resposta.`,
  responseList: (code, type) => `Se bem-sucedido, este método retorna um código de resposta ${code} e uma coleção de objetos ${type} no corpo da resposta.`,
  responseCreated: (code, type) => `Se bem-sucedido, este método retorna um código de resposta ${code} e o novo objeto ${type} no corpo da resposta.`,
  responseNoContent: (code) => `Se bem-sucedido, este método retorna um código de resposta ${code}.`,
  queryParameters: (link) => `Este método dá suporte a alguns dos ${link('parâmetros de consulta OData')} para ajustar a resposta.`,
  exampleRequest: 'O exemplo a seguir mostra uma solicitação.',
  exampleResponse: 'O exemplo a seguir mostra a resposta. O objeto mostrado aqui pode estar truncado para facilitar a leitura.',
  enumIntro: (words) => `Valores possíveis para ${words}.`,
  resourceIntro: (words) => `Representa um ${words} e as configurações que pertencem a ele.`,
  possibleValues: (codes) => `Os valores possíveis são: ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `Identificador exclusivo do objeto ${owner}. Somente leitura.`,
    text: (words, owner) => `O valor ${words} do objeto ${owner}.`,
    flag: (words) => `Indica se ${words} está ativado.`,
    time: (words) => `Data e hora de ${words}. O carimbo de data/hora está no formato ISO 8601 e sempre em UTC.`,
    count: (words, owner) => `Número de ${words} deste objeto ${owner}.`,
    list: (words, owner) => `Os ${words} que pertencem ao objeto ${owner}.`,
    other: (words, owner) => `O ${words} associado ao objeto ${owner}.`
  },
  memberDescription: (words) => `Estado ${words}.`,
  collection: (type) => `Coleção ${type}`,
  words: {
    none: 'nenhum', unknown: 'desconhecido', default: 'padrão', enabled: 'habilitado', disabled: 'desabilitado',
    completed: 'concluído', failed: 'falha', pending: 'pendente', success: 'êxito', active: 'ativo', other: 'outro',
    low: 'baixo', high: 'alto', normal: 'normal', custom: 'personalizado', blocked: 'bloqueado',
    allowed: 'permitido', valid: 'válido', expired: 'expirado', invalid: 'inválido', business: 'empresa',
    education: 'educação', text: 'texto', private: 'privado', id: 'ID', name: 'nome', displayName: 'nome de exibição',
    description: 'descrição', status: 'status', state: 'estado', type: 'tipo', token: 'token', subject: 'assunto',
    body: 'corpo'
  },
  primitives: {Boolean: 'Booliano', String: 'Cadeia de caracteres', Int32: 'Inteiro', Int64: 'Inteiro longo', DateTimeOffset: 'Data e hora', Guid: 'Identificador global'},
  headers: {
    Authorization: ['Autorização'],
    Accept: ['Aceitar tipo', 'Aceitar'],
    'Content-Type': ['Tipo de conteúdo'],
    Prefer: ['Preferência'],
    'If-Match': ['Se corresponder']
  },
  methods: {GET: 'OBTER', POST: 'POSTAR', PATCH: 'CORREÇÃO', DELETE: 'EXCLUIR'},
  pathWords: ['gerenciamentoDeAplicações', 'tokensDeAplicação', 'mensagensNãoLidas', 'reuniões', 'usuáriosGerenciados'],
  numberWords: ['zero', 'um', 'dois', 'três'],
  scopeAll: 'Todos'
}
