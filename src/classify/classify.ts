// Rule-based task classifier for the UserPromptSubmit hook: pure, dependency-free and linear in the
// prompt length. Every point of the score is a named Signal so the decision can be explained.
import { compileList, findAll, hydrateMatcher, isCjk, isDigits, isWordChar, makeDoc, serializeMatcher, type Doc, type Match, type Matcher, type MatcherData, type WordList } from "./match.js";
import { PRECOMPILED } from "./precompiled.generated.js";

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

// Word lists, in the syntax described in match.ts. Chinese entries are substrings, each long enough
// not to occur inside unrelated words.
const plural = (...words: string[]) => `(${words.flatMap((w) => [w, `${w}s`]).join("|")})`;

const SCOPE: WordList = {
  en: [
    "refactor*", "architect*", "rearchitect*", "re architect*", "migrat*", "redesign*", "rewrit*", "overhaul*", "restructur*",
    "monolith*", "microservice*", "micro service*", "shard*", "replatform*", "re platform*", "decoupl*", "modularis*", "modulariz*",
    "rework*", "reimplement*", "re implement*",
    // moving a codebase from one technology or major version to another
    "(upgrad*|mov*|switch*|port*|go*) ..8 from ..4 to",
  ],
  zh: [
    "重构", "架构", "迁移", "迁到", "迁至", "重新设计", "重写", "重做", "改造", "解耦", "拆分", "单体", "微服务", "分库分表", "分片", "模块化",
    /从[^，。,\n]{1,30}(?:升级到|升到|换到|切到|切换到|转到|转成|换成)/,
  ],
};

// Moving from one technology to another, extracting a part into its own unit: scope, but a notch
// below a declared refactor or migration.
const SHIFT: WordList = {
  en: [
    "replac* ..6 with", "replaced by", "switch* ..4 to", "port* ..3 to", "convert* ..5 to", "upgrad* ..4 to #", "extract* ..8 into",
    "split* ..8 into", "split* ..4 out",
  ],
  zh: ["替换", "换成", "换掉", "迁", "拆出", "拆成", "抽成", "抽出", "抽离", "升到", "改写成"],
};

