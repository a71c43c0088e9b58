#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm run build`, which `npm ci` runs through `prepare`).
import {main} from '../dist/cli.js'

process.exitCode = await main(process.argv.slice(2))
