/** 首页 order: pinned first, then newest published; ties by id so the order is stable. */
export function byPinnedThenNewest<T extends { pinned: boolean; publishedAt: string; id: string }>(a: T, b: T): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}
