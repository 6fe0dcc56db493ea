// Rule-based task classifier for the UserPromptSubmit hook: pure, dependency-free and linear in the
// prompt length. Every point of the score is a named Signal so the decision can be explained.

export type Level = "simple" | "medium" | "complex";

export interface Signal {
  id: string;
  weight: number;
  detail: string;
}

export interface ClassifyResult {
  level: Level;
  /** Sum of the signal weights, never below 0. */
  score: number;
  signals: Signal[];
}

/** Same keys and meaning as the `classify` section of `.claude/codex-collab.json`. */
export interface ClassifyOptions {
  mediumThreshold?: number;
  complexThreshold?: number;
  extraScopeWords?: readonly string[];
  extraRiskWords?: readonly string[];
}

export const DEFAULT_THRESHOLDS = { mediumThreshold: 3, complexThreshold: 7 } as const;

/** Only this many characters are scanned; the rest of a huge paste only counts towards length. */
export const MAX_SCAN_CHARS = 20_000;

// Word lists. English entries are matched on word boundaries in lower case (a trailing `\w*` makes
// a stem); Chinese entries are matched as substrings, so each one is long enough not to occur
// inside unrelated words.
type WordList = { en: readonly string[]; zh: readonly string[] };

const SCOPE: WordList = {
  en: [
    "refactor\\w*", "(?:re-?)?architect\\w*", "architecture", "architectural", "migrat\\w*", "redesign\\w*", "rewrit\\w*",
    "overhaul\\w*", "restructur\\w*", "monolith\\w*", "micro-?services?", "shard\\w*", "re-?platform\\w*", "decoupl\\w*",
    "modulari[sz]\\w*", "rework\\w*", "re-?implement\\w*",
    // moving a codebase from one technology or major version to another
    "(?:upgrad|mov|switch|port|go)\\w* (?:\\S+ ){0,8}from (?:\\S+ ){1,4}to",
  ],
  zh: [
    "重构", "架构", "迁移", "迁到", "迁至", "重新设计", "重写", "重做", "改造", "解耦", "拆分", "单体", "微服务", "分库分表", "分片", "模块化",
    "从[^，。,\\n]{1,30}(?:升级到|升到|换到|切到|切换到|转到|转成|换成)",
  ],
};

// Moving from one technology to another, extracting a part into its own unit: scope, but a notch
// below a declared refactor or migration.
const SHIFT: WordList = {
  en: [
    "replac\\w* (?:\\S+ ){0,6}with", "replaced by", "switch\\w* (?:\\S+ ){0,4}to", "port\\w* (?:\\S+ ){0,3}to",
    "convert\\w* (?:\\S+ ){0,5}to", "upgrad\\w* (?:\\S+ ){0,4}to v?\\d+(?!\\.\\d)", "extract\\w* (?:\\S+ ){0,8}into",
    "split\\w* (?:\\S+ ){0,8}into", "split\\w* (?:\\S+ ){0,4}out",
  ],
  zh: ["替换", "换成", "换掉", "迁", "拆出", "拆成", "抽成", "抽出", "抽离", "升到", "改写成"],
};

