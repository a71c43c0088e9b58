/**
 * Worker threads that lint pages: each takes one page at a time, and a page
 * goes to whichever worker has the fewest in hand. Under vitest the source is
 * TypeScript, so a worker then registers tsx before loading its module.
 */
import {Worker} from 'node:worker_threads'
import type {FileResult} from './file-result.js'
import type {Severity} from '../rules/create-rule.js'
import type {ApiSchema} from '../schema/model.js'

/** What every worker is started with. */
export interface WorkerSetup {
  rules?: Readonly<Record<string, Severity>>
  /** The loaded API schema; absent for the embedded one. */
  schema?: ApiSchema
  keepSource?: boolean
}

export interface WorkerRequest {
  id: number
  path: string
  bytes: Uint8Array
}

export type WorkerReply = {id: number; result: FileResult} | {id: number; error: string}

interface Waiting {
  resolve(result: FileResult): void
  reject(error: Error): void
}

const workerUrl = new URL(import.meta.url.endsWith('.ts') ? 'lint-worker.ts' : 'lint-worker.js', import.meta.url)

function startWorker(setup: WorkerSetup): Worker {
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl, {workerData: setup})
  const tsx = import.meta.resolve('tsx/esm/api')
  const source = `import(${JSON.stringify(tsx)}).then(({register}) => { register(); return import(${JSON.stringify(workerUrl.href)}) })`
  return new Worker(source, {eval: true, workerData: setup})
}

export class LintPool {
  private readonly workers: Worker[]
  private readonly load: number[]
  private readonly waiting = new Map<number, Waiting & {worker: number}>()
  private nextId = 0
  private failure: Error | undefined

  constructor(size: number, setup: WorkerSetup) {
    this.workers = Array.from({length: size}, () => startWorker(setup))
    this.load = this.workers.map(() => 0)
    for (const [index, worker] of this.workers.entries()) {
      worker.on('message', (reply: WorkerReply) => this.settle(reply))
      worker.on('error', (error) => this.fail(new Error(`lint worker ${index + 1} failed: ${error.message}`)))
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`lint worker ${index + 1} exited with code ${code}`))
      })
    }
  }

  lint(path: string, bytes: Uint8Array): Promise<FileResult> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    let worker = 0
    for (let index = 1; index < this.load.length; index++) if (this.load[index]! < this.load[worker]!) worker = index
    this.load[worker]!++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {resolve, reject, worker})
      // The bytes are not needed here any more: move them rather than copy.
      const transfer = bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer) ? [bytes.buffer as ArrayBuffer] : []
      this.workers[worker]!.postMessage({id, path, bytes} satisfies WorkerRequest, transfer)
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.waiting.get(reply.id)
    if (!waiting) return
    this.waiting.delete(reply.id)
    this.load[waiting.worker]!--
    if ('error' in reply) waiting.reject(new Error(reply.error))
    else waiting.resolve(reply.result)
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const waiting of this.waiting.values()) waiting.reject(error)
    this.waiting.clear()
  }
}
