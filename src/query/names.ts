// The one door to agency-name comparison for queries: the parser's own keys (so a query and a parsed name meet on the same terms), memoised
// because a corpus repeats the same few hundred names thousands of times.
import { agencyKey as coreKey } from '../core/agencies/index.js'

export { suggestAgencies } from '../core/agencies/index.js'

const memo = new Map<string, string>()

export function agencyKey(nameOrQuery: string): string {
  let k = memo.get(nameOrQuery)
  if (k === undefined) {
    k = coreKey(nameOrQuery)
    if (memo.size > 50_000) memo.clear()
    memo.set(nameOrQuery, k)
  }
  return k
}
