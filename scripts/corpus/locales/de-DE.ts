/** German fragments. */
import type {LocaleText} from './types.js'

export const german: LocaleText = {
  locale: 'de-DE',
  script: 'äöüßÄÖÜ',
  enumTitle: (name) => `${name[0]!.toUpperCase()}${name.slice(1)} Enum-Typ`,
  resourceTitle: (name) => `${name}-Ressourcentyp`,
  operationTitle: {
    list: (name) => `${name}-Objekte auflisten`,
    get: (name) => `${name} abrufen`,
    create: (name) => `${name} erstellen`,
    update: (name) => `${name} aktualisieren`,
    delete: (name) => `${name} löschen`
  },
  operationSummary: {
    list: (type) => `Eine Liste von ${type}-Objekten und deren Eigenschaften abrufen.`,
    get: (type) => `Die Eigenschaften und Beziehungen eines ${type}-Objekts lesen.`,
    create: (type) => `Ein neues ${type}-Objekt erstellen.`,
    update: (type) => `Die Eigenschaften eines ${type}-Objekts aktualisieren.`,
    delete: (type) => `Ein ${type}-Objekt löschen.`
  },
  betaNote: '**Wichtig:** Der /beta-Endpunkt von Microsoft Graph kann sich jederzeit ändern. Produktionsanwendungen sollten sich nicht darauf verlassen.',
  intuneNote: (link) => `**Hinweis:** Für die Verwaltung von Intune über Microsoft Graph ist eine ${link('aktive Intune-Lizenz')} für den Mandanten erforderlich.`,
  headings: {
    members: 'Elemente',
    properties: 'Eigenschaften',
    relationships: 'Beziehungen',
    jsonRepresentation: 'JSON-Darstellung',
    methods: 'Methoden',
    prerequisites: 'Voraussetzungen',
    httpRequest: 'HTTP-Anforderung',
    optionalQueryParameters: 'Optionale Abfrageparameter',
    requestHeaders: 'Anforderungsheader',
    requestBody: 'Anforderungstext',
    response: 'Antwort',
    example: 'Beispiel',
    request: 'Anforderung'
  },
  columns: {
    member: 'Member',
    value: 'Wert',
    description: 'Beschreibung',
    property: 'Eigenschaft',
    type: 'Typ',
    header: 'Kopfzeile',
    permissionType: 'Berechtigungstyp',
    permissions: 'Berechtigungen (von der höchsten zur niedrigsten Berechtigung)',
    method: 'Methode',
    returnType: 'Rückgabetyp',
    relationship: 'Beziehung'
  },
  delegatedWork: 'Delegiert (Geschäfts-, Schul- oder Unikonto)',
  delegatedPersonal: 'Delegiert (persönliches Microsoft-Konto)',
  application: 'Anwendung',
  notSupported: 'Nicht unterstützt.',
  bearer: 'Bearer &lt;Token&gt;. Erforderlich.',
  permissionsIntro: (link) => `Für den Aufruf dieser API ist eine der folgenden Berechtigungen erforderlich. Wie Sie Berechtigungen auswählen, erfahren Sie unter ${link('Berechtigungen')}.`,
  noRequestBody: 'Geben Sie für diese Methode keinen Anforderungstext an.',
  requestBodyIntro: (type) => `Geben Sie im Anforderungstext eine JSON-Darstellung des ${type}-Objekts an.`,
  responseOk: (code, type) => `Bei erfolgreicher Ausführung gibt die Methode den Antwortcode ${code} und ein ${type}-Objekt im Antworttext zurück.`,
  responseList: (code, type) => `Bei erfolgreicher Ausführung gibt die Methode den Antwortcode ${code} und eine Sammlung von ${type}-Objekten im Antworttext zurück.`,
  responseCreated: (code, type) => `Bei erfolgreicher Ausführung gibt die Methode den Antwortcode ${code} und das neue ${type}-Objekt im Antworttext zurück.`,
  responseNoContent: (code) => `Bei erfolgreicher Ausführung gibt die Methode den Antwortcode ${code} zurück.`,
  queryParameters: (link) => `Diese Methode unterstützt einige der ${link('OData-Abfrageparameter')} zur Anpassung der Antwort.`,
  exampleRequest: 'Das folgende Beispiel zeigt eine Anforderung.',
  exampleResponse: 'Das folgende Beispiel zeigt die Antwort. Das hier gezeigte Objekt ist möglicherweise zur besseren Lesbarkeit gekürzt.',
  enumIntro: (words) => `Mögliche Werte für ${words}.`,
  resourceIntro: (words) => `Stellt ein ${words} und die zugehörigen Einstellungen dar.`,
  possibleValues: (codes) => `Mögliche Werte sind: ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `Eindeutiger Bezeichner des ${owner}. Schreibgeschützt.`,
    text: (words, owner) => `Der Wert ${words} des ${owner}.`,
    flag: (words) => `Gibt an, ob ${words} aktiviert ist.`,
    time: (words) => `Datum und Uhrzeit von ${words}. Der Zeitstempel hat das ISO 8601-Format und ist immer in UTC.`,
    count: (words, owner) => `Die Anzahl von ${words} für dieses ${owner}.`,
    list: (words, owner) => `Die ${words}, die zu ${owner} gehören.`,
    other: (words, owner) => `Das ${words}, das dem ${owner} zugeordnet ist.`
  },
  memberDescription: (words) => `Status ${words}.`,
  collection: (type) => `${type}-Sammlung`,
  words: {
    none: 'Keine', unknown: 'Unbekannt', default: 'Standard', enabled: 'Aktiviert', disabled: 'Deaktiviert',
    completed: 'abgeschlossen', failed: 'Fehlgeschlagen', pending: 'Ausstehend', success: 'Erfolg', active: 'Aktiv',
    other: 'Andere', low: 'Niedrig', high: 'Hoch', normal: 'Normal', custom: 'Benutzerdefiniert',
    blocked: 'Blockiert', allowed: 'Zulässig', valid: 'Gültig', expired: 'Abgelaufen', invalid: 'Ungültig',
    business: 'Unternehmen', education: 'Bildung', text: 'Text', private: 'Privat', id: 'ID', name: 'Name',
    displayName: 'Anzeigename', description: 'Beschreibung', status: 'Status', state: 'Zustand', type: 'Typ',
    token: 'Token', subject: 'Betreff', body: 'Text'
  },
  primitives: {Boolean: 'Boolescher Wert', String: 'Zeichenfolge', Int32: 'Ganzzahl', Int64: 'Lange Ganzzahl', DateTimeOffset: 'Datums-/Uhrzeitoffset', Guid: 'Globaler Bezeichner'},
  headers: {
    Authorization: ['Autorisierung erforderlich', 'Autorisierung'],
    Accept: ['Übernehmen', 'Akzeptieren'],
    'Content-Type': ['Inhalts Typ', 'Inhaltstyp'],
    Prefer: ['Bevorzugen Sie', 'Bevorzugen'],
    'If-Match': ['Wenn übereinstimmend']
  },
  methods: {GET: 'ABRUFEN', POST: 'BEITRAG', PATCH: 'PATCHEN', DELETE: 'LÖSCHEN'},
  pathWords: ['Geräteverwaltung', 'Gerätetoken', 'Nachrichtenübersicht', 'Ereignisübersicht', 'Benutzerübersicht'],
  numberWords: ['Null', 'Eins', 'Zwei', 'Drei'],
  scopeAll: 'Alle'
}
