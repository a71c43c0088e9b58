#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm run build`, which `npm ci` runs through `prepare`).
import {tuneHeap} from '../dist/cli/heap.js'
import {main} from '../dist/cli.js'

tuneHeap()
process.exitCode = await main(process.argv.slice(2))
