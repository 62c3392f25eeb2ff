// Documents the team wrote and annotated by hand, blind to the parser (test/annotated, gold beside them in the
// contract's format), scored by the contract's scorer. They were written to find causes the seeds do not show; the
// figures here are a floor that only rises. Skipped without ../shared (the scorer) or without a build.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.join(import.meta.dirname, '..')
const scorer = path.join(root, '..', 'shared', 'tools', 'score.mjs')
const built = existsSync(path.join(root, 'dist', 'cli', 'index.js'))

const FLOOR = 'recall=1,lead=1,coord=1,deadline=1,dated=1,meta=1,leak=0'

describe.skipIf(!existsSync(scorer) || !built)('team-annotated documents', () => {
  it(`score at or above ${FLOOR}`, () => {
    const dir = path.join(root, 'test', 'annotated')
    const out = execFileSync(process.execPath, [scorer, '--gold', path.join(dir, 'gold'), '--docs', dir, '--min', FLOOR], { cwd: root, encoding: 'utf8' })
    expect(out).toMatch(/^TOTAL /m)
    expect(out).not.toMatch(/below --min/)
  }, 60000)
})