// Each risk category counts once, however many of its words appear.
const RISK: readonly { name: string; words: WordList }[] = [
  {
    name: "auth",
    words: {
      en: [
        "auth", "authn", "authz", "authenticat\\w*", "authori[sz]\\w*", "oauth2?", "oidc", "openid", "sso", "saml", "jwts?",
        "login", "logins", "log-in", "sign-?in", "sign-?on", "session-based", "passwords?", "credentials?", "mfa", "2fa", "totp",
      ],
      zh: ["认证", "鉴权", "授权", "登录", "登陆", "单点登录", "密码", "凭证", "令牌", "会话"],
    },
  },
  {
    name: "security",
    words: {
      en: [
        "security", "secure", "insecure", "vulnerab\\w*", "exploit\\w*", "xss", "csrf", "ssrf", "injection", "sanitiz\\w*",
        "cve-\\d+", "secrets?", "api keys?", "pii", "gdpr", "attack\\w*", "audit\\w*",
      ],
      zh: ["安全", "漏洞", "注入", "越权", "脱敏", "敏感信息", "攻击", "隐私", "审计"],
    },
  },
  {
    name: "crypto",
    words: {
      en: [
        "encrypt\\w*", "decrypt\\w*", "crypto\\w*", "cipher\\w*", "hashing", "hmac", "signatures?", "signing", "tls", "ssl",
        "certificates?", "key exchange", "argon2", "bcrypt", "md5", "sha-?\\d+",
      ],
      zh: ["加密", "解密", "签名", "哈希", "证书", "密钥"],
    },
  },
  {
    name: "access",
    words: {
      en: ["permissions?", "rbac", "abac", "acls?", "access control", "privileges?", "role-based", "multi-?tenan\\w*", "tenants?"],
      zh: ["权限", "越权", "租户", "访问控制"],
    },
  },
  {
    name: "concurrency",
    words: {
      en: [
        "concurren\\w*", "race conditions?", "deadlock\\w*", "mutex\\w*", "locks?", "locking", "atomic\\w*", "thread-?safe\\w*",
        "multi-?thread\\w*", "distributed", "idempoten\\w*", "exactly-once", "at-least-once", "double[- ]charg\\w*",
      ],
      zh: ["并发", "竞态", "竞争条件", "死锁", "锁", "原子", "线程安全", "多线程", "分布式", "幂等", "多实例"],
    },
  },
  {
    name: "money",
    words: {
      en: [
        "payments?", "billing", "invoicing", "checkout", "charg(?:e|es|ed|ing)", "refunds?", "stripe", "paypal",
        "subscriptions?", "wallets?", "ledger", "3-?d ?secure",
      ],
      zh: ["支付", "付款", "扣款", "退款", "计费", "账单", "结算", "余额", "钱包", "订阅", "收款", "对账"],
    },
  },
  {
    name: "data",
    words: {
      en: [
        "transactions?", "transactional", "consistency", "data loss", "zero[- ]downtime", "downtime", "backfill\\w*",
        "existing data", "production data", "existing (?:users|customers|accounts|records)", "rollback", "roll back",
        "backwards?[- ]compatib\\w*", "rollouts?", "failover", "high availability", "fault[- ]toleran\\w*", "disaster recovery",
      ],
      zh: [
        "事务", "一致性", "数据丢失", "丢数据", "停机", "回滚", "存量", "历史数据", "兼容", "老数据", "老用户", "老账号", "灰度", "高可用", "容灾",
        "故障转移",
      ],
    },
  },
  {
    // State shared between processes or devices: sync, real time, messaging.
    name: "distributed",
    words: {
      en: [
        "real-?time", "websockets?", "offline", "synchroni[sz]\\w*", "replicat\\w*", "conflict resolution", "crdts?",
        "eventual(?:ly)? consisten\\w*", "message (?:queue|broker|bus)s?", "rabbitmq", "kafka", "nats", "pub/?sub", "dead-?letter",
        "event[- ]driven", "event sourcing", "sagas?",
      ],
      zh: ["实时", "长连接", "离线", "协同", "冲突解决", "消息队列", "死信", "事件驱动", "数据同步", "双向同步", "最终一致"],
    },
  },
];

const CROSS_CUTTING: WordList = {
  en: [
    "whole", "entire", "across", "everywhere", "codebase", "code base", "monorepo", "codebase-wide", "project-wide", "app-wide", "system-wide", "globally",
    "throughout", "every (?:\\w+ ){0,2}(?:endpoint|service|file|module|component|query|api|route|page|table|package|handler|controller|model|screen|operation|request|call|caller)s?",
    "all (?:the |our |of the )?(?:\\w+ )?(?:endpoints|services|files|modules|components|queries|apis|routes|pages|tables|packages|repos|handlers|controllers|models|screens|callers|usages|operations|tests|clients|apps)",
  ],
  zh: ["整个", "全部", "所有", "全局", "全站", "全量", "各个", "每个", "逐个", "全项目", "全面", "统一"],
};

// Building something new. The strong verbs rarely describe a small edit.
const FEATURE_STRONG: WordList = {
  en: [
    "implement\\w*", "build (?:a|an|the|our|new|out)", "introduce", "design\\w*", "set up", "develop", "integrat\\w*",
  ],
  zh: ["实现", "设计", "搭建", "开发", "集成", "接入"],
};

