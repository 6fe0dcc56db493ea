// The word lists behind the rule signals (signals.ts), in the syntax described in match.ts: data only. Chinese
// entries are substrings, each long enough not to occur inside unrelated words.
import type { WordList } from "./match.js";

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
export const RISK: readonly { name: string; words: WordList }[] = [
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

export const LISTS = {
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
export type ListName = keyof typeof LISTS;
