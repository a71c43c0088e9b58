import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {generateEnums} from '../../src/generate/enums.js'
import {findStaleFiles} from '../../src/generate/output.js'
import {defaultApi} from '../../src/lint/default-api.js'
import {VppTokenState, VppTokenSyncStatus, VppTokenSyncStatusSchema, VppTokenSyncStatusValueSchema} from '../../src/enums/index.js'

const enumsDirectory = fileURLToPath(new URL('../../src/enums/', import.meta.url))

describe('src/enums, the constants `locdoc/enums` ships', () => {
  // src/enums is committed so the exported API shows in review; this is its `gen --check`.
  it('should be exactly what the embedded schema generates (run `npx tsx scripts/generate-enums.ts`)', async () => {
    // As scripts/generate-enums.ts: the package ships .d.ts, so schemas carry portable annotations.
    const {files} = generateEnums({api: defaultApi(), portable: true})
    expect(await findStaleFiles(enumsDirectory, files)).toEqual([])
  })

  it('should hold the embedded values and validate with zod', () => {
    expect(VppTokenSyncStatus).toEqual({none: 0, inProgress: 1, completed: 2, failed: 3})
    expect(VppTokenState.duplicateLocationId).toBe(5)
    expect(VppTokenSyncStatusSchema.safeParse('failed').success).toBe(true)
    expect(VppTokenSyncStatusSchema.safeParse('finished').success).toBe(false)
    expect(VppTokenSyncStatusValueSchema.safeParse(3).success).toBe(true)
    expect(VppTokenSyncStatusValueSchema.safeParse(4).success).toBe(false)
  })
})
