/**
 * Several rules read the same derived view of a page (which enum or type a
 * table documents); compute it once per page and API index.
 */
import type {Page} from '../../model/types.js'
import type {ApiIndex} from '../../schema/api-index.js'

export function memoizePerPage<T>(compute: (page: Page, api: ApiIndex) => T): (page: Page, api: ApiIndex) => T {
  const cache = new WeakMap<Page, WeakMap<ApiIndex, T>>()
  return (page, api) => {
    let byApi = cache.get(page)
    if (!byApi) cache.set(page, (byApi = new WeakMap()))
    if (!byApi.has(api)) byApi.set(api, compute(page, api))
    return byApi.get(api)!
  }
}
