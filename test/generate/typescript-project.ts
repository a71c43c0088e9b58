/**
 * A throwaway TypeScript project for generated modules: a temp directory whose
 * `node_modules` links to the repository's (for `zod`), checked with the
 * repository's `tsc --strict`. Not a test file.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, rm, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {writeFileAtomic} from '../../src/util/write-file-atomic.js'

const run = promisify(execFile)

export const repository = fileURLToPath(new URL('../../', import.meta.url))
export const tscPath = path.join(repository, 'node_modules/typescript/bin/tsc')

export const strictCompilerOptions = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  noUncheckedIndexedAccess: true,
  types: [],
  skipLibCheck: true
}

export interface TypeScriptProject {
  directory: string
  write(relativePath: string, text: string): Promise<void>
  /** `tsc --strict --noEmit -p .`: exit code and everything it printed. */
  typeCheck(): Promise<{code: number; output: string}>
  cleanup(): Promise<void>
}

export async function createTypeScriptProject(prefix: string): Promise<TypeScriptProject> {
  const directory = await mkdtemp(path.join(tmpdir(), prefix))
  await symlink(path.join(repository, 'node_modules'), path.join(directory, 'node_modules'), 'dir')
  const write = (relativePath: string, text: string) => writeFileAtomic(path.join(directory, relativePath), text)
  await write('package.json', `${JSON.stringify({type: 'module', private: true})}\n`)
  await write('tsconfig.json', `${JSON.stringify({compilerOptions: strictCompilerOptions, include: ['**/*.ts'], exclude: ['node_modules']}, null, 2)}\n`)
  return {
    directory,
    write,
    async typeCheck() {
      try {
        const {stdout, stderr} = await run(process.execPath, [tscPath, '-p', directory, '--strict', '--noEmit'], {cwd: directory, maxBuffer: 64 * 1024 * 1024})
        return {code: 0, output: stdout + stderr}
      } catch (error) {
        const failure = error as {code?: number; stdout?: string; stderr?: string}
        return {code: typeof failure.code === 'number' ? failure.code : 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`}
      }
    },
    cleanup: () => rm(directory, {recursive: true, force: true})
  }
}
