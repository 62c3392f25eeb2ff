// `plan schema`: the JSON Schema of `plan parse --format json`, generated from the zod schema.
import type { Register } from '../index.js'

export const registerSchema: Register = (program, io) => {
  program
    .command('schema')
    .description('print the JSON Schema of the document that `plan parse --format json` prints')
    .action(async () => {
      const { z } = await import('zod')
      const { PlanDocument } = await import('../../core/contract/schema.js')
      io.stdout.write(JSON.stringify(z.toJSONSchema(PlanDocument), null, 2) + '\n')
    })
}
