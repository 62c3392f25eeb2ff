// Text bound for a terminal or a one-line message: no control character reaches it. A document or a file name may
// hold terminal escapes (OSC 0 sets the window title, CSI 2J clears the screen, CSI 1A CSI 2K erases the row above,
// CSI 8m hides text, OSC 8 makes links) or a line break that would forge a line of its own. JSON output keeps the text
// as it is, escaped by JSON; everything printed for a person goes through one of these.

/**
 * C0 controls, DEL, C1 controls, and the invisible characters that reorder or break lines: the line and paragraph
 * separators and the bidirectional marks, embeddings, overrides and isolates.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

/**
 * A whole escape sequence: CSI (ESC [ or 0x9B) parameters and final byte; OSC (ESC ] or 0x9D) up to BEL or ST; DCS,
 * SOS, PM, APC (ESC P X ^ _, or 0x90 0x98 0x9E 0x9F) up to ST; any other two-byte ESC sequence. Each part is a run of
 * one class followed by a character outside it, so matching is linear.
 */
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u009c|\u001b\\)?|(?:\u001b[PX^_]|[\u0090\u0098\u009e\u009f])[^\u001b\u009c]*(?:\u009c|\u001b\\)?|\u001b[ -~]?/gu

/** A control character as text a person can read: \n, \t, \r, \x1b, \u{202e}. */
export function visible(c: string): string {
  if (c === '\n') return '\\n'
  if (c === '\r') return '\\r'
  if (c === '\t') return '\\t'
  const code = c.codePointAt(0)!
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
}

/** For a one-line message (a file name, a quoted value): every control made visible, line breaks included. */
export function safeText(s: string): string {
  return s.replace(CONTROL, visible)
}

/** For text of several lines (a report, an outline): line breaks and tabs kept, every other control made visible. */
export function safeLines(s: string): string {
  return s.replace(/\r\n/g, '\n').replace(CONTROL_BUT_LAYOUT, visible)
}

/**
 * For document text in a table cell or an outline line: escape sequences dropped whole (they are formatting, not
 * text), white space controls turned into a space, any other control made visible. One line.
 */
export function terminalText(s: string): string {
  return s
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[\t\n\r\u000b\u000c\u2028\u2029]/g, ' ')
    .replace(CONTROL, visible)
}

/** Whether `s` holds anything that safeText would change. */
export function hasControl(s: string): boolean {
  CONTROL.lastIndex = 0
  const found = CONTROL.test(s)
  CONTROL.lastIndex = 0
  return found
}
