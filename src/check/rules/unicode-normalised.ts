// Rule unicode-normalised: the text mixed decomposed (NFD) and composed characters and was normalised before parsing.
import type { DocRule } from '../types.js'
import { fromDiagnostics } from './from-diagnostics.js'

export const unicodeNormalised: DocRule = {
  id: 'unicode-normalised',
  description: 'the text had decomposed Unicode (often from PDF or OCR) and was normalised to NFC',
  defaultSetting: 'warn',
  check: fromDiagnostics('unicode-normalised'),
}