// Each risk category counts once, however many of its words appear.
const RISK: readonly { name: string; words: WordList }[] = [
  {
    name: "auth",
    words: {
      en: [
        "auth", "authn", "authz", "authenticat*", "authoris*", "authoriz*", "oauth", "oauth2", "oidc", "openid", "sso", "saml", "jwt",
        "jwts", "login", "logins", "log-in", "sign-in", "signin", "sign-on", "signon", "session-based", "password", "passwords",
        "credential", "credentials", "mfa", "2fa", "totp",
      ],
      zh: ["认证", "鉴权", "授权", "登录", "登陆", "单点登录", "密码", "凭证", "令牌", "会话"],
    },
  },
  {
    name: "security",
    words: {
      en: [
        "security", "secure", "insecure", "vulnerab*", "exploit*", "xss", "csrf", "ssrf", "injection", "sanitiz*", "cve #", "secret",
        "secrets", "api key", "api keys", "pii", "gdpr", "attack*", "audit*",
      ],
      zh: ["安全", "漏洞", "注入", "越权", "脱敏", "敏感信息", "攻击", "隐私", "审计"],
    },
  },
  {
    name: "crypto",
    words: {
      en: [
        "encrypt*", "decrypt*", "crypto*", "cipher*", "hashing", "hmac", "signature", "signatures", "signing", "tls", "ssl",
        "certificate", "certificates", "key exchange", "argon2", "bcrypt", "md5", "sha #", "sha1", "sha256", "sha384", "sha512",
      ],
      zh: ["加密", "解密", "签名", "哈希", "证书", "密钥"],
    },
  },
  {
    name: "access",
    words: {
      en: [
        "permission", "permissions", "rbac", "abac", "acl", "acls", "access control", "privilege", "privileges", "role-based",
        "multitenan*", "multi-tenan*", "tenant", "tenants",
      ],
      zh: ["权限", "越权", "租户", "访问控制"],
    },
  },
  {
    name: "concurrency",
    words: {
      en: [
        "concurren*", "race condition", "race conditions", "deadlock*", "mutex*", "lock", "locks", "locking", "atomic*", "threadsafe*",
        "thread-safe*", "multithread*", "multi-thread*", "distributed", "idempoten*", "exactly-once", "at-least-once", "double-charg*",
      ],
      zh: ["并发", "竞态", "竞争条件", "死锁", "锁", "原子", "线程安全", "多线程", "分布式", "幂等", "多实例"],
    },
  },
  {
    name: "money",
    words: {
      en: [
        "payment", "payments", "billing", "invoicing", "checkout", "charge", "charges", "charged", "charging", "refund", "refunds",
        "stripe", "paypal", "subscription", "subscriptions", "wallet", "wallets", "ledger", "3d secure", "3-d secure", "3dsecure",
        "3-dsecure",
      ],
      zh: ["支付", "付款", "扣款", "退款", "计费", "账单", "结算", "余额", "钱包", "订阅", "收款", "对账"],
    },
  },
  {
    name: "data",
    words: {
      en: [
        "transaction", "transactions", "transactional", "consistency", "data loss", "zero-downtime", "downtime", "backfill*",
        "existing data", "production data", "existing (users|customers|accounts|records)", "rollback", "roll back",
        "backward-compatib*", "backwards-compatib*", "rollout", "rollouts", "failover", "high availability", "fault-toleran*",
        "disaster recovery",
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
        "realtime", "real-time", "websocket", "websockets", "offline", "synchronis*", "synchroniz*", "replicat*", "conflict resolution",
        "crdt", "crdts", "eventual consisten*", "eventually consisten*", "message (queue|queues|broker|brokers|bus|buses)", "rabbitmq",
        "kafka", "nats", "pub sub", "pubsub", "deadletter", "dead-letter", "event-driven", "event sourcing", "saga", "sagas",
      ],
      zh: ["实时", "长连接", "离线", "协同", "冲突解决", "消息队列", "死信", "事件驱动", "数据同步", "双向同步", "最终一致"],
    },
  },
];

const CROSS_CUTTING: WordList = {
  en: [
    "whole", "entire", "across", "everywhere", "codebase", "code base", "monorepo", "codebase-wide", "project-wide", "app-wide",
    "system-wide", "globally", "throughout",
    `every ..2 ${plural("endpoint", "service", "file", "module", "component", "query", "api", "route", "page", "table", "package", "handler", "controller", "model", "screen", "operation", "request", "call", "caller")}`,
    "all ..3 (endpoints|services|files|modules|components|queries|apis|routes|pages|tables|packages|repos|handlers|controllers|models|screens|callers|usages|operations|tests|clients|apps)",
  ],
  zh: ["整个", "全部", "所有", "全局", "全站", "全量", "各个", "每个", "逐个", "全项目", "全面", "统一"],
};

// Building something new. The strong verbs rarely describe a small edit.
const FEATURE_STRONG: WordList = {
  en: ["implement*", "build (a|an|the|our|new|out)", "introduce", "design*", "set up", "develop", "integrat*"],
  zh: ["实现", "设计", "搭建", "开发", "集成", "接入"],
};

const FEATURE: WordList = {
  en: [
    "add", "adding", "write", "create", "support", "internationalis*", "internationaliz*", "i18n", "localisation", "localization",
    "enable", "allow",
  ],
  zh: [
    "新增", "新建", "加一个", "加个", "做一个", "做个", "支持", "增加", "添加", "写一个", "写个", "国际化", "多语言",
    // "给 X 加 Y": add Y to X
    /给[^，。,；;\n]{1,24}?加/,
  ],
};

