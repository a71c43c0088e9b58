/**
 * Every rule locdoc has, in the order they run. A rule is registered here and
 * nowhere else; ids are unique (checked by a test).
 */
import type {Rule} from './create-rule.js'
import {apiEnumMember} from './api-enum-member.js'
import {apiEnumMissingMember} from './api-enum-missing-member.js'
import {apiEnumValue} from './api-enum-value.js'
import {apiHttpOperation} from './api-http-operation.js'
import {apiJsonExample} from './api-json-example.js'
import {apiMethodReturnType} from './api-method-return-type.js'
import {apiParameterName} from './api-parameter-name.js'
import {apiParameterType} from './api-parameter-type.js'
import {apiPermissionScope} from './api-permission-scope.js'
import {apiPropertyMissing} from './api-property-missing.js'
import {apiPropertyName} from './api-property-name.js'
import {apiPropertyType} from './api-property-type.js'
import {codeLine} from './code-line.js'
import {codeToken} from './code-token.js'
import {enumMemberName} from './enum-member-name.js'
import {enumMemberValue} from './enum-member-value.js'
import {frontMatter} from './front-matter.js'
import {headerName} from './header-name.js'
import {headerValue} from './header-value.js'
import {httpRequest} from './http-request.js'
import {inlineCode} from './inline-code.js'
import {linkTarget} from './link-target.js'
import {parameterDirection} from './parameter-direction.js'
import {permissionScope} from './permission-scope.js'
import {propertyName} from './property-name.js'
import {representationProperty} from './representation-property.js'
import {sourceAlignment} from './source-alignment.js'
import {spanStructure} from './span-structure.js'
import {typeName} from './type-name.js'
import {verbatimToken} from './verbatim-token.js'

export const translationRules: readonly Rule[] = [
  enumMemberName,
  enumMemberValue,
  propertyName,
  representationProperty,
  typeName,
  headerName,
  headerValue,
  permissionScope,
  inlineCode,
  linkTarget,
  httpRequest,
  codeToken,
  verbatimToken,
  parameterDirection,
  codeLine
]

export const structureRules: readonly Rule[] = [spanStructure, frontMatter, sourceAlignment]

/** Rules that validate a page against the API schema (embedded or imported). */
export const apiRules: readonly Rule[] = [
  apiEnumMember,
  apiEnumValue,
  apiEnumMissingMember,
  apiPropertyName,
  apiPropertyType,
  apiPropertyMissing,
  apiJsonExample,
  apiHttpOperation,
  apiPermissionScope,
  apiMethodReturnType,
  apiParameterName,
  apiParameterType
]

export const rules: readonly Rule[] = [...structureRules, ...translationRules, ...apiRules]

/** Every id a finding can carry, including the ids used for faults in the English source. */
export function ruleIds(all: readonly Rule[] = rules): string[] {
  return all.flatMap((rule) => (rule.meta.sourceId ? [rule.meta.id, rule.meta.sourceId] : [rule.meta.id]))
}
