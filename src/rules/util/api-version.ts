/**
 * Which API version a page documents, from the absolute URLs of its request
 * lines (`https://graph.microsoft.com/beta/…`). Pages without one (enum and
 * resource pages) say nothing, and are judged by any schema.
 */
import type {Page} from '../../model/types.js'

const versionPattern = /^[a-z][a-z\d+.-]*:\/\/[^/]+\/(v\d+(?:\.\d+)?|beta)(?=\/|$)/i

export function pageApiVersion(page: Page): string | undefined {
  for (const request of page.requests) {
    const version = versionPattern.exec(request.target)?.[1]
    if (version) return version.toLowerCase()
  }
  return undefined
}

/** Whether a schema of `schemaVersion` may judge the page: unknown versions never disagree. */
export function versionsAgree(page: Page, schemaVersion: string | undefined): boolean {
  const version = pageApiVersion(page)
  return version === undefined || schemaVersion === undefined || version === schemaVersion.toLowerCase()
}