// What a feature produces, when it is smaller than a system.
const ARTIFACT: WordList = {
  en: [
    plural("endpoint", "api", "route", "page", "screen", "component", "command", "flag", "option", "field", "column", "table", "form"),
    plural("button", "toggle", "script", "job", "webhook", "handler", "plugin", "workflow", "dialog", "modal", "shortcut", "function"),
    "cron", "middleware", "cache", "caching", "class", "classes", "validation",
  ],
  zh: ["接口", "页面", "组件", "命令", "参数", "字段", "表单", "按钮", "开关", "脚本", "任务", "缓存", "插件", "功能", "工作流", "弹窗", "校验", "函数", "类"],
};

// Preceded by "existing"/"现有" they name code that is already there, which does not make the task bigger.
const SYSTEM_NOUN: WordList = {
  en: [
    "system", "subsystem", plural("service", "module", "sdk", "queue", "worker"), "platform", "framework", "engine", "pipeline",
    "infrastructure", "scheduler", "gateway", "protocol", "layer",
  ],
  zh: ["系统", /服务(?!端|器)/, "模块", "平台", "框架", "引擎", "中间件", "队列", "调度", "网关", "协议", "方案"],
  unlessAfter: { en: ["existing", "current"], zh: ["现有", "已有", "现在"] },
};

const MODIFY: WordList = {
  en: [
    "fix*", "change", "update", "modify", "make", "adjust", "tweak", "improve", "handle", "remove", "delete", "rename", "cleanup",
    "clean up", "convert*", "replace*", "persist", "show", "expose", "use", "raise", "split", "move", "moving", "extract", "keep",
    "switch", "upgrade",
  ],
  zh: ["修", "改", "写", "删", "去掉", "调整", "处理", "换", "补", "加", "做", "调大", "调小", "拆", "抽", "迁"],
};

const BUG: WordList = {
  en: [
    "bug", "bugs", "broken", "break", "breaks", "fail", "fails", "failing", "failure", "crash*", "hang", "hangs", "freez*", "flaky",
    "intermittent*", "sometimes", "randomly", "regression", "leak*", "doesn't work", "doesnt work", "not working", "stopped working",
    "wrong", "incorrect", "blank screen", "find out why", "investigate", "debug", "root cause", "diagnos*", "reproduc*",
    "(keep|keeps) (growing|failing|crashing)", "(return|returns) (a|an|) (#4xx|error|errors)", "internal server error",
  ],
  zh: [
    "bug", "报错", "出错", "失败", "挂了", "会挂", "崩溃", "卡死", "白屏", "乱码", "死循环", "不生效", "不工作", "没反应", "偶尔", "有时候",
    "时不时", "泄漏", "泄露", "排查", "定位", "原因", "复现", "异常", "不对", "有问题", "出问题",
  ],
};

const PERFORMANCE: WordList = {
  en: [
    "slow*", "performance", "perf", "latency", "(p90|p95|p99|p999)", "throughput", "optimis*", "optimiz*", "bottleneck",
    "bottlenecks", "profile", "profiling", "n+1", "memory", "cpu", "speed up", "faster", "laggy", "lag", "jank*", "oom",
    "under (heavy|) load", "high load", "load test*",
  ],
  zh: ["慢", "很卡", "卡顿", "太卡", "有点卡", "性能", "延迟", "耗时", "优化", "瓶颈", "内存", "吞吐", "加速", "提速", "高并发", "压测"],
};

const TESTS: WordList = {
  en: ["test", "tests", "unit (test|tests)", "spec", "specs", "coverage", "e2e", "integration (test|tests)", "test (case|cases)"],
  zh: ["测试", "单测", "用例", "覆盖率"],
};

// Edits that stay small however they are phrased.
const TRIVIAL: WordList = {
  en: [
    "typo", "typos", "misspell*", "spelling", "rename", "renaming", "bump", "add (a|an|) (comment|comments)",
    "(comment|comments) (above|on|for|explaining|to)", "code (comment|comments)", "docstring", "docstrings", "jsdoc", "wording",
    "copy text", "label", "(lint|eslint|tsc|type) (error|errors|warning|warnings|issue|issues)", "prettier", "reformat*",
    "format (the|this|) (file|code)", "indent*", "whitespace", "unused (import|imports|variable|variables|code)", "commented-out",
    "dead code", "log message", "log level", "readme", "license", "changelog", "gitignore", "copyright", "env.example", "console.log",
    "print statement", "print statements", "debug (log|logs|print|prints|output)",
  ],
  zh: [
    "错别字", "拼写", "重命名", "改名", "文案", "注释", "格式化", "版本号", "日志级别", "端口号", "缩进", "空格", "没用的", "无用的", "多余的",
    "调试日志", "打印语句",
  ],
};

