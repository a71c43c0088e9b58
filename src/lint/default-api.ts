/**
 * The embedded API schema, indexed once on first use and shared by every
 * lint that is not given another schema.
 */
import {createApiIndex, type ApiIndex} from '../schema/api-index.js'
import {embeddedSchema} from '../schema/embedded.js'

let cached: ApiIndex | undefined

export function defaultApi(): ApiIndex {
  cached ??= createApiIndex(embeddedSchema)
  return cached
}
