/** The command-line options every linting command takes for pages without spans. */
import type {SourceFlags} from './setup.js'

export const sourceOptions = {
  source: {type: 'string'},
  'source-root': {type: 'string'},
  memory: {type: 'string'}
} as const

export function sourceFlags(values: {source?: string | boolean; 'source-root'?: string | boolean; memory?: string | boolean}): SourceFlags {
  const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined)
  return {source: text(values.source), sourceRoot: text(values['source-root']), memory: text(values.memory)}
}
