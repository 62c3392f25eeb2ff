// The registry of output formats: one renderer per file, the same options for each.
import { renderCsv } from './csv.js'
import { renderJson } from './json.js'
import { renderJsonl } from './jsonl.js'
import { renderMd } from './md.js'
import { renderTable } from './table.js'
import type { Renderer } from './types.js'

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'md'] as const
export type Format = (typeof FORMATS)[number]

export const RENDERERS: Record<Format, Renderer> = { table: renderTable, json: renderJson, jsonl: renderJsonl, csv: renderCsv, md: renderMd }

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s)
}

/** The format an --output file name implies (btc.csv → csv), or null. */
export function formatOfFile(file: string): Format | null {
  const m = /\.(json|jsonl|ndjson|csv|md|markdown|txt)$/i.exec(file)
  if (!m) return null
  const ext = m[1].toLowerCase()
  return ext === 'ndjson' ? 'jsonl' : ext === 'markdown' ? 'md' : ext === 'txt' ? 'table' : (ext as Format)
}

export type { Column, Renderer, RenderOptions, Report, Tint } from './types.js'
