/**
 * A lint worker thread: builds the API index once from the schema it was
 * given, then lints each page it is sent and posts back the plain result.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {createApiIndex} from '../schema/api-index.js'
import type {ApiSchema} from '../schema/model.js'
import {lintBytes} from './lint-bytes.js'
import type {WorkerRequest, WorkerReply, WorkerSetup} from './worker-pool.js'

const setup = workerData as WorkerSetup
const api = setup.schema ? createApiIndex(setup.schema as ApiSchema) : undefined
const options = {rules: setup.rules, api, keepSource: setup.keepSource}

parentPort!.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply
  try {
    reply = {id: request.id, result: lintBytes(request.path, request.bytes, options)}
  } catch (error) {
    // A crash outside the rules' own guards is a bug in locdoc: the main thread reports it as such.
    reply = {id: request.id, error: error instanceof Error ? error.message : String(error)}
  }
  parentPort!.postMessage(reply)
})