// Prompts that ask for a command rather than a change; only counted at the very start.
const OPERATION: WordList = {
  en: ["^run", "^execute", "^commit", "^push", "^print", "^show me", "^list", "^open", "^check (the|) (status|version|branch)"],
  zh: ["^跑一下", "^跑下", "^运行", "^执行", "^提交", "^推送", "^帮我看下当前", "^看下当前"],
};

const SEQUENCE: WordList = {
  en: ["first", "firstly", "then", "next", "after that", "afterwards", "finally", "lastly", "additionally", "as well", "plus"],
  zh: ["首先", "然后", "接着", "其次", /再(?!次|见|说)/, "最后", "同时", "顺便", "另外", "并且", "还要", "以及"],
};

const EXPLAIN_ONLY: WordList = {
  en: [
    "just explain", "only explain", "(don't|dont) (change|modify)", "do not change", "no code (change|changes)", "without changing",
  ],
  zh: ["只解释", "不要改", "别改", "先别改", "不用改", "不要动"],
};

// Interrogative cues. English: at the start of a sentence.
const QUESTION_EN: WordList = {
  en: [
    "^(what|what's|whats|why|how|where|when|which|who|whose|is|are|was|were|does|do|did|could|should|would|will|has|have)",
    "^any idea", "^quick question", "^(explain|describe|summarise|summarize)", "^tell me", "^walk me through",
    "^help me understand", "^can you (explain|tell)",
  ],
  zh: [],
};
// Chinese: forms that only occur in questions, at the start, anywhere, or as the last character.
const QUESTION_ZH_START = ["为什么", "为啥", "怎么", "如何", "什么", "解释", "讲讲", "介绍", "说说", "请问", "总结"];
const QUESTION_ZH_ANYWHERE = [
  "是什么", "什么意思", "干什么", "干嘛", "做什么的", "什么区别", "的区别", "怎么工作", "怎么回事", "怎样", "怎么样", "在哪", "哪里", "是否",
  "有没有", "多少", "什么时候该", "原理", "讲讲", "讲一下", "介绍一下", "说说", "总结", "概括", "解释",
];
const QUESTION_END = new Set(["吗", "呢", "？", "?"]);

// A change request hidden in a question ("can you find out why and fix it?").
const VERBS =
  "(fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)";
const IMPERATIVE: WordList = {
  en: [
    `^${VERBS}`, `(and|then|please|pls|plz) ${VERBS}`, `^(can|could|would) you (please|) ${VERBS}`,
    `^(let's|we need to|we should|i want you to|i need you to|help me) ${VERBS}`,
  ],
  zh: [
    "修复", "修一下", "修掉", "修好", "修下", "改一下", "改掉", "改好", "加上", "加一个", "加个", "实现", "重构", "迁移", "优化一下", "处理一下", "补上",
    "补一下", "写一个", "写个", "做一个", "做个", "新增", "排查", "fix",
  ],
};

// Asking for advice on a design is a discussion worth having with Codex, unlike "what does X do".
const ADVICE: WordList = {
  en: [
    "how should (we|i)", "(what's|what is) the best (way|approach)", "best approach", "would you recommend", "pros and cons",
    "tradeoff", "tradeoffs", "trade-off", "trade-offs",
  ],
  zh: [
    ...["怎么", "如何", "应该怎么", "该怎么"].flatMap((q) => ["设计", "架构", "拆分", "规划", "实现比较好"].map((v) => q + v)),
    "有什么方案", "什么方案", "最佳实践", "利弊", "优缺点",
  ],
};

