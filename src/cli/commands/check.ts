// `plan check`: corpus lint for CI.
import type { Register } from '../index.js'

export const registerCheck: Register = () => {}
