// The lexicon of Party and state bodies: find them in text, name them canonically, match user queries.
export { findAgencies, forgetMentions, type AgencyMention } from './find.js'
export { agencyKey, canonicalAgency, forgetWholes, isGenericName } from './canonical.js'
export { suggestAgencies } from './suggest.js'
export { lexiconNameByFold } from './folded.js'
export { registryEntries } from './lexicon.js'
export { LexiconError } from './data.js'
