/** French fragments. */
import type {LocaleText} from './types.js'

export const french: LocaleText = {
  locale: 'fr-FR',
  script: 'éèàçùêô',
  enumTitle: (name) => `Type énuméré ${name}`,
  resourceTitle: (name) => `Type de ressource ${name}`,
  operationTitle: {
    list: (name) => `Répertorier les objets ${name}`,
    get: (name) => `Obtenir ${name}`,
    create: (name) => `Créer ${name}`,
    update: (name) => `Mettre à jour ${name}`,
    delete: (name) => `Supprimer ${name}`
  },
  operationSummary: {
    list: (type) => `Récupérez la liste des objets ${type} et de leurs propriétés.`,
    get: (type) => `Lisez les propriétés et les relations d’un objet ${type}.`,
    create: (type) => `Créez un objet ${type}.`,
    update: (type) => `Mettez à jour les propriétés d’un objet ${type}.`,
    delete: (type) => `Supprimez un objet ${type}.`
  },
  betaNote: '**Important :** le point de terminaison /beta de Microsoft Graph peut changer à tout moment. Les applications de production ne doivent pas en dépendre.',
  intuneNote: (link) => `**Remarque :** la gestion d’Intune via Microsoft Graph nécessite une ${link('licence Intune active')} pour le client.`,
  headings: {
    members: 'Membres',
    properties: 'Propriétés',
    relationships: 'Relations',
    jsonRepresentation: 'Représentation JSON',
    methods: 'Méthodes',
    prerequisites: 'Conditions préalables',
    httpRequest: 'Requête HTTP',
    optionalQueryParameters: 'Paramètres de requête facultatifs',
    requestHeaders: 'En-têtes de demande',
    requestBody: 'Corps de la demande',
    response: 'Réponse',
    example: 'Exemple',
    request: 'Demande'
  },
  columns: {
    member: 'Membre',
    value: 'Valeur',
    description: 'Description',
    property: 'Propriété',
    type: 'Type',
    header: 'En-tête',
    permissionType: 'Type d’autorisation',
    permissions: 'Autorisations (de la plus privilégiée à la moins privilégiée)',
    method: 'Méthode',
    returnType: 'Type renvoyé',
    relationship: 'Relation'
  },
  delegatedWork: 'Déléguée (compte professionnel ou scolaire)',
  delegatedPersonal: 'Déléguée (compte Microsoft personnel)',
  application: 'Application',
  notSupported: 'Non prise en charge.',
  bearer: 'Porteur &lt;jeton&gt;. Obligatoire.',
  permissionsIntro: (link) => `L’une des autorisations suivantes est nécessaire pour appeler cette API. Pour savoir comment choisir les autorisations, voir ${link('Autorisations')}.`,
  noRequestBody: 'N’indiquez pas de corps de demande pour cette méthode.',
  requestBodyIntro: (type) => `Dans le corps de la demande, fournissez une représentation JSON de l’objet ${type}.`,
  responseOk: (code, type) => `Si elle réussit, cette méthode renvoie un code de réponse ${code} et un objet ${type} dans le corps de la réponse.`,
  responseList: (code, type) => `Si elle réussit, cette méthode renvoie un code de réponse ${code} et une collection d’objets ${type} dans le corps de la réponse.`,
  responseCreated: (code, type) => `Si elle réussit, cette méthode renvoie un code de réponse ${code} et le nouvel objet ${type} dans le corps de la réponse.`,
  responseNoContent: (code) => `Si elle réussit, cette méthode renvoie un code de réponse ${code}.`,
  queryParameters: (link) => `Cette méthode prend en charge certains ${link('paramètres de requête OData')} pour adapter la réponse.`,
  exampleRequest: 'L’exemple suivant montre une demande.',
  exampleResponse: 'L’exemple suivant montre la réponse. L’objet présenté ici peut être raccourci pour plus de lisibilité.',
  enumIntro: (words) => `Valeurs possibles pour ${words}.`,
  resourceIntro: (words) => `Représente un ${words} et les paramètres qui lui appartiennent.`,
  possibleValues: (codes) => `Les valeurs possibles sont : ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `Identificateur unique de l’objet ${owner}. En lecture seule.`,
    text: (words, owner) => `La valeur ${words} de l’objet ${owner}.`,
    flag: (words) => `Indique si ${words} est activé.`,
    time: (words) => `Date et heure de ${words}. L’horodatage est au format ISO 8601 et toujours en UTC.`,
    count: (words, owner) => `Nombre de ${words} pour cet objet ${owner}.`,
    list: (words, owner) => `Les ${words} qui appartiennent à l’objet ${owner}.`,
    other: (words, owner) => `Le ${words} associé à l’objet ${owner}.`
  },
  memberDescription: (words) => `État ${words}.`,
  collection: (type) => `Collection ${type}`,
  words: {
    none: 'aucun', unknown: 'inconnu', default: 'par défaut', enabled: 'activé', disabled: 'désactivé',
    completed: 'terminé', failed: 'échec', pending: 'en attente', success: 'réussite', active: 'actif',
    other: 'autre', low: 'faible', high: 'élevé', normal: 'normal', custom: 'personnalisé', blocked: 'bloqué',
    allowed: 'autorisé', valid: 'valide', expired: 'expiré', invalid: 'non valide', business: 'entreprise',
    education: 'éducation', text: 'texte', private: 'privé', id: 'ID', name: 'nom', displayName: 'nom complet',
    description: 'description', status: 'statut', state: 'état', type: 'type', token: 'jeton', subject: 'objet',
    body: 'corps'
  },
  primitives: {Boolean: 'Booléen', String: 'Chaîne', Int32: 'Entier', Int64: 'Entier long', DateTimeOffset: 'Date/heure', Guid: 'Identificateur global'},
  headers: {
    Authorization: ['Autorisation requise', 'Autorisation'],
    Accept: ['Accepter le type', 'Accepter'],
    'Content-Type': ['Type de contenu'],
    Prefer: ['Préférer'],
    'If-Match': ['Si correspondance']
  },
  methods: {GET: 'OBTENIR', POST: 'PUBLIER', PATCH: 'CORRECTIF', DELETE: 'SUPPRIMER'},
  pathWords: ['appareilsGérés', 'paramètres', 'élémentsEnvoyés', 'événements', 'utilisateursGérés'],
  numberWords: ['zéro', 'un', 'deux', 'trois'],
  scopeAll: 'Tout'
}
