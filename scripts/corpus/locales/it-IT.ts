/** Italian fragments. */
import type {LocaleText} from './types.js'

export const italian: LocaleText = {
  locale: 'it-IT',
  script: 'àèéìòù',
  enumTitle: (name) => `Tipo di enumerazione ${name}`,
  resourceTitle: (name) => `Tipo di risorsa ${name}`,
  operationTitle: {
    list: (name) => `Elencare oggetti ${name}`,
    get: (name) => `Ottenere ${name}`,
    create: (name) => `Creare ${name}`,
    update: (name) => `Aggiornare ${name}`,
    delete: (name) => `Eliminare ${name}`
  },
  operationSummary: {
    list: (type) => `Recuperare un elenco di oggetti ${type} e delle relative proprietà.`,
    get: (type) => `Leggere le proprietà e le relazioni di un oggetto ${type}.`,
    create: (type) => `Creare un nuovo oggetto ${type}.`,
    update: (type) => `Aggiornare le proprietà di un oggetto ${type}.`,
    delete: (type) => `Eliminare un oggetto ${type}.`
  },
  betaNote: '**Importante:** l’endpoint /beta di Microsoft Graph può cambiare in qualsiasi momento. Le app di produzione non devono dipendere da esso.',
  intuneNote: (link) => `**Nota:** per gestire Intune tramite Microsoft Graph, il tenant deve avere una ${link('licenza di Intune attiva')}.`,
  headings: {
    members: 'Membri',
    properties: 'Proprietà',
    relationships: 'Relazioni',
    jsonRepresentation: 'Rappresentazione JSON',
    methods: 'Metodi',
    prerequisites: 'Prerequisiti',
    httpRequest: 'Richiesta HTTP',
    optionalQueryParameters: 'Parametri di query facoltativi',
    requestHeaders: 'Intestazioni della richiesta',
    requestBody: 'Corpo della richiesta',
    response: 'Risposta',
    example: 'Esempio',
    request: 'Richiesta'
  },
  columns: {
    member: 'Membro',
    value: 'Valore',
    description: 'Descrizione',
    property: 'Proprietà',
    type: 'Tipo',
    header: 'Intestazione',
    permissionType: 'Tipo di autorizzazione',
    permissions: 'Autorizzazioni (dalla più alla meno privilegiata)',
    method: 'Metodo',
    returnType: 'Tipo restituito',
    relationship: 'Relazione'
  },
  delegatedWork: 'Delegato (account aziendale o dell’istituto di istruzione)',
  delegatedPersonal: 'Delegato (account Microsoft personale)',
  application: 'Applicazione',
  notSupported: 'Non supportato.',
  bearer: 'Bearer &lt;token&gt;. Obbligatorio.',
  permissionsIntro: (link) => `Per chiamare questa API è richiesta una delle autorizzazioni seguenti. Per sapere come scegliere le autorizzazioni, vedere ${link('Autorizzazioni')}.`,
  noRequestBody: 'Non fornire un corpo della richiesta per questo metodo.',
  requestBodyIntro: (type) => `Nel corpo della richiesta, fornire una rappresentazione JSON dell’oggetto ${type}.`,
  responseOk: (code, type) => `In caso di esito positivo, questo metodo restituisce un codice di risposta ${code} e un oggetto ${type} nel corpo della risposta.`,
  responseList: (code, type) => `In caso di esito positivo, questo metodo restituisce un codice di risposta ${code} e una raccolta di oggetti ${type} nel corpo della risposta.`,
  responseCreated: (code, type) => `In caso di esito positivo, questo metodo restituisce un codice di risposta ${code} e il nuovo oggetto ${type} nel corpo della risposta.`,
  responseNoContent: (code) => `In caso di esito positivo, questo metodo restituisce un codice di risposta ${code}.`,
  queryParameters: (link) => `Questo metodo supporta alcuni dei ${link('parametri di query OData')} per adattare la risposta.`,
  exampleRequest: 'L’esempio seguente mostra una richiesta.',
  exampleResponse: 'L’esempio seguente mostra la risposta. L’oggetto mostrato qui potrebbe essere troncato per migliorarne la leggibilità.',
  enumIntro: (words) => `Valori possibili per ${words}.`,
  resourceIntro: (words) => `Rappresenta un ${words} e le impostazioni che gli appartengono.`,
  possibleValues: (codes) => `I valori possibili sono: ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `Identificatore univoco dell’oggetto ${owner}. Sola lettura.`,
    text: (words, owner) => `Il valore ${words} dell’oggetto ${owner}.`,
    flag: (words) => `Indica se ${words} è attivato.`,
    time: (words) => `Data e ora di ${words}. Il timestamp è in formato ISO 8601 ed è sempre in UTC.`,
    count: (words, owner) => `Numero di ${words} per questo oggetto ${owner}.`,
    list: (words, owner) => `Gli elementi ${words} che appartengono all’oggetto ${owner}.`,
    other: (words, owner) => `Il ${words} associato all’oggetto ${owner}.`
  },
  memberDescription: (words) => `Stato ${words}.`,
  collection: (type) => `Raccolta ${type}`,
  words: {
    none: 'nessuno', unknown: 'sconosciuto', default: 'predefinito', enabled: 'abilitato', disabled: 'disabilitato',
    completed: 'completato', failed: 'non riuscito', pending: 'in sospeso', success: 'riuscito', active: 'attivo',
    other: 'altro', low: 'basso', high: 'alto', normal: 'normale', custom: 'personalizzato', blocked: 'bloccato',
    allowed: 'consentito', valid: 'valido', expired: 'scaduto', invalid: 'non valido', business: 'azienda',
    education: 'istruzione', text: 'testo', private: 'privato', id: 'ID', name: 'nome', displayName: 'nome visualizzato',
    description: 'descrizione', status: 'stato', state: 'stato', type: 'tipo', token: 'token', subject: 'oggetto',
    body: 'corpo'
  },
  primitives: {Boolean: 'Booleano', String: 'Stringa', Int32: 'Intero', Int64: 'Intero lungo', DateTimeOffset: 'Data e ora', Guid: 'Identificatore globale'},
  headers: {
    Authorization: ['Autorizzazione'],
    Accept: ['Accetta tipo', 'Accetta'],
    'Content-Type': ['Tipo di contenuto'],
    Prefer: ['Preferenza'],
    'If-Match': ['Se corrisponde']
  },
  methods: {GET: 'OTTIENI', POST: 'PUBBLICA', PATCH: 'CORREZIONE', DELETE: 'ELIMINA'},
  pathWords: ['funzionalità', 'proprietà', 'attività', 'città', 'identità'],
  numberWords: ['zero', 'uno', 'due', 'tre'],
  scopeAll: 'Tutti'
}
