import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// package.json
var package_default = {
  name: "codex-collab",
  version: "0.1.0",
  description: "Claude Code + Codex CLI as a pair: analysis, design, prototypes and reviews by Codex in a read-only sandbox, production code by Claude.",
  type: "module",
  license: "MIT",
  bin: {
    "codex-collab": "plugin/dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "plugin",
    "README.md",
    "README.zh-CN.md"
  ],
  scripts: {
    build: "npm run build:cli && npm run build:hooks && npm run build:hook-zod && npm run build:launcher",
    "build:cli": `esbuild cli=src/cli/main.ts install=install.ts mcp=src/mcp/main.ts --bundle --platform=node --format=esm --target=node20 --splitting --outdir=dist --chunk-names=chunks/[name]-[hash] --log-level=warning "--banner:js=import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);"`,
    "build:hooks": "esbuild hooks/session-start=src/hooks/cached-entry.ts hooks/user-prompt-submit=src/hooks/cached-entry.ts hooks/post-tool-use=src/hooks/cached-entry.ts hooks/stop=src/hooks/cached-entry.ts hooks/wake=src/hooks/cached-entry.ts hooks/session-start.main=src/hooks/session-start.ts hooks/user-prompt-submit.main=src/hooks/user-prompt-submit.ts hooks/post-tool-use.main=src/hooks/post-tool-use.ts hooks/stop.main=src/hooks/stop.ts hooks/wake.main=src/hooks/wake.ts --bundle --platform=node --format=cjs --target=node20 --outdir=dist --out-extension:.js=.cjs --minify --supported:dynamic-import=false --alias:zod/mini=./src/hooks/zod-lazy.ts --log-level=warning",
    "build:hook-zod": "esbuild hooks/zod-mini=src/hooks/zod-mini-entry.ts --bundle --platform=node --format=cjs --target=node20 --outdir=dist --out-extension:.js=.cjs --minify --log-level=warning",
    "build:launcher": "esbuild launch=src/launcher/main.ts --bundle --platform=node --format=cjs --target=node20 --outdir=dist --out-extension:.js=.cjs --log-level=warning",
    "build:plugin": "esbuild src/plugin/build.ts --bundle --platform=node --format=esm --outfile=dist/gen/build-plugin.mjs --log-level=warning && node dist/gen/build-plugin.mjs",
    "check:plugin": "npm run build:plugin --silent -- --check",
    typecheck: "tsc --noEmit",
    test: "npm run typecheck && npm run build && npm run check:plugin && vitest run --config test/vitest.config.ts",
    "eval:classify": "esbuild test/eval/classify.ts --bundle --platform=node --format=esm --outfile=dist/eval/classify.mjs --log-level=warning && node dist/eval/classify.mjs",
    "train:classify": "esbuild test/eval/train-classify.ts --bundle --platform=node --format=esm --outfile=dist/eval/train-classify.mjs --log-level=warning && node dist/eval/train-classify.mjs",
    "bench:classify": "esbuild test/bench/classify.ts --bundle --platform=node --format=esm --outfile=dist/bench/classify.mjs --log-level=warning && node dist/bench/classify.mjs",
    "bench:hooks": "npm run build:hooks && npm run build:hook-zod && esbuild test/bench/hooks.ts --bundle --platform=node --format=esm --outfile=dist/bench/hooks.mjs --log-level=warning && node dist/bench/hooks.mjs",
    "bench:context": "npm run build:cli && esbuild test/bench/context.ts --bundle --platform=node --format=esm --outfile=dist/bench/context.mjs --log-level=warning && node dist/bench/context.mjs",
    "bench:redact": "esbuild test/bench/redact.ts --bundle --packages=external --platform=node --format=esm --outfile=dist/bench/redact.mjs --log-level=warning && node dist/bench/redact.mjs",
    "version:sync": "esbuild src/plugin/sync-version.ts --bundle --platform=node --format=esm --outfile=dist/plugin/sync-version.mjs --log-level=warning && node dist/plugin/sync-version.mjs",
    version: "npm run version:sync && npm run build:plugin && git add .claude-plugin/plugin.json .claude-plugin/marketplace.json plugin",
    "bench:runner": "npm run build:cli && esbuild test/bench/runner.ts --bundle --platform=node --format=esm --outfile=dist/bench/runner.mjs --log-level=warning && node dist/bench/runner.mjs",
    demo: "npm run build --silent && esbuild test/demo/demo.ts --bundle --platform=node --format=esm --outfile=dist/demo/demo.mjs --log-level=warning && node dist/demo/demo.mjs",
    "gen:classify": `esbuild src/classify/precompile.ts --bundle --platform=node --format=esm --outfile=dist/gen/precompile.mjs --log-level=warning && node --input-type=module -e "import { writeFileSync } from 'node:fs'; const m = await import('./dist/gen/precompile.mjs'); writeFileSync(m.GENERATED_PATH, m.precompiledSource());"`
  },
  devDependencies: {
    "@anthropic-ai/claude-code": "2.1.197",
    "@modelcontextprotocol/sdk": "^1.32.2",
    "@openai/codex": "0.169.0",
    "@secretlint/core": "11.7.1",
    "@secretlint/profiler": "11.7.1",
    "@secretlint/secretlint-rule-preset-recommend": "11.7.1",
    "@types/node": "^20.19.43",
    "claude-code-newest": "npm:@anthropic-ai/claude-code@2.1.332",
    esbuild: "^0.28.2",
    execa: "^9.6.1",
    "gray-matter": "^4.0.3",
    handlebars: "^4.7.10",
    typescript: "^5.9.3",
    vitest: "^4.1.12",
    zod: "^4.6.7"
  }
};

export {
  package_default
};
