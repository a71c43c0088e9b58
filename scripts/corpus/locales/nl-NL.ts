/** Dutch fragments. */
import type {LocaleText} from './types.js'

export const dutch: LocaleText = {
  locale: 'nl-NL',
  script: 'ëïéèöü',
  enumTitle: (name) => `${name} opsommingstype`,
  resourceTitle: (name) => `${name} resourcetype`,
  operationTitle: {
    list: (name) => `${name}-objecten weergeven`,
    get: (name) => `${name} ophalen`,
    create: (name) => `${name} maken`,
    update: (name) => `${name} bijwerken`,
    delete: (name) => `${name} verwijderen`
  },
  operationSummary: {
    list: (type) => `Een lijst met ${type}-objecten en hun eigenschappen ophalen.`,
    get: (type) => `De eigenschappen en relaties van een ${type}-object lezen.`,
    create: (type) => `Een nieuw ${type}-object maken.`,
    update: (type) => `De eigenschappen van een ${type}-object bijwerken.`,
    delete: (type) => `Een ${type}-object verwijderen.`
  },
  betaNote: '**Belangrijk:** het /beta-eindpunt van Microsoft Graph kan op elk moment veranderen. Productie-apps mogen er niet van afhankelijk zijn.',
  intuneNote: (link) => `**Opmerking:** voor het beheren van Intune via Microsoft Graph heeft de tenant een ${link('actieve Intune-licentie')} nodig.`,
  headings: {
    members: 'Leden',
    properties: 'Eigenschappen',
    relationships: 'Relaties',
    jsonRepresentation: 'JSON-weergave',
    methods: 'Methoden',
    prerequisites: 'Vereisten',
    httpRequest: 'HTTP-aanvraag',
    optionalQueryParameters: 'Optionele queryparameters',
    requestHeaders: 'Aanvraagheaders',
    requestBody: 'Aanvraagbody',
    response: 'Antwoord',
    example: 'Voorbeeld',
    request: 'Aanvraag'
  },
  columns: {
    member: 'Lid',
    value: 'Waarde',
    description: 'Beschrijving',
    property: 'Eigenschap',
    type: 'Type',
    header: 'Koptekst',
    permissionType: 'Type machtiging',
    permissions: 'Machtigingen (van meest naar minst bevoegd)',
    method: 'Methode',
    returnType: 'Retourtype',
    relationship: 'Relatie'
  },
  delegatedWork: 'Gedelegeerd (werk- of schoolaccount)',
  delegatedPersonal: 'Gedelegeerd (persoonlijk Microsoft-account)',
  application: 'Toepassing',
  notSupported: 'Niet ondersteund.',
  bearer: 'Bearer &lt;token&gt;. Vereist.',
  permissionsIntro: (link) => `Voor het aanroepen van deze API is een van de volgende machtigingen vereist. Zie ${link('Machtigingen')} voor meer informatie over het kiezen van machtigingen.`,
  noRequestBody: 'Geef geen aanvraagbody op voor deze methode.',
  requestBodyIntro: (type) => `Geef in de aanvraagbody een JSON-weergave op van het ${type}-object.`,
  responseOk: (code, type) => `Als de methode slaagt, retourneert deze de antwoordcode ${code} en een ${type}-object in de antwoordbody.`,
  responseList: (code, type) => `Als de methode slaagt, retourneert deze de antwoordcode ${code} en een verzameling ${type}-objecten in de antwoordbody.`,
  responseCreated: (code, type) => `Als de methode slaagt, retourneert deze de antwoordcode ${code} en het nieuwe ${type}-object in de antwoordbody.`,
  responseNoContent: (code) => `Als de methode slaagt, retourneert deze de antwoordcode ${code}.`,
  queryParameters: (link) => `Deze methode ondersteunt enkele van de ${link('OData-queryparameters')} om het antwoord aan te passen.`,
  exampleRequest: 'In het volgende voorbeeld ziet u een aanvraag.',
  exampleResponse: 'In het volgende voorbeeld ziet u het antwoord. Het object dat hier wordt weergegeven, kan zijn ingekort voor de leesbaarheid.',
  enumIntro: (words) => `Mogelijke waarden voor ${words}.`,
  resourceIntro: (words) => `Vertegenwoordigt een ${words} en de bijbehorende instellingen.`,
  possibleValues: (codes) => `Mogelijke waarden zijn: ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `De unieke id van het ${owner}-object. Alleen-lezen.`,
    text: (words, owner) => `De waarde ${words} van het ${owner}-object.`,
    flag: (words) => `Geeft aan of ${words} is ingeschakeld.`,
    time: (words) => `Datum en tijd van ${words}. De tijdstempel heeft de ISO 8601-indeling en is altijd in UTC.`,
    count: (words, owner) => `Het aantal ${words} voor dit ${owner}-object.`,
    list: (words, owner) => `De ${words} die bij het ${owner}-object horen.`,
    other: (words, owner) => `De ${words} die aan het ${owner}-object is gekoppeld.`
  },
  memberDescription: (words) => `Status ${words}.`,
  collection: (type) => `${type}-verzameling`,
  words: {
    none: 'geen', unknown: 'onbekend', default: 'standaard', enabled: 'ingeschakeld', disabled: 'uitgeschakeld',
    completed: 'voltooid', failed: 'mislukt', pending: 'in behandeling', success: 'geslaagd', active: 'actief',
    other: 'overig', low: 'laag', high: 'hoog', normal: 'normaal', custom: 'aangepast', blocked: 'geblokkeerd',
    allowed: 'toegestaan', valid: 'geldig', expired: 'verlopen', invalid: 'ongeldig', business: 'zakelijk',
    education: 'onderwijs', text: 'tekst', private: 'privé', id: 'Id', name: 'naam', displayName: 'weergavenaam',
    description: 'beschrijving', status: 'status', state: 'toestand', type: 'type', token: 'token',
    subject: 'onderwerp', body: 'hoofdtekst'
  },
  primitives: {Boolean: 'Booleaanse waarde', String: 'Tekenreeks', Int32: 'Geheel getal', Int64: 'Lang geheel getal', DateTimeOffset: 'Datum/tijd', Guid: 'Globale id'},
  headers: {
    Authorization: ['Autorisatie vereist', 'Autorisatie'],
    Accept: ['Accepteren type', 'Accepteren'],
    'Content-Type': ['Type inhoud', 'Inhoudstype'],
    Prefer: ['Voorkeur geven'],
    'If-Match': ['Als overeenkomt']
  },
  methods: {GET: 'OPHALEN', POST: 'PLAATSEN', PATCH: 'PATCHEN', DELETE: 'VERWIJDEREN'},
  pathWords: ['ideeën', 'privé', 'geëxporteerd', 'geïmporteerd', 'financiën'],
  numberWords: ['nul', 'een', 'twee', 'drie'],
  scopeAll: 'Alles'
}
