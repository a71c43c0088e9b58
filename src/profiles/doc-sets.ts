/**
 * The doc sets locdoc knows by shape. Facts about page layouts only: which
 * front matter or headings give a doc set away, which column headers and
 * row labels hold names, which sections are lists of names. Learned from the
 * published English pages of each doc set.
 */
import {Profile} from './profile.js'

/** Column headers (English) that hold names or literals in any doc set. */
export const commonVerbatimHeaders: readonly string[] = [
  '^(child |parent )?elements?( name)?$',
  '^attributes?( name)?$',
  '^(enum(eration)? )?(members?|constants?|values?|names?)$',
  '^(internal )?(type|field|property|parameter|variable|option|setting|key|flag|identifier|cmdlet|function|method|interface|structure|macro|specifier|@type) ?(name|value)s?$',
  '^(fields?|variables?|flags?|identifiers?|cmdlets?|functions?|interfaces?|structures?|macros?|specifiers?|format specifiers?)$',
  '^@type$',
  '^(possible|accepted|valid|allowed) values?$'
]

/** Column headers (English) whose cells are prose, however short. */
export const commonProseHeaders: readonly string[] = [
  '^(descriptions?|remarks?|notes?|comments?|meaning|usage|details|summary|explanation|purpose|required|optional|applies to|availability|supported|status|example|examples|use case|api use case|limit type|feature area|office applications?)$'
]

export const docSetProfiles: readonly Profile[] = [
  Profile.parse({
    id: 'powershell-help',
    description: 'PowerShell cmdlet help (platyPS): SYNTAX parameter sets, PARAMETERS `### -Name`, INPUTS/OUTPUTS type names.',
    match: {
      frontMatter: [
        {field: 'external help file', pattern: '.'},
        {field: 'Module Name', pattern: '.'}
      ]
    },
    caseInsensitiveNames: true,
    nameSections: [
      {section: '^syntax$', depth: 3, shape: 'leading-token'},
      {section: '^parameters$', depth: 3, shape: 'whole'},
      {section: '^(inputs|outputs)$', depth: 3, shape: 'whole', prose: ['^none$']}
    ]
  }),
  Profile.parse({
    id: 'dsc-resource',
    description: 'DSC resource and LCM reference: `Property | Description` tables of resource properties.',
    match: {headings: ['^dsc .* resource$', '^(msft_|msft-)'], frontMatter: [{field: 'title', pattern: '^dsc '}]},
    caseInsensitiveNames: true,
    verbatimHeaders: ['^property$', '^parameter$']
  }),
  Profile.parse({
    id: 'powershell-conceptual',
    description: 'PowerShell about_ topics, provider help and DSC articles: PowerShell names anywhere in prose, lists and tables.',
    match: {
      frontMatter: [
        {field: 'keywords', pattern: '\\b(powershell|dsc)\\b'},
        {field: 'online version', pattern: 'powershell'}
      ]
    },
    caseInsensitiveNames: true
  }),
  Profile.parse({
    id: 'ews-reference',
    description: 'Exchange Web Services element and operation reference: Attribute/Element tables, element information.',
    match: {
      headings: ['^element information$', '^attributes and elements$', '^[a-z]+ operation$', '^(soap headers|using soap headers)$'],
      frontMatter: [{field: 'api_type', pattern: '^schema$'}]
    },
    verbatimLabels: ['^validation file$', '^namespace$', '^can be empty$'],
    codeCaptions: true,
    namedLinks: true,
    apiNameField: 'api_name'
  }),
  Profile.parse({
    id: 'mapi-reference',
    description: 'Outlook MAPI reference: canonical property pages, interfaces, structures, functions and their quick-info tables.',
    match: {headings: ['^quick info$', '^related resources$', 'canonical property$'], frontMatter: [{field: 'api_type', pattern: '^(HeaderDef|COM|DllExport)$'}]},
    verbatimLabels: [
      '^(associated properties|property set|data type|identifier|state identifier|related data structure|header file|exposed on|interface identifier|pointer type|transaction|property tag|property type|long id \\(lid\\)|name):?$'
    ],
    termParagraphs: true,
    namedLinks: true,
    apiNameField: 'api_name'
  }),
  Profile.parse({
    id: 'office-add-in-reference',
    description: 'Office add-in manifest elements and requirement sets: Attribute/Element tables, methods in a set.',
    match: {headings: ['^contained in$', 'requirement sets?$', 'api requirement set', '^child elements$', '^attributes$']},
    proseHeaders: ['^type$', '^required$', '^(office )?applications?$']
  }),
  Profile.parse({
    id: 'nuget-reference',
    description: 'NuGet server API resources and NuGet PowerShell/CLI reference: `@type` tables, parameter tables with an `In` column.',
    match: {headings: ['^versioning$', '^base url$', '^http methods$', '^request parameters$'], frontMatter: [{field: 'title', pattern: 'nuget'}]}
  }),
  Profile.parse({
    id: 'teams-reference',
    description: 'Microsoft Teams app manifest and schema reference: `Name | Type | Maximum size | Required | Description` tables.',
    match: {headings: ['manifest schema', '^schema reference$']},
    proseHeaders: ['^maximum size$']
  })
]