const FEATURE: WordList = {
  en: ["add", "adding", "write", "create", "support", "internationali[sz]\\w*", "i18n", "locali[sz]ation", "enable", "allow"],
  zh: [
    "新增", "新建", "加一个", "加个", "做一个", "做个", "支持", "增加", "添加", "写一个", "写个", "国际化", "多语言",
    // "给 X 加 Y": add Y to X
    "给[^，。,；;\\n]{1,24}?加",
  ],
};

// What a feature produces, when it is smaller than a system.
const ARTIFACT: WordList = {
  en: [
    "endpoints?", "apis?", "routes?", "pages?", "screens?", "components?", "commands?", "flags?", "options?", "fields?", "columns?",
    "tables?", "forms?", "buttons?", "toggles?", "scripts?", "jobs?", "cron", "webhooks?", "handlers?", "middleware", "cache",
    "caching", "plugins?", "workflows?", "dialogs?", "modals?", "shortcuts?", "classe?s?", "functions?", "validation",
  ],
  zh: ["接口", "页面", "组件", "命令", "参数", "字段", "表单", "按钮", "开关", "脚本", "任务", "缓存", "插件", "功能", "工作流", "弹窗", "校验", "函数", "类"],
};

// Preceded by "existing"/"现有" they name code that is already there, which does not make the task bigger.
const SYSTEM_NOUN: WordList = {
  en: [
    "system", "subsystem", "services?", "modules?", "platform", "framework", "engine", "sdks?", "pipeline", "infrastructure",
    "queues?", "scheduler", "gateway", "protocol", "layer", "workers?",
  ].map((w) => `(?<!\\b(?:existing|current) (?:\\S+ )?)${w}`),
  zh: ["系统", "服务(?!端|器)", "模块", "平台", "框架", "引擎", "中间件", "队列", "调度", "网关", "协议", "方案"].map(
    (w) => `(?<!(?:现有|已有|现在)的?\\S{0,6})${w}`,
  ),
};

const MODIFY: WordList = {
  en: [
    "fix\\w*", "change", "update", "modify", "make", "adjust", "tweak", "improve", "handle", "remove", "delete", "rename", "clean ?up",
    "convert\\w*", "replace\\w*", "persist", "show", "expose", "use", "raise", "split", "mov(?:e|ing)", "extract", "keep", "switch", "upgrade",
  ],
  zh: ["修", "改", "写", "删", "去掉", "调整", "处理", "换", "补", "加", "做", "调大", "调小", "拆", "抽", "迁"],
};

const BUG: WordList = {
  en: [
    "bugs?", "broken", "breaks?", "fails?", "failing", "failure", "crash\\w*", "hangs?", "freez\\w*", "flaky", "intermittent\\w*",
    "sometimes", "randomly", "regression", "leak\\w*", "doesn'?t work", "not working", "stopped working", "wrong", "incorrect",
    "blank screen", "find out why", "investigate", "debug", "root cause", "diagnos\\w*", "reproduc\\w*", "keeps? (?:growing|failing|crashing)",
    "returns? (?:an? )?(?:[45]\\d\\d|errors?)", "internal server error",
  ],
  zh: [
    "bug", "报错", "出错", "失败", "挂了", "会挂", "崩溃", "卡死", "白屏", "乱码", "死循环", "不生效", "不工作", "没反应", "偶尔", "有时候",
    "时不时", "泄漏", "泄露", "排查", "定位", "原因", "复现", "异常", "不对", "有问题", "出问题",
  ],
};

const PERFORMANCE: WordList = {
  en: [
    "slow\\w*", "performance", "perf", "latency", "p9\\d", "throughput", "optimi[sz]\\w*", "bottlenecks?", "profil(?:e|ing)", "n\\+1",
    "memory", "cpu", "speed up", "faster", "laggy", "lag", "jank\\w*", "oom", "under (?:heavy )?load", "high load", "load test\\w*",
  ],
  zh: ["慢", "很卡", "卡顿", "太卡", "有点卡", "性能", "延迟", "耗时", "优化", "瓶颈", "内存", "吞吐", "加速", "提速", "高并发", "压测"],
};

