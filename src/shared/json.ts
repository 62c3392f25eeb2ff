// JSON files the user gives (config, baseline, status): a byte-order mark is allowed, and a file that is not JSON is
// told back to the caller, which reports it its own way.

export function parseJson(text: string): { data: unknown } | { error: string } {
  try {
    return { data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown }
  } catch (e) {
    return { error: (e as Error).message }
  }
}
