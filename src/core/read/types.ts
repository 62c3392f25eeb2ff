// The reading stage's contract: every format's reader ends in the same shape, the text layout that the segmenter reads.
//
// A reader renders the document as lines:
// - one line per paragraph (Word, HTML) or per rebuilt line (PDF, text);
// - a list item's label as a reader sees it, typed in front of its text ("1. ", "a) ", "- "), even when the
//   original numbers it automatically (Word's list numbering);
// - a table row as one line of cells joined by TAB; a cell's own paragraphs joined by " / "; a merged cell repeated
//   in every row it spans (vertical merge) and given once for a horizontal span;
// - no text boxes, headers, footers, running page headers or page numbers.
// Every later stage is format-blind: it sees only these lines.

export type Format = 'text' | 'markdown' | 'docx' | 'doc' | 'pdf' | 'html'

/** Where a rendered line sits in the original, so that a person can find it there. 1-based. */
export interface Origin {
  /** PDF: the page */
  page?: number
  /** PDF: the line on that page, counted from its top */
  pageLine?: number
}

export interface ReadDocument {
  format: Format
  /** the document as text lines (see above) */
  lines: string[]
  /** read markdown syntax (headings, pipe tables, bold) */
  markdown: boolean
  /** per line (same index), where it sits in the original, when that is not simply the line number */
  origins?: Origin[]
  /** what the reader did that a person should know, e.g. "converted 1,204 TCVN3 characters to Unicode" */
  notes: ReadNote[]
}

export interface ReadNote {
  code: 'legacy-encoding' | 'reader-note'
  message: string
  /** 1-based line of the rendered text where it applies, when it applies to one place */
  line?: number
}

/** Why a file cannot be read; exit 2 for the run, the other files go on. */
export class ReadError extends Error {
  constructor(
    readonly code: 'empty' | 'binary' | 'invalid-utf8' | 'corrupt' | 'encrypted' | 'not-a-document' | 'no-text-layer' | 'too-large' | 'unsupported',
    message: string,
    readonly line: number | null = null,
  ) {
    super(message)
  }
}

/** Limits that keep a hostile file from exhausting memory; documented in the README. */
export const LIMITS = {
  /** largest input file read at all */
  maxFileBytes: 64 * 1024 * 1024,
  /** largest total uncompressed size of a .docx archive's entries that are read */
  maxUnzippedBytes: 256 * 1024 * 1024,
  /** most entries in a .docx archive */
  maxZipEntries: 10_000,
  /** most PDF pages read */
  maxPdfPages: 2_000,
}
