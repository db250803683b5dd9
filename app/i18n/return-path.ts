/**
 * A path on this site to go back to after choosing a language, never another site's address:
 * "//evil.example/x" or "/\evil.example" are protocol-relative URLs that browsers follow off-site,
 * so leading slashes and backslashes collapse to one "/". `lng` is dropped: the choice is saved.
 */
export function safeReturnPath(pathname: string, search = ""): string {
  const path = "/" + pathname.replace(/^[/\\]+/, "");
  if (/[\r\n\t]/.test(path) || path.includes("\\")) return "/";
  const params = new URLSearchParams(search);
  params.delete("lng");
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
