// A strict little XML reader for the JUnit tests: balanced tags, quoted attributes, only the five entities, no stray markup.
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function unescape(s: string): string {
  if (/[<>]/.test(s)) throw new Error(`unescaped markup in "${s}"`)
  return s.replace(/&([a-z]+);|&/g, (m, name: string | undefined) => {
    if (!name || !(name in ENTITIES)) throw new Error(`bad entity ${m}`)
    return ENTITIES[name]
  })
}

export function parseXml(xml: string): XmlElement {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) throw new Error('character not allowed in XML 1.0')
  let i = 0
  const decl = /^<\?xml [^?]*\?>\s*/.exec(xml)
  if (decl) i = decl[0].length
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"]*")*)\s*(\/?)>/y
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const text = xml.slice(i, lt < 0 ? xml.length : lt)
    if (text.trim()) {
      if (!stack.length) throw new Error('text outside the root element')
      stack.at(-1)!.text += unescape(text)
    }
    if (lt < 0) break
    tag.lastIndex = lt
    const m = tag.exec(xml)
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`)
    i = tag.lastIndex
    const [, close, name, attrText, selfClose] = m
    if (close) {
      const open = stack.pop()
      if (!open || open.name !== name) throw new Error(`</${name}> does not close <${open?.name}>`)
      continue
    }
    const attrs: Record<string, string> = {}
    for (const a of attrText.matchAll(/([\w-]+)="([^"]*)"/g)) {
      if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`)
      attrs[a[1]] = unescape(a[2])
    }
    const el: XmlElement = { name, attrs, children: [], text: '' }
    if (stack.length) stack.at(-1)!.children.push(el)
    else if (root) throw new Error('two root elements')
    else root = el
    if (!selfClose) stack.push(el)
  }
  if (stack.length || !root) throw new Error('unclosed element')
  return root
}
