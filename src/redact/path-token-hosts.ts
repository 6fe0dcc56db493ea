// URLs whose path holds the credential: blockchain RPC providers put the API key in the path, and heartbeat
// monitors take a push or ping token there. Data for path-tokens.ts: the URL up to the token, as a regex source.
export const PATH_TOKEN_PREFIXES: readonly string[] = [
  // Alchemy: https://eth-mainnet.g.alchemy.com/v2/<key> (also the older alchemyapi.io).
  String.raw`[\w-]{1,64}\.g\.alchemy\.com/(?:v2|nft/v\d)/`,
  String.raw`[\w-]{1,64}\.alchemyapi\.io/v2/`,
  // Infura: https://mainnet.infura.io/v3/<project id>, wss://…/ws/v3/<id>.
  String.raw`[\w-]{1,64}\.infura\.io/(?:ws/)?v3/`,
  // Ankr, QuickNode, GetBlock, Chainstack: the token right after the host or chain.
  String.raw`rpc\.ankr\.com/[\w-]{1,32}/`,
  String.raw`[\w-]{1,64}\.(?:[\w-]{1,64}\.)?quiknode\.pro/`,
  String.raw`[\w-]{1,64}\.getblock\.io/`,
  String.raw`[\w-]{1,64}\.core\.chainstack\.com/`,
  // Heartbeats: Uptime Kuma push monitors (any host), healthchecks.io, Dead Man's Snitch, Cronitor telemetry.
  String.raw`[\w.-]{1,253}(?::\d{1,5})?/api/push/`,
  String.raw`hc-ping\.com/`,
  String.raw`nosnch\.in/`,
  String.raw`cronitor\.link/p/`,
  // Backtrace crash submission: https://submit.backtrace.io/<universe>/<submission token>/json (or /minidump).
  String.raw`submit\.backtrace\.io/[\w-]{1,64}/`,
];
