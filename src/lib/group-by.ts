/** Groups items by key, keeping the order in which keys first appear (the server sorts by unit). */
export function groupBy<T>(items: T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return [...groups].map(([k, list]) => ({ key: k, items: list }))
}
