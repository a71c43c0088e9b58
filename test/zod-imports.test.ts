import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const source = fileURLToPath(new URL('../src/', import.meta.url))

async function typeScriptFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {withFileTypes: true, recursive: true})
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => path.join(entry.parentPath, entry.name))
}

describe('zod imports', () => {
  // zod is a peer dependency, ^3.25.1 || ^4.0.0: both ship the v4 API at `zod/v4`, only zod 4 at `zod`.
  it('should import zod as `zod/v4` everywhere but the generated enums, which use what both majors share', async () => {
    const offenders: string[] = []
    for (const file of await typeScriptFiles(source)) {
      const relative = path.relative(source, file).split(path.sep).join('/')
      const text = await readFile(file, 'utf8')
      const specifiers = [...text.matchAll(/^import [^'"]*from '(zod[^']*)'/gm)].map((match) => match[1])
      const allowed = relative.startsWith('enums/') ? ['zod'] : ['zod/v4']
      for (const specifier of specifiers) if (!allowed.includes(specifier!)) offenders.push(`${relative}: ${specifier}`)
    }
    expect(offenders).toEqual([])
  })
})
