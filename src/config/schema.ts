// The shape of plan.config.json, in zod like the output schema, so a bad key is named by its path.
import { z } from 'zod'
import { RULE_IDS } from './vocabulary.js'

export const RuleSetting = z.enum(['error', 'warn', 'off'])

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'not a date that exists')

export const AgencyEntry = z.strictObject({
  name: z.string().trim().min(1, 'an agency needs a name'),
  aliases: z.array(z.string().trim().min(1, 'an alias cannot be empty')).optional(),
})

const Rules = z.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, RuleSetting.optional()])) as Record<(typeof RULE_IDS)[number], z.ZodOptional<typeof RuleSetting>>)

export const Override = z.strictObject({
  files: z.array(z.string().min(1)).min(1, 'an override needs at least one glob in files').describe('globs relative to the folder of this file, as include/exclude'),
  rules: Rules.describe('the settings for those files, over the top-level rules'),
})

export const PlanConfig = z.strictObject({
  $schema: z.string().optional(),
  rules: Rules.optional(),
  overrides: z.array(Override).optional().describe('rule settings for some files, in order: a later override that matches a file wins'),
  agencies: z
    .union([z.array(AgencyEntry), z.string().trim().min(1, 'the path of the agencies file is empty')], { error: 'expected a list of bodies, or the path of a .tsv file of them' })
    .optional()
    .describe('the known bodies, or the path (relative to this file) of a TSV file of them in the format of lexicon/bodies.tsv; agency-unknown reports any other, and `plan tasks` maps aliases to these names'),
  include: z.array(z.string().min(1)).optional().describe('globs of the documents to check, relative to the folder of this file; "!glob" takes back what the globs before it matched'),
  exclude: z.array(z.string().min(1)).optional().describe('globs of documents to skip; "!glob" takes back what the globs before it matched'),
  asOf: IsoDate.optional().describe('the date task-overdue judges against'),
})

export type PlanConfig = z.infer<typeof PlanConfig>

/** One zod issue as one line: `message (at a.b.c)`; an unknown key is named itself, not its parent. */
export function formatIssue(issue: z.core.$ZodIssue): string {
  // a value that may take two shapes (agencies: a list or a file name) is judged by the shape it has
  if (issue.code === 'invalid_union') {
    const meant = issue.errors.filter((b) => !(b.length === 1 && b[0].code === 'invalid_type' && !b[0].path.length))
    if (meant.length === 1 && meant[0].length) return formatIssue({ ...meant[0][0], path: [...issue.path, ...meant[0][0].path] })
  }
  const path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys' && issue.keys.length) {
    return `unknown key "${issue.keys[0]}" (at ${[...path, issue.keys[0]].join('.')})`
  }
  return `${issue.message} (at ${path.join('.') || '(root)'})`
}
