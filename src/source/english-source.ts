/**
 * `--source`: the English docs as a git checkout or bare repository. A
 * localized page maps to the English page at the same path relative to the
 * localized root, read at the page's `ms.sourcegitcommit` when the
 * repository has it, else at HEAD (with a note). One `git cat-file --batch`
 * serves the whole run; an English page is parsed once per blob.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {readEnglishDocument, type EnglishDocument, type EnglishPage} from './english-document.js'
import {GitBatch} from './git-batch.js'

/** What a name resolved to; `content` only when it was just read. */
type BlobAnswer = {found: true; id: string; type: string; content?: Buffer} | {found: false}

export interface EnglishSourceOptions {
  /** The English repository: a work tree or a bare repository. */
  repository: string
  /** The localized root pages are relative to; default: the top of each page's git work tree. */
  sourceRoot?: string
}

export type OpenResult = {ok: true; source: EnglishSource} | {ok: false; error: string}

// Parsed English pages kept for reuse: enough for every page of a doc set in one locale, bounded for memory.
const maxCachedDocuments = 4096

export class EnglishSource {
  readonly #batch: GitBatch
  readonly #sourceRoot: string | undefined
  readonly #commits = new Map<string, Promise<boolean>>()
  readonly #documents = new Map<string, EnglishDocument>()
  readonly #roots = new Map<string, string | undefined>()
  readonly #blobs = new Map<string, Promise<BlobAnswer>>()

  /** The commit HEAD names: pages compared at HEAD change when it moves (a cache key). */
  readonly head: string

  private constructor(batch: GitBatch, sourceRoot: string | undefined, head: string) {
    this.#batch = batch
    this.#sourceRoot = sourceRoot
    this.head = head
  }

  /** Opens the repository and checks that it is one, so a wrong path is a usage error, not a warning per page. */
  static async open(options: EnglishSourceOptions): Promise<OpenResult> {
    const batch = new GitBatch(options.repository)
    let head: string
    try {
      const found = await batch.read('HEAD^{commit}')
      if (!found.found) {
        batch.close()
        return {ok: false, error: `${options.repository}: not a git repository with a HEAD commit`}
      }
      head = found.id
    } catch {
      batch.close()
      return {ok: false, error: `${options.repository}: not a git repository`}
    }
    return {ok: true, source: new EnglishSource(batch, options.sourceRoot ? path.resolve(options.sourceRoot) : undefined, head)}
  }

  /** The English page for the localized page at `file` (absolute) with text `text`. */
  async lookup(file: string, text: string): Promise<EnglishPage> {
    const root = this.#sourceRoot ?? this.#workTreeTop(path.dirname(file))
    if (!root) return {found: false, reason: 'Cannot tell where the localized docs start: the page is in no git work tree, so give `--source-root`'}
    const relative = path.relative(root, file).split(path.sep).join('/')
    if (relative.startsWith('../') || path.isAbsolute(relative)) {
      return {found: false, reason: `Cannot map the page to an English page: it lies outside the localized root \`${root}\``}
    }
    const commit = sourceCommit(text)
    const atCommit = commit !== undefined && (await this.#hasCommit(commit))
    const revision = atCommit ? commit : 'HEAD'
    const object = await this.#readBlob(`${revision}:${relative}`)
    if (!object.found || object.type !== 'blob') {
      return {found: false, reason: `Cannot find the English page \`${relative}\` at ${atCommit ? `commit \`${commit!.slice(0, 12)}\`` : '`HEAD`'}: the page is not compared`}
    }
    const note = atCommit
      ? undefined
      : commit
        ? `Compared with the English page at \`HEAD\`: the repository does not have \`ms.sourcegitcommit\` \`${commit.slice(0, 12)}\``
        : 'Compared with the English page at `HEAD`: the page names no `ms.sourcegitcommit`'
    const origin = {path: relative, revision, atSourceCommit: atCommit, blob: object.id}
    let document: EnglishDocument
    try {
      document = this.#document(object.id, object.content ?? Buffer.alloc(0))
    } catch (error) {
      return {found: false, reason: `Cannot read the English page \`${relative}\`: ${error instanceof Error ? error.message : String(error)}`}
    }
    return {found: true, origin, document, ...(note ? {note} : {})}
  }

  close(): void {
    this.#batch.close()
  }

  /**
   * Every locale names the same English path at the same commit: after the
   * first, the blob id comes from memory and the parsed page from the blob
   * cache, without a round trip to git. Only ids are kept, never contents.
   */
  async #readBlob(name: string): Promise<BlobAnswer> {
    const known = this.#blobs.get(name)
    if (known) {
      const answer = await known
      if (!answer.found || this.#documents.has(answer.id)) return answer
    }
    const read = this.#batch.read(name)
    if (this.#blobs.size >= maxCachedDocuments) this.#blobs.delete(this.#blobs.keys().next().value!)
    this.#blobs.set(name, read.then((object): BlobAnswer => (object.found ? {found: true, id: object.id, type: object.type} : {found: false})))
    return read
  }

  #hasCommit(sha: string): Promise<boolean> {
    let known = this.#commits.get(sha)
    if (!known) {
      known = this.#batch.hasCommit(sha)
      this.#commits.set(sha, known)
    }
    return known
  }

  #document(blob: string, content: Buffer): EnglishDocument {
    let document = this.#documents.get(blob)
    if (!document) {
      document = readEnglishDocument(content.toString('utf8'))
      if (this.#documents.size >= maxCachedDocuments) this.#documents.delete(this.#documents.keys().next().value!)
      this.#documents.set(blob, document)
    }
    return document
  }

  /** The nearest directory at or above `directory` holding `.git` (a directory, or a file for worktrees). */
  #workTreeTop(directory: string): string | undefined {
    if (this.#roots.has(directory)) return this.#roots.get(directory)
    let found: string | undefined
    try {
      statSync(path.join(directory, '.git'))
      found = directory
    } catch {
      const parent = path.dirname(directory)
      found = parent === directory ? undefined : this.#workTreeTop(parent)
    }
    this.#roots.set(directory, found)
    return found
  }
}

/** `ms.sourcegitcommit` from the front matter, read without parsing the page. */
export function sourceCommit(text: string): string | undefined {
  const frontMatter = /^\uFEFF*---\r?\n([\s\S]*?)\r?\n---/.exec(text)
  const match = frontMatter ? /^ms\.sourcegitcommit:\s*["']?([\da-f]{7,64})["']?\s*$/im.exec(frontMatter[1]!) : null
  return match?.[1]?.toLowerCase()
}