const TESTS: WordList = {
  en: ["tests?", "unit tests?", "specs?", "coverage", "e2e", "integration tests?", "test cases?"],
  zh: ["测试", "单测", "用例", "覆盖率"],
};

// Edits that stay small however they are phrased.
const TRIVIAL: WordList = {
  en: [
    "typos?", "misspell\\w*", "spelling", "rename", "renaming", "bump", "add (?:a |an )?comments?", "comments? (?:above|on|for|explaining|to)",
    "code comments?", "docstrings?", "jsdoc", "wording", "copy text", "label", "(?:lint|eslint|tsc|type) (?:error|warning|issue)s?",
    "prettier", "reformat\\w*", "format (?:the |this )?(?:file|code)", "indent\\w*", "whitespace", "unused (?:imports?|variables?|code)",
    "commented-out", "dead code", "log message", "log level", "readme", "license", "changelog", "gitignore", "copyright", "env\\.example",
    "console\\.log", "print statements?", "debug (?:logs?|prints?|output)",
  ],
  zh: [
    "错别字", "拼写", "重命名", "改名", "文案", "注释", "格式化", "版本号", "日志级别", "端口号", "缩进", "空格", "没用的", "无用的", "多余的",
    "调试日志", "打印语句",
  ],
};

// Prompts that ask for a command rather than a change.
const OPERATION: WordList = {
  en: ["^run", "^execute", "^commit", "^push", "^print", "^show me", "^list", "^open", "^check (?:the )?(?:status|version|branch)"],
  zh: ["^跑一下", "^跑下", "^运行", "^执行", "^提交", "^推送", "^帮我看下当前", "^看下当前"],
};

const SEQUENCE: WordList = {
  en: ["first(?:ly)?", "then", "next", "after that", "afterwards", "finally", "lastly", "additionally", "as well", "plus"],
  zh: ["首先", "然后", "接着", "其次", "再(?!次|见|说)", "最后", "同时", "顺便", "另外", "并且", "还要", "以及"],
};

const EXPLAIN_ONLY: WordList = {
  en: ["just explain", "only explain", "don'?t change", "do not change", "don'?t modify", "no code changes?", "without changing"],
  zh: ["只解释", "不要改", "别改", "先别改", "不用改", "不要动"],
};

