/**
 * A bench worker: one phase, one lane of the corpus. Reads its pages once,
 * then times that phase on the chunks it is sent. Started by `pool.ts`.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {readPage} from '../../src/lint/read-page.js'
import {collectGarbage, collectYoungGarbage, emptyFindings, parsesPerFile, runPhase, type BenchPage} from './phases.js'
import {WorkerData, WorkerRequest, type WorkerReply} from './protocol.js'

const port = parentPort
if (!port) throw new Error('scripts/bench/worker.ts runs as a worker thread only')

const {phase, slices: fileSlices} = WorkerData.parse(workerData)
const slices: BenchPage[][] = []
const unreadable: string[] = []
let bytes = 0
for (const files of fileSlices) {
  const pages: BenchPage[] = []
  for (const file of files) {
    const result = await readPage(file)
    if (!result.ok) {
      unreadable.push(file)
      continue
    }
    pages.push({path: file, text: result.text})
    bytes += Buffer.byteLength(result.text, 'utf8')
  }
  slices.push(pages)
}
const send = (reply: WorkerReply) => port.postMessage(reply)
send({type: 'ready', files: slices.map((pages) => pages.length), bytes, unreadable})

port.on('message', (message: unknown) => {
  try {
    send(handle(WorkerRequest.parse(message)))
  } catch (error) {
    send({type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})

function handle(request: WorkerRequest): WorkerReply {
  switch (request.type) {
    case 'warmup': {
      const pages = slices.flat().slice(0, request.files)
      runPhase(phase, pages)
      return {type: 'warmed', files: pages.length, parsesPerFile: phase === 'locdoc' ? parsesPerFile(pages.slice(0, 100)) : undefined}
    }
    case 'gc':
      collectGarbage()
      return {type: 'collected'}
    case 'chunk': {
      const chunk = (slices[request.round] ?? []).slice(request.start, request.end)
      const findings = phase === 'locdoc' ? emptyFindings() : undefined
      // The previous chunk's young garbage is collected off the clock.
      collectYoungGarbage()
      const {seconds} = runPhase(phase, chunk, findings)
      const chunkBytes = chunk.reduce((sum, page) => sum + Buffer.byteLength(page.text, 'utf8'), 0)
      return {type: 'chunk', seconds, files: chunk.length, bytes: chunkBytes, heapUsed: process.memoryUsage().heapUsed, findings}
    }
  }
}