// Checked once per prompt, so a regular expression costs no more than a loop here.
const SLASH_COMMAND = /^\/[A-Za-z][\w:.-]*(?:\s|$)/;
const TRACE_PREFIXES = ["Traceback (most recent call last)", "goroutine ", "Caused by:", "panic:", "Exception in thread"];
const ERROR_WORDS = new Set(["ERROR", "FATAL", "ENOENT", "EACCES", "ECONNREFUSED", "EADDRINUSE", "ETIMEDOUT"]);

function isAsciiWordChar(c: string | undefined): boolean {
  return c !== undefined && (isWordChar(c) || (c >= "A" && c <= "Z"));
}

/** "…:12" or "…:12)" at the end of a line. */
function endsWithLineNumber(t: string): boolean {
  const body = t.endsWith(")") ? t.slice(0, -1) : t;
  const colon = body.lastIndexOf(":");
  return colon >= 0 && isDigits(body.slice(colon + 1));
}

/** A stack frame or traceback header: JS/Java frames, Python tracebacks, Go panics. */
function isTraceLine(line: string): boolean {
  const t = line.trim();
  if (t.startsWith("at ")) return endsWithLineNumber(t) || t.endsWith("(native)") || t.endsWith("(<anonymous>)");
  if (t.startsWith('File "')) {
    const at = t.indexOf('", line ');
    return at >= 0 && isDigits(t.slice(at + 8).split(",")[0] ?? "");
  }
  return TRACE_PREFIXES.some((p) => t.startsWith(p));
}

/** "TypeError: …", "ERROR: …", "ENOENT: …", "error TS2345: …": a word like these right before a colon. */
function isErrorLine(line: string): boolean {
  for (let colon = line.indexOf(":"); colon >= 0; colon = line.indexOf(":", colon + 1)) {
    let s = colon;
    while (isAsciiWordChar(line[s - 1])) s--;
    const word = line.slice(s, colon);
    if (!word || (s > 0 && line[s - 1] !== " " && line[s - 1] !== "\t")) continue;
    const first = word[0] ?? "";
    const named = word.length > 5 && (word.endsWith("Error") || word.endsWith("Exception")); // TypeError, IOException
    if (first >= "A" && first <= "Z" && named) return true;
    if (ERROR_WORDS.has(word)) return true;
    if (word.startsWith("TS") && isDigits(word.slice(2)) && line.slice(Math.max(0, s - 6), s) === "error ") return true;
  }
  return false;
}

const FILE_EXTENSIONS = new Set(
  (
    "ts tsx js jsx mjs cjs py go rs java kt kts swift rb php cs c h cc cpp hpp scala ex exs erl dart lua vue svelte astro json jsonc " +
    "yml yaml toml ini md mdx sql prisma graphql gql proto css scss sass less html htm xml sh bash zsh ps1 tf gradle conf cfg lock"
  ).split(" "),
);
const FRAMEWORK_JS = new Set(
  "node next nuxt vue react express three d3 chart moment nest ember backbone angular socket.io".split(" ").map((n) => `${n}.js`),
);
const PATH_ROOTS = new Set([
  "src", "lib", "app", "apps", "test", "tests", "spec", "server", "client", "web", "mobile", "packages", "cmd", "internal",
  "pkg", "scripts", "config", "docs", "components", "pages", "api", "services", "modules", "frontend", "backend", "infra",
]);

const LISTS = {
  scope: SCOPE,
  shift: SHIFT,
  cross: CROSS_CUTTING,
  featureStrong: FEATURE_STRONG,
  feature: FEATURE,
  systemNoun: SYSTEM_NOUN,
  artifact: ARTIFACT,
  modify: MODIFY,
  bug: BUG,
  performance: PERFORMANCE,
  tests: TESTS,
  trivial: TRIVIAL,
  operation: OPERATION,
  sequence: SEQUENCE,
  explainOnly: EXPLAIN_ONLY,
  questionEn: QUESTION_EN,
  imperative: IMPERATIVE,
  advice: ADVICE,
};
type ListName = keyof typeof LISTS;

