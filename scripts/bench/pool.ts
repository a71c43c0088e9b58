/**
 * The bench's worker threads. Workers are started through a tiny bootstrap
 * that registers tsx first: a worker does not inherit the main thread's
 * TypeScript loader.
 */
import {Worker} from 'node:worker_threads'
import type {WorkerData, WorkerReply, WorkerRequest} from './protocol.js'

const workerUrl = new URL('worker.ts', import.meta.url).href

/** Source of an eval worker that registers tsx, then loads the real worker module. */
function bootstrap(): string {
  const tsxApiUrl = import.meta.resolve('tsx/esm/api')
  return `import(${JSON.stringify(tsxApiUrl)}).then(({register}) => { register(); return import(${JSON.stringify(workerUrl)}) })`
}

interface Waiting {
  resolve(reply: WorkerReply): void
  reject(error: Error): void
}

export class BenchPool {
  private readonly waiting: Array<Waiting | undefined>

  private constructor(private readonly workers: Worker[]) {
    this.waiting = workers.map(() => undefined)
    for (const [index, worker] of workers.entries()) {
      worker.on('message', (reply: WorkerReply) => this.settle(index, reply))
      worker.on('error', (error) => this.fail(index, error))
      worker.on('exit', (code) => this.fail(index, new Error(`Bench worker ${index} exited with code ${code}`)))
    }
  }

  /** Start one worker per entry; resolves once every worker has read its pages. */
  static async start(data: readonly WorkerData[]): Promise<{pool: BenchPool; ready: Array<Extract<WorkerReply, {type: 'ready'}>>}> {
    const source = bootstrap()
    const pool = new BenchPool(data.map((workerData) => new Worker(source, {eval: true, workerData})))
    try {
      const ready = await Promise.all(pool.workers.map((_, index) => pool.next(index)))
      return {pool, ready: ready.map((reply) => expectReply(reply, 'ready'))}
    } catch (error) {
      // Workers still running would keep the process alive.
      await pool.close()
      throw error
    }
  }

  get size(): number {
    return this.workers.length
  }

  /** Send one request to one worker and wait for its reply. */
  async request(index: number, request: WorkerRequest): Promise<WorkerReply> {
    const reply = this.next(index)
    this.workers[index]!.postMessage(request)
    return reply
  }

  /** Send one request to every worker (or a request per worker) and wait for all replies. */
  async all(request: WorkerRequest | ((index: number) => WorkerRequest)): Promise<WorkerReply[]> {
    return Promise.all(
      this.workers.map((worker, index) => {
        const reply = this.next(index)
        worker.postMessage(typeof request === 'function' ? request(index) : request)
        return reply
      })
    )
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0)
    for (const worker of workers) worker.removeAllListeners('exit')
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  private next(index: number): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.waiting[index] = {resolve, reject}
    })
  }

  private settle(index: number, reply: WorkerReply): void {
    const waiting = this.waiting[index]
    this.waiting[index] = undefined
    if (reply.type === 'failed') waiting?.reject(new Error(`Bench worker ${index} failed: ${reply.message}`))
    else waiting?.resolve(reply)
  }

  private fail(index: number, error: Error): void {
    const waiting = this.waiting[index]
    this.waiting[index] = undefined
    waiting?.reject(error)
  }
}

export function expectReply<Type extends WorkerReply['type']>(reply: WorkerReply, type: Type): Extract<WorkerReply, {type: Type}> {
  if (reply.type !== type) throw new Error(`Expected a \`${type}\` reply from a bench worker, got \`${reply.type}\``)
  return reply as Extract<WorkerReply, {type: Type}>
}
