// How code joins variables into one string (data for joined-vars.ts). Each shape matches the right-hand side of an
// assignment, to the line's end, and captures the joined names in `parts`; the names are the identifiers in it
// once the shape's own words (`join`, `String`, `strings`) are left out by the capture.

const IDENT = String.raw`[A-Za-z_$][\w$]{0,63}`;
const LIST = String.raw`${IDENT}(?:[ \t]*,[ \t]*${IDENT}){1,7}`;

export const JOIN_SHAPES: readonly RegExp[] = [
  // `A + B` (JavaScript, Java, C#, Python, Go, Kotlin, Ruby), `$a . $b` (PHP), `a .. b` (Lua), `A & B` (VB).
  new RegExp(String.raw`^(?<parts>${IDENT}(?:(?:[ \t]*\+[ \t]*|[ \t]+\.\.?[ \t]+|[ \t]+&[ \t]+)${IDENT}){1,7})`),
  // Interpolating only the pieces: `${A}${B}` (JS, Kotlin), f"{A}{B}" and $"{A}{B}" (Python, C#), "#{A}#{B}" (Ruby), "$a$b".
  new RegExp(String.raw`^[f$]?(?<q>["'\x60])(?<parts>(?:\$\{${IDENT}\}|#\{${IDENT}\}|\{${IDENT}\}|\$${IDENT}){2,8})\k<q>`),
  // `"".join([A, B])` (Python), `[A, B].join("")` (JS, Ruby), `String.join("", A, B)` / `String.Concat(A, B)`
  // (Java, C#), `strings.Join([]string{a, b}, "")` (Go), `implode('', [$a, $b])` (PHP), `format!("{}{}", a, b)` (Rust).
  new RegExp(String.raw`^(?:(?<q>["'])\k<q>\.join\([ \t]*[[(]?[ \t]*(?<parts>${LIST})[ \t]*[\])]?[ \t]*\)|\[[ \t]*(?<parts2>${LIST})[ \t]*\]\.join\([ \t]*(?:""|'')?[ \t]*\)|String\.(?:join\([ \t]*""[ \t]*,|[Cc]oncat\()[ \t]*(?<parts3>${LIST})[ \t]*\)|strings\.Join\(\[\]string\{[ \t]*(?<parts4>${LIST})[ \t]*\}[ \t]*,[ \t]*""[ \t]*\)|implode\([ \t]*(?:''|"")[ \t]*,[ \t]*\[[ \t]*(?<parts5>${LIST})[ \t]*\][ \t]*\)|format!\([ \t]*"(?:\{\})+"[ \t]*,[ \t]*(?<parts6>${LIST})[ \t]*\))`),
  // A format of nothing but the pieces: `fmt.Sprintf("%s%s", a, b)` (Go), `String.format("%s%s", a, b)` (Java,
  // Kotlin), `sprintf("%s%s", $a, $b)` (PHP, Perl), `"%s%s" % (a, b)` and `"{}{}".format(a, b)` (Python),
  // `string.Format("{0}{1}", a, b)` (C#).
  new RegExp(String.raw`^(?:(?:fmt\.Sprintf|String\.format|[Ss]tring\.Format|sprintf)\([ \t]*(?<q2>["'])(?:%[sv]|\{\d?\}){2,8}\k<q2>[ \t]*,[ \t]*(?<parts7>${LIST})[ \t]*\)|(?<q3>["'])(?:%s){2,8}\k<q3>[ \t]*%[ \t]*\([ \t]*(?<parts8>${LIST})[ \t]*,?[ \t]*\)|(?<q4>["'])(?:\{\}){2,8}\k<q4>\.format\([ \t]*(?<parts9>${LIST})[ \t]*\))`),
];

/**
 * The names a shape joined, in order. Inside a string (`"$A$B"`, `${A}`) a `$` is the interpolation sigil, not part
 * of the name; outside one it belongs to the name (PHP's `$a . $b`).
 */
export function joinedNames(groups: Record<string, string | undefined>): string[] {
  const parts = groups.parts ?? groups.parts2 ?? groups.parts3 ?? groups.parts4 ?? groups.parts5 ?? groups.parts6 ?? groups.parts7 ?? groups.parts8 ?? groups.parts9 ?? "";
  const names = groups.q === undefined ? /[A-Za-z_$][\w$]*/g : /[A-Za-z_]\w*/g;
  return parts.match(names)?.filter((n) => n !== "$") ?? [];
}
