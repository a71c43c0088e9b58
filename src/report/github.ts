/**
 * GitHub Actions workflow commands, one per finding, so findings show as
 * annotations on the pull request:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`.
 */
import type {VFile} from 'vfile'
import {displayPath} from './display-path.js'
import {byPosition, spanOf} from './json.js'
import {writeAll, type ReportWriter} from './writer.js'

export function formatGithub(files: readonly VFile[], options: {cwd: string}): string {
  return writeAll(createGithubWriter(options), files)
}

export function createGithubWriter(options: {cwd: string}): ReportWriter {
  return {
    file(file) {
      const filePath = displayPath(file, options.cwd)
      let commands = ''
      for (const message of [...file.messages].sort(byPosition)) {
        const {start, end} = spanOf(message)
        const properties: Record<string, string | number> = {
          file: filePath,
          line: start.line,
          col: start.column,
          ...(end ? {endLine: end.line, endColumn: end.column} : {}),
          ...(message.ruleId ? {title: message.ruleId} : {})
        }
        const list = Object.entries(properties)
          .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
          .join(',')
        commands += `::${message.fatal ? 'error' : 'warning'} ${list}::${escapeData(message.reason)}\n`
      }
      return commands
    },
    end: () => ''
  }
}

/** The message part of a command: `%`, CR and LF are the only special characters there. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** A property value also ends at `,` and the command at `::`, so those are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
