// The one door to agency-name comparison for queries: the parser's own keys, so a query and a parsed name meet on the same terms.
export { agencyKey, suggestAgencies } from '../core/agencies/index.js'
