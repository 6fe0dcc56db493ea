// A secret's name and its value in two fields of one entry: Kubernetes `env` (`- name: DB_PASSWORD` then
// `value: "…"`), ECS task definitions (`{"name": "DB_PASSWORD", "value": "…"}`), Helm releases in Terraform
// (`set { name = "db.password"  value = "…" }`), CI variable lists (`key: API_TOKEN` / `value: …`), a HAR's cookies
// (`{"name": "sessionid", "value": "…"}`), CloudFormation parameters (`"ParameterKey"` / `"ParameterValue"`),
// Elastic Beanstalk option settings (`"OptionName"` / `"Value"`). The value field must follow within a few lines
// and before another name; each name looks at a bounded stretch, so the pass is linear.
import { categorize } from "./names.js";
import { isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

const NAME_RE = /(?<![\w$-])["']?(?:Parameter|Option)?(?:name|key|Name|Key)["']?[ \t]*[:=][ \t]*(["']?)([A-Za-z_][\w.-]{0,127})\1(?![\w.-])/g;
/** How far after a name its value may stand. */
const REACH = 240;
const VALUE_RE = /(?<![\w$-])["']?(?:Parameter)?(?:value|Value)["']?[ \t]*[:=][ \t]*/;
/** Another entry's name between: the value found belongs to it. */
const OTHER_NAME_RE = /(?<![\w$-])["']?(?:Parameter|Option)?(?:name|key|Name|Key)["']?[ \t]*[:=]/;

/** The value's range, and whether it was quoted (a YAML tag, anchor or block indicator only opens a bare value). */
function valueAt(text: string, from: number): [number, number, boolean] | null {
  const q = text[from];
  if (q === '"' || q === "'") {
    let end = from + 1;
    while (end < text.length && end - from < 1024 && text[end] !== q && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
    return text[end] === q ? [from + 1, end, true] : null;
  }
  // A YAML comment starts after a space (which ends the value anyway): `#` inside a value is the value's.
  const m = /^(?!#)[^\s,}\]"'`]{1,512}/.exec(text.slice(from, from + 512));
  return m ? [from, from + m[0].length, false] : null;
}

/**
 * Session cookies by their usual names (a HAR's `cookies` list, a Postman cookie jar): the value is the login itself
 * when it looks generated.
 */
const SESSION_COOKIE_RE = /^(?:[\w.-]{0,24}[_.-])?(?:session(?:_?id)?|sessid|sid|phpsessid|jsessionid|remember_token|remember_user_token)$/i;

function literal(category: ReturnType<typeof categorize> | "session", v: string, quoted: boolean): boolean {
  if (v.length < 4 || isPlaceholder(v) || v.includes(MARKER_PREFIX) || /^[${]/.test(v) || (!quoted && /^[&*!|>]/.test(v))) return false;
  if (category === "session") return looksRandom(v);
  if (category === "password") return !/^[a-z]+$/.test(v) || v.length >= 8;
  return category === "secret" && v.length >= 8 && !isMadeOfWords(v);
}

export function redactNamedValues(text: string, tally: Tally): string {
  if (!/value/i.test(text)) return text;
  const cuts: [number, number][] = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    const category = categorize(m[2]!.split(".").pop()!) ?? (SESSION_COOKIE_RE.test(m[2]!) ? "session" : null);
    if (category !== "password" && category !== "secret" && category !== "session") continue;
    const after = NAME_RE.lastIndex;
    const stretch = text.slice(after, after + REACH);
    const v = VALUE_RE.exec(stretch);
    if (!v || OTHER_NAME_RE.test(stretch.slice(0, v.index)) || (stretch.slice(0, v.index).match(/\n/g)?.length ?? 0) > 3) continue;
    const range = valueAt(text, after + v.index + v[0].length);
    if (range && literal(category, text.slice(range[0], range[1]), range[2])) cuts.push([range[0], range[1]]);
  }
  return tally.cut(text, cuts, "password");
}
