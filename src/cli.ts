/**
 * The `locdoc` command: a thin shell over the library. It parses argv, runs
 * one command and returns the exit code; user errors print one line, never a
 * stack trace.
 */
import {lintCommand, lintUsage} from './cli/lint-command.js'
import {extractCommand, extractUsage} from './cli/extract-command.js'
import {schemaCommand, schemaUsage} from './cli/schema-command.js'
import {genCommand, genUsage} from './cli/gen-command.js'
import {fixCommand, fixUsage} from './cli/fix-command.js'
import {renderCommand, renderUsage} from './cli/render-command.js'
import {reportCommand, reportUsage} from './cli/report-command.js'
import {mergeCommand, mergeUsage} from './cli/merge-command.js'
import {baselineCommand, baselineUsage} from './cli/baseline-command.js'
import {colorFromEnvironment, exitCode, UsageError, type CliIo} from './cli/io.js'
import {locdocVersion} from './report/sarif.js'
import {memoryCommand, memoryUsage} from './cli/memory-command.js'
import {OutputError} from './util/output-error.js'

type Command = {run: (argv: string[], io: CliIo) => Promise<number>; usage: string}

const commands: Record<string, Command> = {
  lint: {run: lintCommand, usage: lintUsage},
  extract: {run: extractCommand, usage: extractUsage},
  schema: {run: schemaCommand, usage: schemaUsage},
  gen: {run: genCommand, usage: genUsage},
  fix: {run: fixCommand, usage: fixUsage},
  render: {run: renderCommand, usage: renderUsage},
  report: {run: reportCommand, usage: reportUsage},
  merge: {run: mergeCommand, usage: mergeUsage},
  baseline: {run: baselineCommand, usage: baselineUsage},
  memory: {run: memoryCommand, usage: memoryUsage}
}

const usage = `Usage: locdoc <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(9)} ${command.usage.split('\n')[0]!.replace(/^Usage: /, '')}`)
  .join('\n')}

Run \`locdoc <command> --help\` for a command's options.`

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(`${usage}\n`)
    return name === undefined ? exitCode.usage : exitCode.clean
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${locdocVersion()}\n`)
    return exitCode.clean
  }
  const command = commands[name]
  if (!command) {
    io.stderr(`locdoc: unknown command \`${name}\`\n${usage}\n`)
    return exitCode.usage
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`)
    return exitCode.clean
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      io.stderr(`locdoc ${name}: ${(error as Error).message}\n${command.usage}\n`)
      return exitCode.usage
    }
    if (error instanceof OutputError) {
      io.stderr(`locdoc ${name}: ${error.message}\n`)
      return exitCode.usage
    }
    // Anything else is a bug in locdoc: say so plainly, still without a trace.
    io.stderr(`locdoc ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCode.usage
  }
}

function isArgumentError(error: unknown): boolean {
  return typeof (error as {code?: unknown})?.code === 'string' && (error as {code: string}).code.startsWith('ERR_PARSE_ARGS')
}

function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    color: colorFromEnvironment(process.env, Boolean(process.stdout.isTTY)),
    progress: Boolean(process.stderr.isTTY) && !process.env.CI,
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    }
  }
}
