/**
 * The id a page was opened with: ?id= from a link or a share, or the scene of a scanned
 * mini-program code (wxacode.getUnlimited puts the bare id there, URL-encoded).
 */
export function routeId(params: Record<string, string | undefined>): string {
  if (params.id) return params.id
  return params.scene ? decodeURIComponent(params.scene) : ''
}