// Interrogative cues. English: at the start of a sentence. Chinese: forms that only occur in questions.
const QUESTION_START_EN =
  /^(?:what|what's|whats|why|how|where|when|which|who|whose|is|are|was|were|does|do|did|could|should|would|will|has|have|any idea|quick question|explain|describe|summari[sz]e|tell me|walk me through|help me understand|can you explain|can you tell)\b/;
const QUESTION_ZH =
  /^(?:为什么|为啥|怎么|如何|什么|解释|讲讲|介绍|说说|请问|总结)|是什么|什么意思|干什么|干嘛|做什么的|什么区别|的区别|怎么工作|怎么回事|怎样|怎么样|在哪|哪里|是否|有没有|多少|什么时候该|原理|讲讲|讲一下|介绍一下|说说|总结|概括|解释|[吗呢？?]$/;
// A change request hidden in a question ("can you find out why and fix it?").
const IMPERATIVE_VERBS =
  "fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimi[sz]e|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down";
const IMPERATIVE_EN = new RegExp(
  `(?:^|\\b(?:and|then|please|pls|plz)\\s+|^(?:can|could|would) you (?:please )?|^(?:let's|we need to|we should|i want you to|i need you to|help me) )(?:${IMPERATIVE_VERBS})\\b`,
);
const IMPERATIVE_ZH =
  /修复|修一下|修掉|修好|修下|改一下|改掉|改好|加上|加一个|加个|实现|重构|迁移|优化一下|处理一下|补上|补一下|写一个|写个|做一个|做个|新增|排查|fix/;
// Asking for advice on a design is a discussion worth having with Codex, unlike "what does X do".
const ADVICE =
  /\b(?:how should (?:we|i)|what(?:'s| is) the best (?:way|approach)|best approach|would you recommend|pros and cons|trade-?offs?)\b|(?:怎么|如何|应该怎么|该怎么)(?:设计|架构|拆分|规划|实现比较好)|有什么方案|什么方案|最佳实践|利弊|优缺点/;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_GLOBAL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const SLASH_COMMAND = /^\/[A-Za-z][\w:.-]*(?:\s|$)/;
// Trace lines: JS/Java frames, Python tracebacks, Go panics, database and runtime errors.
const TRACE_LINE =
  /^\s*(?:at\s+\S.*(?::\d+|\(native\)|\(<anonymous>\))\)?\s*$|File ".*", line \d+|Traceback \(most recent call last\)|goroutine \d+ \[|Caused by:|panic:|Exception in thread)/;
const ERROR_LINE = /(?:^|\s)(?:[A-Z]\w*(?:Error|Exception)|ERROR|FATAL|ENOENT|EACCES|ECONNREFUSED|E\d{3,4}|error TS\d+|SyntaxError):/;

const FILE_EXT =
  /\.(?:tsx?|jsx?|mjs|cjs|py|go|rs|java|kts?|swift|rb|php|cs|c|h|cc|cpp|hpp|scala|ex|exs|erl|dart|lua|vue|svelte|astro|jsonc?|ya?ml|toml|ini|md|mdx|sql|prisma|graphql|gql|proto|css|scss|sass|less|html?|xml|sh|bash|zsh|ps1|tf|gradle|conf|cfg|lock)$/;
const FRAMEWORK_JS = /^(?:node|next|nuxt|vue|react|express|three|d3|chart|moment|nest|ember|backbone|angular|socket\.io)\.js$/;
const PATH_ROOTS = new Set([
  "src", "lib", "app", "apps", "test", "tests", "spec", "server", "client", "web", "mobile", "packages", "cmd", "internal",
  "pkg", "scripts", "config", "docs", "components", "pages", "api", "services", "modules", "frontend", "backend", "infra",
]);

interface Compiled {
  scope: RegExp;
  shift: RegExp;
  risk: { name: string; re: RegExp }[];
  cross: RegExp;
  featureStrong: RegExp;
  feature: RegExp;
  systemNoun: RegExp;
  artifact: RegExp;
  modify: RegExp;
  bug: RegExp;
  performance: RegExp;
  tests: RegExp;
  trivial: RegExp;
  operation: RegExp;
  sequence: RegExp;
  explainOnly: RegExp;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(words: WordList, extra: readonly string[] = []): RegExp {
  const zh = [...words.zh];
  const literal: string[] = [];
  for (const w of extra) {
    const t = w.trim().toLowerCase();
    if (!t) continue;
    if (CJK.test(t)) zh.push(escapeRegExp(t));
    // User words may start or end with punctuation ("c++", ".env"), where \b would never match.
    else literal.push(`(?<![a-z0-9_])${escapeRegExp(t)}(?![a-z0-9_])`);
  }
  // Anchored entries (^…) are tried at the start of the prompt only, so they are kept outside \b…\b.
  const anchored = words.en.filter((w) => w.startsWith("^")).map((w) => `^${w.slice(1)}\\b`);
  const free = words.en.filter((w) => !w.startsWith("^"));
  const zhAnchored = zh.filter((w) => w.startsWith("^"));
  const zhFree = zh.filter((w) => !w.startsWith("^"));
  const parts = [...anchored, ...zhAnchored, ...literal];
  if (free.length) parts.push(`\\b(?:${free.join("|")})\\b`);
  if (zhFree.length) parts.push(`(?:${zhFree.join("|")})`);
  return new RegExp(parts.join("|"), "g");
}

let defaults: Compiled | undefined;
const extraCache = new Map<string, Compiled>();

function compiled(extraScope: readonly string[], extraRisk: readonly string[]): Compiled {
  if (extraScope.length === 0 && extraRisk.length === 0) return (defaults ??= build([], []));
  const key = JSON.stringify([extraScope, extraRisk]);
  let c = extraCache.get(key);
  if (!c) {
    // A hook process classifies one prompt; the cache only matters for long-lived callers.
    if (extraCache.size > 16) extraCache.clear();
    c = build(extraScope, extraRisk);
    extraCache.set(key, c);
  }
  return c;
}

function build(extraScope: readonly string[], extraRisk: readonly string[]): Compiled {
  const risk = RISK.map((r) => ({ name: r.name, re: compile(r.words) }));
  if (extraRisk.some((w) => w.trim())) risk.push({ name: "custom", re: compile({ en: [], zh: [] }, extraRisk) });
  return {
    scope: compile(SCOPE, extraScope),
    shift: compile(SHIFT),
    risk,
    cross: compile(CROSS_CUTTING),
    featureStrong: compile(FEATURE_STRONG),
    feature: compile(FEATURE),
    systemNoun: compile(SYSTEM_NOUN),
    artifact: compile(ARTIFACT),
    modify: compile(MODIFY),
    bug: compile(BUG),
    performance: compile(PERFORMANCE),
    tests: compile(TESTS),
    trivial: compile(TRIVIAL),
    operation: compile(OPERATION),
    sequence: compile(SEQUENCE),
    explainOnly: compile(EXPLAIN_ONLY),
  };
}

/** Distinct matched words, in order of appearance. */
function matches(re: RegExp, text: string, limit = 8): string[] {
  const found: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const flat = m[0].replace(/\s+/g, " ").trim();
    // Phrase patterns can match half a sentence; the first and last words are enough to explain them.
    const words = flat.split(" ");
    const w =
      words.length > 3
        ? `${words[0]} … ${words[words.length - 1]}`
        : CJK.test(flat) && flat.length > 6
          ? `${flat.slice(0, 1)}…${flat.slice(-1)}`
          : flat;
    if (!found.includes(w)) found.push(w);
    if (found.length >= limit) break;
  }
  return found;
}

function detail(words: readonly string[]): string {
  return words.slice(0, 3).join(", ");
}

interface Parts {
  /** Natural-language text: fenced code and stack-trace lines removed, lower case. */
  prose: string;
  traceLines: number;
  errorLines: number;
  codeLines: number;
}

function split(text: string): Parts {
  const kept: string[] = [];
  let traceLines = 0;
  let errorLines = 0;
  let codeLines = 0;
  let inFence = false;
  for (const line of text.split("\n")) {
    const isFence = line.trimStart().startsWith("```");
    if (isFence) {
      inFence = !inFence;
      continue;
    }
    if (TRACE_LINE.test(line)) {
      traceLines++;
      continue;
    }
    if (ERROR_LINE.test(line)) errorLines++;
    if (inFence) codeLines += 1 + Math.floor(line.length / 120);
    else kept.push(line);
  }
  return { prose: kept.join("\n").toLowerCase(), traceLines, errorLines, codeLines };
}

function countPaths(prose: string): { files: number; named: string[] } {
  const named: string[] = [];
  let files = 0;
  // ASCII runs only: no nested quantifiers, so the scan stays linear on adversarial input.
  for (const m of prose.matchAll(/[a-z0-9_.\-/*]+/g)) {
    let tok = m[0].replace(/[.\-]+$/, "");
    if (tok.length < 3 || tok.length > 256 || tok.startsWith("/") || tok.startsWith("http")) continue;
    if (named.includes(tok)) continue;
    const isGlob = tok.includes("*");
    tok = tok.replace(/\/\*+(?:\.\w+)?$|\/$/, "");
    const segs = tok.split("/");
    const base = segs[segs.length - 1] ?? "";
    let weight = 0;
    if (FILE_EXT.test(base) && !isGlob) {
      if (segs.length === 1 && FRAMEWORK_JS.test(base)) continue;
      weight = 1;
    } else if (isGlob || m[0].endsWith("/") || (segs.length > 1 && PATH_ROOTS.has(segs[0] ?? ""))) {
      weight = 2; // a directory or glob names a whole module
    }
    if (weight === 0) continue;
    named.push(m[0]);
    files += weight;
  }
  return { files, named };
}

function countListItems(prose: string): number {
  let n = 0;
  for (const line of prose.split("\n")) if (/^\s*(?:\d{1,2}[.)、]|[-*•]|[一二三四五六七八九十][、.])\s*\S/.test(line)) n++;
  return n;
}

/** Rough size in words: ASCII words plus CJK characters (a Chinese word is one to two characters). */
function lengthUnits(prose: string): number {
  const cjk = prose.match(CJK_GLOBAL)?.length ?? 0;
  const words = prose.match(/[a-z0-9_'-]+/g)?.length ?? 0;
  return words + Math.round(cjk * 0.8);
}

function sentences(prose: string): string[] {
  return prose
    .split(/[.!?;:\n。！；：，,]+|\?/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function isQuestion(prose: string, c: Compiled): { question: boolean; advice: boolean; cue: string } {
  const only = matches(c.explainOnly, prose, 1);
  if (only.length) return { question: true, advice: false, cue: only[0] ?? "" };
  const ss = sentences(prose);
  let cue = "";
  for (const s of ss) {
    const en = QUESTION_START_EN.exec(s);
    if (en) {
      cue = en[0];
      break;
    }
  }
  if (!cue) {
    const trimmed = prose.trim();
    const zh = QUESTION_ZH.exec(trimmed);
    if (zh) cue = zh[0];
    else if (/\?$/.test(trimmed) && ss.length <= 2) cue = "?";
  }
  if (!cue) return { question: false, advice: false, cue: "" };
  const imperative = ss.some((s) => IMPERATIVE_EN.test(s)) || IMPERATIVE_ZH.test(prose);
  const advice = ADVICE.exec(prose);
  return { question: !imperative, advice: advice !== null, cue: advice?.[0] ?? cue };
}

export function classify(text: string, opts: ClassifyOptions = {}): ClassifyResult {
  const mediumThreshold = opts.mediumThreshold ?? DEFAULT_THRESHOLDS.mediumThreshold;
  const complexThreshold = opts.complexThreshold ?? DEFAULT_THRESHOLDS.complexThreshold;
  const trimmed = (text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text).trim();
  const signals: Signal[] = [];
  const finish = (): ClassifyResult => {
    const score = Math.max(0, signals.reduce((s, x) => s + x.weight, 0));
    const level: Level = score >= complexThreshold ? "complex" : score >= mediumThreshold ? "medium" : "simple";
    return { level, score, signals };
  };
  if (!trimmed) return finish();

  const slash = SLASH_COMMAND.exec(trimmed);
  if (slash) {
    // The command brings its own workflow; classifying its arguments would stack a second one on top.
    signals.push({ id: "slashCommand", weight: 0, detail: slash[0].trim() });
    return finish();
  }

  const c = compiled(opts.extraScopeWords ?? [], opts.extraRiskWords ?? []);
  const { prose, traceLines, errorLines, codeLines } = split(trimmed);
  const add = (id: string, weight: number, d: string) => {
    if (weight !== 0) signals.push({ id, weight, detail: d });
  };

  const scope = matches(c.scope, prose);
  // A phrase already counted as a migration is not counted again as a replacement.
  const shift = matches(c.shift, scope.length ? prose.replace(c.scope, " ") : prose);
  const scopeWords = [...scope, ...shift];
  if (scopeWords.length) add("scope", (scope.length ? 3 : 2) + (scopeWords.length > 1 ? 1 : 0), detail(scopeWords));

  const risks: string[] = [];
  for (const r of c.risk) {
    const m = matches(r.re, prose, 1);
    if (m[0]) risks.push(m[0]);
  }
  if (risks.length) add("risk", Math.min(6, 2 * risks.length), detail(risks));

  const cross = matches(c.cross, prose);
  if (cross.length) add("crossCutting", 2, detail(cross));

  const strong = matches(c.featureStrong, prose);
  const feature = strong.length ? strong : matches(c.feature, prose);
  if (feature.length) add("feature", strong.length ? 3 : 2, detail(feature));
  const modify = matches(c.modify, prose);
  if (modify.length) add("change", 1, detail(modify));
  // What is being built only matters when something is being built.
  if (feature.length || scopeWords.length) {
    const systemNoun = matches(c.systemNoun, prose);
    const artifact = systemNoun.length ? [] : matches(c.artifact, prose);
    if (systemNoun.length) add("system", 2, detail(systemNoun));
    else if (artifact.length && feature.length) add("artifact", 1, detail(artifact));
  }

  const { files, named } = countPaths(prose);
  if (files >= 2) add("files", files >= 5 ? 3 : files >= 3 ? 2 : 1, `${named.length} ${named.length === 1 ? "path" : "paths"} named`);

  // Requirements come as list items, as sequencing words, or as a run of comma-separated parts.
  const items = countListItems(prose);
  const seq = matches(c.sequence, prose);
  const parts = prose.match(/[,，、;；]/g)?.length ?? 0;
  const listWeight = Math.max(items >= 2 ? Math.min(3, items - 1) : 0, parts >= 6 ? 2 : parts >= 3 ? 1 : 0);
  const stepWeight = Math.min(3, listWeight + (seq.length >= 3 ? 2 : seq.length >= 2 ? 1 : 0));
  if (stepWeight) {
    const what = items >= 2 ? `${items} list items` : seq.length >= 2 ? `steps ${detail(seq)}` : `${parts + 1} parts`;
    add("steps", stepWeight, what);
  }

  if (traceLines >= 2) add("errorLog", 2, `stack trace (${traceLines} frames)`);
  else if (traceLines + errorLines > 0) add("errorLog", 1, "error message");

  // Pasted code is context the task has to digest; a long paste is rarely a one-line fix.
  if (codeLines >= 15) add("code", codeLines >= 60 ? 2 : 1, `${codeLines} lines of code pasted`);

  const bug = matches(c.bug, prose);
  if (bug.length) add("bug", 2, detail(bug));

  const perf = matches(c.performance, prose);
  if (perf.length) add("performance", 2, detail(perf));

  const tests = matches(c.tests, prose);
  if (tests.length) add("tests", 1, detail(tests));

  const units = lengthUnits(prose);
  const longWeight = text.length > MAX_SCAN_CHARS ? 3 : units >= 60 ? 3 : units >= 30 ? 2 : units >= 12 ? 1 : 0;
  const lengthDetail = text.length > MAX_SCAN_CHARS ? `${text.length} chars (first ${MAX_SCAN_CHARS} scanned)` : `~${units} words`;
  if (longWeight) add("length", longWeight, lengthDetail);

  const trivial = matches(c.trivial, prose);
  if (trivial.length) add("trivial", -3, detail(trivial));
  else if (/(?:^|[^a-z])(?:to|->|改成|改为|升级到|升到|bump \S+ to) ?v?\d+\.\d+\.\d+\b/.test(prose)) add("trivial", -3, "version bump");

  // Changing one value: "from 30s to 60s", "from 'Submit' to 'Save'", "改成 8080".
  const tweak =
    /\b(?:change|set|raise|lower|increase|decrease|make|update)\b[^.\n]{0,60}\bfrom ['"“]?[\w.-]{1,20}['"”]? to ['"“]?\S{1,20}|改成|改为|调成|调到|设为|设置为/.exec(
      prose,
    );
  if (tweak && !scope.length) add("tweak", -2, tweak[0].length > 24 ? `${tweak[0].slice(0, 24)}…` : tweak[0]);

  const op = matches(c.operation, prose.trim(), 1);
  if (op[0]) add("operation", -2, op[0]);

  const q = isQuestion(prose, c);
  if (q.question) add("question", q.advice ? -2 : -5, q.cue);

  return finish();
}

const SELF_DESCRIBED = new Set(["files", "steps", "length", "errorLog", "code"]);

/** One line for humans: "complex (score 9): scope 重构, risk 并发, 4 paths named". */
export function explain(result: ClassifyResult): string {
  const parts = [...result.signals]
    .filter((s) => s.weight !== 0 || s.id === "slashCommand")
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((s) => {
      const body = SELF_DESCRIBED.has(s.id) ? s.detail : `${s.id} ${s.detail}`;
      return s.weight < 0 ? `${body} (${s.weight})` : body;
    });
  return `${result.level} (score ${result.score}): ${parts.length ? parts.join(", ") : "no signals"}`;
}
