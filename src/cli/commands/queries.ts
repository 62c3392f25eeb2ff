// `plan tasks`, `plan overdue`, `plan agencies`: questions asked of parsed documents.
import type { Register } from '../index.js'

export const registerQueries: Register = () => {}