/** Matchers built on first use: some lists are only consulted for some prompts. */
interface Compiled {
  get(name: ListName): Matcher;
  risk(): { name: string; m: Matcher }[];
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

/** Every built-in word list by name (risk categories as `risk:<name>`). */
export function builtInLists(): Record<string, WordList> {
  const out: Record<string, WordList> = { ...LISTS };
  for (const r of RISK) out[`risk:${r.name}`] = r.words;
  return out;
}

/** Every built-in list compiled without extra words, by the names of builtInLists(). */
export function builtInMatcherData(): Record<string, MatcherData> {
  return Object.fromEntries(Object.entries(builtInLists()).map(([name, list]) => [name, serializeMatcher(compileList(list))]));
}

let precompiled: Record<string, MatcherData> | undefined;

/**
 * A built-in list as compiled at build time: compiling all of them costs the UserPromptSubmit hook ~3 ms, loading
 * them ~0.5 ms. test/classify/precompiled.test.ts fails when precompiled.generated.ts is stale.
 */
function builtIn(key: string, list: WordList): Matcher {
  precompiled ??= JSON.parse(PRECOMPILED) as Record<string, MatcherData>;
  const data = precompiled[key];
  return data ? hydrateMatcher(data) : compileList(list);
}

function build(extraScope: readonly string[], extraRisk: readonly string[]): Compiled {
  const built = new Map<ListName, Matcher>();
  let risk: { name: string; m: Matcher }[] | undefined;
  return {
    get(name) {
      let m = built.get(name);
      if (!m) {
        m = name === "scope" && extraScope.length > 0 ? compileList(LISTS[name], extraScope) : builtIn(name, LISTS[name]);
        built.set(name, m);
      }
      return m;
    },
    risk() {
      if (!risk) {
        risk = RISK.map((r) => ({ name: r.name, m: builtIn(`risk:${r.name}`, r.words) }));
        if (extraRisk.some((w) => w.trim())) risk.push({ name: "custom", m: compileList({ en: [], zh: [] }, extraRisk) });
      }
      return risk;
    },
  };
}

/** Distinct matched words in order of appearance, shortened for display. */
function words(found: readonly Match[]): string[] {
  const out: string[] = [];
  for (const m of found) {
    const ws = m.text.split("\n").join(" ").split("\t").join(" ").split(" ").filter(Boolean);
    const flat = ws.join(" ");
    // Phrase patterns can match half a sentence; the first and last words are enough to explain them.
    const w =
      ws.length > 3
        ? `${ws[0]} … ${ws[ws.length - 1]}`
        : flat.length > 6 && [...flat].some(isCjk)
          ? `${flat.slice(0, 1)}…${flat.slice(-1)}`
          : flat;
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

function find(m: Matcher, doc: Doc): string[] {
  return words(findAll(m, doc));
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
    if (isTraceLine(line)) {
      traceLines++;
      continue;
    }
    if (isErrorLine(line)) errorLines++;
    if (inFence) codeLines += 1 + Math.floor(line.length / 120);
    else kept.push(line);
  }
  return { prose: kept.join("\n").toLowerCase(), traceLines, errorLines, codeLines };
}

const PATH_CHARS = new Set([..."abcdefghijklmnopqrstuvwxyz0123456789_.-/*"]);

function countPaths(prose: string): { files: number; named: string[] } {
  const named: string[] = [];
  let files = 0;
  for (let i = 0; i < prose.length; ) {
    if (!PATH_CHARS.has(prose[i] ?? "")) {
      i++;
      continue;
    }
    let j = i;
    while (PATH_CHARS.has(prose[j] ?? "")) j++;
    const run = prose.slice(i, j);
    i = j;
    let end = run.length;
    while (end > 0 && (run[end - 1] === "." || run[end - 1] === "-")) end--;
    let tok = run.slice(0, end);
    if (tok.length < 3 || tok.length > 256 || tok.startsWith("/") || tok.startsWith("http")) continue;
    if (named.includes(tok)) continue;
    const isGlob = tok.includes("*");
    tok = stripDirectorySuffix(tok);
    const segs = tok.split("/");
    const base = segs[segs.length - 1] ?? "";
    let weight = 0;
    const dot = base.lastIndexOf(".");
    if (dot > 0 && FILE_EXTENSIONS.has(base.slice(dot + 1)) && !isGlob) {
      if (segs.length === 1 && FRAMEWORK_JS.has(base)) continue;
      weight = 1;
    } else if (isGlob || run.endsWith("/") || (segs.length > 1 && PATH_ROOTS.has(segs[0] ?? ""))) {
      weight = 2; // a directory or glob names a whole module
    }
    if (weight === 0) continue;
    named.push(run);
    files += weight;
  }
  return { files, named };
}

/** "src/chat/" → "src/chat", "src/chat/*" or "src/chat/**.ts" → "src/chat". */
function stripDirectorySuffix(tok: string): string {
  if (tok.endsWith("/")) return tok.slice(0, -1);
  const slash = tok.lastIndexOf("/");
  const tail = tok.slice(slash + 1);
  if (slash < 0 || !tail.startsWith("*")) return tok;
  let k = 0;
  while (tail[k] === "*") k++;
  const rest = tail.slice(k);
  return rest === "" || (rest.startsWith(".") && [...rest.slice(1)].every((c) => isAsciiWordChar(c))) ? tok.slice(0, slash) : tok;
}

const CHINESE_NUMERALS = new Set([..."一二三四五六七八九十"]);

/** Lines starting "1." "2)" "3、" "-" "*" "•" "一、" followed by text. */
function countListItems(prose: string): number {
  let n = 0;
  for (const line of prose.split("\n")) {
    const t = line.trimStart();
    let k = 0;
    if (isDigits(t.slice(0, 1))) {
      k = isDigits(t.slice(1, 2)) ? 2 : 1;
      if (!".)、".includes(t[k] ?? "x")) continue;
      k++;
    } else if ("-*•".includes(t[0] ?? "x")) k = 1;
    else if (CHINESE_NUMERALS.has(t[0] ?? "") && "、.".includes(t[1] ?? "x")) k = 2;
    else continue;
    if (t.slice(k).trim()) n++;
  }
  return n;
}

/** Rough size in words: ASCII words plus CJK characters (a Chinese word is one to two characters). */
function lengthUnits(prose: string): number {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (const c of prose) {
    const wordChar = isWordChar(c) || c === "'" || c === "-";
    if (wordChar && !inWord) words++;
    inWord = wordChar;
    if (!wordChar && isCjk(c)) cjk++;
  }
  return words + Math.round(cjk * 0.8);
}

function isQuestion(doc: Doc, c: Compiled): { question: boolean; advice: boolean; cue: string } {
  const only = find(c.get("explainOnly"), doc)[0];
  if (only) return { question: true, advice: false, cue: only };
  let cue = find(c.get("questionEn"), doc)[0] ?? "";
  if (!cue) {
    const trimmed = doc.text.trim();
    let at = Infinity;
    for (const w of QUESTION_ZH_START) if (trimmed.startsWith(w)) [at, cue] = [0, w];
    for (const w of QUESTION_ZH_ANYWHERE) {
      const i = trimmed.indexOf(w);
      if (i >= 0 && i < at) [at, cue] = [i, w];
    }
    const last = trimmed.slice(-1);
    if (!cue && QUESTION_END.has(last)) cue = last;
  }
  if (!cue) return { question: false, advice: false, cue: "" };
  const imperative = findAll(c.get("imperative"), doc).length > 0;
  const advice = find(c.get("advice"), doc)[0];
  return { question: !imperative, advice: advice !== undefined, cue: advice ?? cue };
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
  const doc = makeDoc(prose);
  const add = (id: string, weight: number, d: string) => {
    if (weight !== 0) signals.push({ id, weight, detail: d });
  };

  const scopeMatches = findAll(c.get("scope"), doc);
  const scope = words(scopeMatches);
  // A phrase already counted as a migration is not counted again as a replacement.
  const shift = words(findAll(c.get("shift"), doc).filter((m) => !scopeMatches.some((s) => s.start <= m.start && m.start < s.end)));
  const scopeWords = [...scope, ...shift];
  if (scopeWords.length) add("scope", (scope.length ? 3 : 2) + (scopeWords.length > 1 ? 1 : 0), detail(scopeWords));

  const risks: string[] = [];
  for (const r of c.risk()) {
    const first = find(r.m, doc)[0];
    if (first) risks.push(first);
  }
  if (risks.length) add("risk", Math.min(6, 2 * risks.length), detail(risks));

  const cross = find(c.get("cross"), doc);
  if (cross.length) add("crossCutting", 2, detail(cross));

  const strong = find(c.get("featureStrong"), doc);
  const feature = strong.length ? strong : find(c.get("feature"), doc);
  if (feature.length) add("feature", strong.length ? 3 : 2, detail(feature));
  const modify = find(c.get("modify"), doc);
  if (modify.length) add("change", 1, detail(modify));
  // What is being built only matters when something is being built.
  if (feature.length || scopeWords.length) {
    const systemNoun = find(c.get("systemNoun"), doc);
    const artifact = systemNoun.length ? [] : find(c.get("artifact"), doc);
    if (systemNoun.length) add("system", 2, detail(systemNoun));
    else if (artifact.length && feature.length) add("artifact", 1, detail(artifact));
  }

  const { files, named } = countPaths(prose);
  if (files >= 2) add("files", files >= 5 ? 3 : files >= 3 ? 2 : 1, `${named.length} ${named.length === 1 ? "path" : "paths"} named`);

  // Requirements come as list items, as sequencing words, or as a run of comma-separated parts.
  const items = countListItems(prose);
  const seq = find(c.get("sequence"), doc);
  let parts = 0;
  for (const ch of prose) if (ch === "," || ch === "，" || ch === "、" || ch === ";" || ch === "；") parts++;
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

  const bug = find(c.get("bug"), doc);
  if (bug.length) add("bug", 2, detail(bug));

  const perf = find(c.get("performance"), doc);
  if (perf.length) add("performance", 2, detail(perf));

  const tests = find(c.get("tests"), doc);
  if (tests.length) add("tests", 1, detail(tests));

  const units = lengthUnits(prose);
  const longWeight = text.length > MAX_SCAN_CHARS ? 3 : units >= 60 ? 3 : units >= 30 ? 2 : units >= 12 ? 1 : 0;
  const lengthDetail = text.length > MAX_SCAN_CHARS ? `${text.length} chars (first ${MAX_SCAN_CHARS} scanned)` : `~${units} words`;
  if (longWeight) add("length", longWeight, lengthDetail);

  const trivial = find(c.get("trivial"), doc);
  if (trivial.length) add("trivial", -3, detail(trivial));
  else if (/(?:^|[^a-z])(?:to|->|改成|改为|升级到|升到|bump \S+ to) ?v?\d+\.\d+\.\d+\b/.test(prose)) add("trivial", -3, "version bump");

  // Changing one value: "from 30s to 60s", "from 'Submit' to 'Save'", "改成 8080".
  const tweak =
    /\b(?:change|set|raise|lower|increase|decrease|make|update)\b[^.\n]{0,60}\bfrom ['"“]?[\w.-]{1,20}['"”]? to ['"“]?\S{1,20}|改成|改为|调成|调到|设为|设置为/.exec(
      prose,
    );
  if (tweak && !scope.length) add("tweak", -2, tweak[0].length > 24 ? `${tweak[0].slice(0, 24)}…` : tweak[0]);

  // Commands count only as the first words of the prompt.
  const lead = prose.length - prose.trimStart().length;
  const op = findAll(c.get("operation"), doc).find((m) => m.start === lead);
  if (op) add("operation", -2, op.text);

  const q = isQuestion(doc, c);
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
