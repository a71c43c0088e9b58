/**
 * One long-lived `git cat-file --batch` per repository: every English page
 * and every commit check of a run goes through it, never a process per page.
 * Requests are answered in order, so a queue of pending callbacks is enough.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'

export type BatchObject = {found: true; id: string; type: string; content: Buffer} | {found: false}

interface Pending {
  resolve(object: BatchObject): void
  reject(error: Error): void
}

export class GitBatch {
  readonly #process: ChildProcessWithoutNullStreams
  readonly #pending: Pending[] = []
  #buffer: Buffer = Buffer.alloc(0)
  #failure: Error | undefined
  #closed = false

  /** `repository`: a work tree or a bare repository (git finds its way from either). */
  constructor(readonly repository: string) {
    this.#process = spawn('git', ['-C', repository, 'cat-file', '--batch'], {stdio: ['pipe', 'pipe', 'pipe']})
    let stderr = ''
    this.#process.stderr.setEncoding('utf8')
    this.#process.stderr.on('data', (chunk: string) => {
      stderr += chunk
    })
    this.#process.stdout.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk])
      this.#drain()
    })
    const fail = (error: Error) => {
      this.#failure ??= error
      for (const pending of this.#pending.splice(0)) pending.reject(this.#failure)
    }
    this.#process.on('error', (error) => fail(new Error(`cannot run git: ${error.message}`)))
    this.#process.on('close', (code) => {
      if (!this.#closed || this.#pending.length > 0) fail(new Error(`git cat-file stopped (exit ${code}): ${stderr.trim() || 'no message'}`))
    })
    // A reader that stops early must not leave an unhandled EPIPE behind.
    this.#process.stdin.on('error', (error) => fail(error))
  }

  /** The object `name` names (`<commit>:<path>`, `<sha>^{commit}`), or `{found: false}`. */
  read(name: string): Promise<BatchObject> {
    if (this.#failure) return Promise.reject(this.#failure)
    // A newline would end the request early and desynchronize every later answer.
    if (/[\n\r]/.test(name)) return Promise.resolve({found: false})
    return new Promise((resolve, reject) => {
      this.#pending.push({resolve, reject})
      this.#process.stdin.write(`${name}\n`)
    })
  }

  /** Whether the repository holds commit `sha` (a full or abbreviated id). */
  async hasCommit(sha: string): Promise<boolean> {
    if (!/^[\da-f]{4,64}$/i.test(sha)) return false
    const object = await this.read(`${sha}^{commit}`)
    return object.found && object.type === 'commit'
  }

  close(): void {
    this.#closed = true
    this.#process.stdin.end()
  }

  #drain(): void {
    for (;;) {
      const lineEnd = this.#buffer.indexOf(10)
      if (lineEnd === -1) return
      const header = this.#buffer.subarray(0, lineEnd).toString('utf8')
      const fields = header.split(' ')
      if (fields.length === 3 && /^\d+$/.test(fields[2]!)) {
        const size = Number(fields[2])
        // Content plus its trailing newline.
        if (this.#buffer.length < lineEnd + 1 + size + 1) return
        const content = Buffer.from(this.#buffer.subarray(lineEnd + 1, lineEnd + 1 + size))
        this.#buffer = this.#buffer.subarray(lineEnd + 1 + size + 1)
        this.#pending.shift()?.resolve({found: true, id: fields[0]!, type: fields[1]!, content})
      } else {
        // `<name> missing`, `<name> ambiguous`, or a symlink/dangling answer: nothing to read.
        this.#buffer = this.#buffer.subarray(lineEnd + 1)
        this.#pending.shift()?.resolve({found: false})
      }
    }
  }
}
