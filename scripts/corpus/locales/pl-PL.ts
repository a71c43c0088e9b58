/** Polish fragments. */
import type {LocaleText} from './types.js'

export const polish: LocaleText = {
  locale: 'pl-PL',
  script: 'ąćęłńóśźż',
  enumTitle: (name) => `Typ wyliczeniowy ${name}`,
  resourceTitle: (name) => `Typ zasobu ${name}`,
  operationTitle: {
    list: (name) => `Wyświetlanie listy obiektów ${name}`,
    get: (name) => `Pobieranie obiektu ${name}`,
    create: (name) => `Tworzenie obiektu ${name}`,
    update: (name) => `Aktualizowanie obiektu ${name}`,
    delete: (name) => `Usuwanie obiektu ${name}`
  },
  operationSummary: {
    list: (type) => `Pobierz listę obiektów ${type} i ich właściwości.`,
    get: (type) => `Odczytaj właściwości i relacje obiektu ${type}.`,
    create: (type) => `Utwórz nowy obiekt ${type}.`,
    update: (type) => `Zaktualizuj właściwości obiektu ${type}.`,
    delete: (type) => `Usuń obiekt ${type}.`
  },
  betaNote: '**Ważne:** punkt końcowy /beta programu Microsoft Graph może się zmienić w dowolnym momencie. Aplikacje produkcyjne nie powinny od niego zależeć.',
  intuneNote: (link) => `**Uwaga:** zarządzanie usługą Intune przez Microsoft Graph wymaga ${link('aktywnej licencji usługi Intune')} dla dzierżawy.`,
  headings: {
    members: 'Elementy członkowskie',
    properties: 'Właściwości',
    relationships: 'Relacje',
    jsonRepresentation: 'Reprezentacja JSON',
    methods: 'Metody',
    prerequisites: 'Wymagania wstępne',
    httpRequest: 'Żądanie HTTP',
    optionalQueryParameters: 'Opcjonalne parametry zapytania',
    requestHeaders: 'Nagłówki żądań',
    requestBody: 'Treść żądania',
    response: 'Odpowiedź',
    example: 'Przykład',
    request: 'Żądanie'
  },
  columns: {
    member: 'Element członkowski',
    value: 'Wartość',
    description: 'Opis',
    property: 'Właściwość',
    type: 'Typ',
    header: 'Nagłówek',
    permissionType: 'Typ uprawnienia',
    permissions: 'Uprawnienia (od najbardziej do najmniej uprzywilejowanych)',
    method: 'Metoda',
    returnType: 'Zwracany typ',
    relationship: 'Relacja'
  },
  delegatedWork: 'Delegowane (konto służbowe lub szkolne)',
  delegatedPersonal: 'Delegowane (osobiste konto Microsoft)',
  application: 'Aplikacja',
  notSupported: 'Nieobsługiwane.',
  bearer: 'Element nośny &lt;token&gt;. Wymagane.',
  permissionsIntro: (link) => `Do wywołania tego interfejsu API wymagane jest jedno z poniższych uprawnień. Aby dowiedzieć się, jak wybrać uprawnienia, zobacz ${link('Uprawnienia')}.`,
  noRequestBody: 'Nie podawaj treści żądania dla tej metody.',
  requestBodyIntro: (type) => `W treści żądania podaj reprezentację JSON obiektu ${type}.`,
  responseOk: (code, type) => `Jeśli operacja się powiedzie, ta metoda zwraca kod odpowiedzi ${code} i obiekt ${type} w treści odpowiedzi.`,
  responseList: (code, type) => `Jeśli operacja się powiedzie, ta metoda zwraca kod odpowiedzi ${code} i kolekcję obiektów ${type} w treści odpowiedzi.`,
  responseCreated: (code, type) => `Jeśli operacja się powiedzie, ta metoda zwraca kod odpowiedzi ${code} i nowy obiekt ${type} w treści odpowiedzi.`,
  responseNoContent: (code) => `Jeśli operacja się powiedzie, ta metoda zwraca kod odpowiedzi ${code}.`,
  queryParameters: (link) => `Ta metoda obsługuje niektóre ${link('parametry zapytania OData')} do dostosowania odpowiedzi.`,
  exampleRequest: 'Poniższy przykład przedstawia żądanie.',
  exampleResponse: 'Poniższy przykład przedstawia odpowiedź. Pokazany tu obiekt może zostać skrócony dla czytelności.',
  enumIntro: (words) => `Możliwe wartości dla ${words}.`,
  resourceIntro: (words) => `Reprezentuje ${words} i należące do niego ustawienia.`,
  possibleValues: (codes) => `Możliwe wartości to: ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `Unikatowy identyfikator obiektu ${owner}. Tylko do odczytu.`,
    text: (words, owner) => `Wartość ${words} obiektu ${owner}.`,
    flag: (words) => `Wskazuje, czy ${words} jest włączone.`,
    time: (words) => `Data i godzina ${words}. Sygnatura czasowa jest w formacie ISO 8601 i zawsze w UTC.`,
    count: (words, owner) => `Liczba ${words} dla tego obiektu ${owner}.`,
    list: (words, owner) => `Elementy ${words} należące do obiektu ${owner}.`,
    other: (words, owner) => `Wartość ${words} skojarzona z obiektem ${owner}.`
  },
  memberDescription: (words) => `Stan ${words}.`,
  collection: (type) => `Kolekcja ${type}`,
  words: {
    none: 'brak', unknown: 'nieznany', default: 'domyślny', enabled: 'włączony', disabled: 'wyłączony',
    completed: 'ukończono', failed: 'niepowodzenie', pending: 'oczekujące', success: 'powodzenie', active: 'aktywny',
    other: 'inny', low: 'niski', high: 'wysoki', normal: 'normalny', custom: 'niestandardowy',
    blocked: 'zablokowany', allowed: 'dozwolony', valid: 'prawidłowy', expired: 'wygasły', invalid: 'nieprawidłowy',
    business: 'firma', education: 'edukacja', text: 'tekst', private: 'prywatny', id: 'Identyfikator',
    name: 'nazwa', displayName: 'nazwa wyświetlana', description: 'opis', status: 'stan', state: 'stan',
    type: 'typ', token: 'token', subject: 'temat', body: 'treść'
  },
  primitives: {Boolean: 'Wartość logiczna', String: 'Ciąg', Int32: 'Liczba całkowita', Int64: 'Długa liczba całkowita', DateTimeOffset: 'Data i godzina', Guid: 'Identyfikator globalny'},
  headers: {
    Authorization: ['Autoryzacja'],
    Accept: ['Akceptuj typ', 'Akceptuj'],
    'Content-Type': ['Typ zawartości'],
    Prefer: ['Preferuj'],
    'If-Match': ['Jeśli pasuje']
  },
  methods: {GET: 'POBIERZ', POST: 'OPUBLIKUJ', PATCH: 'POPRAWKA', DELETE: 'USUŃ'},
  pathWords: ['zarządzanieUrządzeniami', 'żetony', 'wiadomości', 'spotkaniaŚrodowe', 'użytkownicy'],
  numberWords: ['zero', 'jeden', 'dwa', 'trzy'],
  scopeAll: 'Wszystkie'
}
