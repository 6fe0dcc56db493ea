// URL path segments after which a log, monitoring or package vendor puts the credential itself (data for
// patterns.ts): the next segment is the key, as with webhooks.

/**
 * Loggly `/inputs/<token>` and `/bulk/<token>`, Sumo Logic `/receiver/v1/http/<token>` (and otlp, logs, metrics),
 * Anaconda and conda channels `/t/<token>/`, Logentries and InsightOps `/noformat/<token>`, PagerDuty
 * `/integration/<key>/enqueue`, Grafana OnCall `/integrations/v1/<kind>/<token>`, Datadog's `/v1/input/<key>`,
 * Uptime Kuma `/api/push/<token>`, Better Stack `/heartbeat/<token>`.
 */
export const TOKEN_PATH_SRC = String.raw`(?:inputs|bulk|receiver\/v1\/(?:http|otlp|logs|metrics)|t|noformat|integration|integrations\/v1\/[\w-]{1,40}|input|push|heartbeats?)`;

/**
 * Hosts whose first path segment is the credential: healthchecks.io pings, Dead Man's Snitch, Bark's device key
 * (`api.day.app/<key>/<title>`), ServerChan's SendKey (`sctapi.ftqq.com/<key>.send`), and any host named for pushes,
 * pings or hooks (`push.example.games/<token>/deploy`). The segment must look generated, so `/status` or `/v2` stay.
 */
export const TOKEN_HOST_SRC = String.raw`(?:hc-ping\.com|nosnch\.in|api\.day\.app|s(?:ct)?api\.ftqq\.com|(?:push|notify|ping|hooks?|webhooks?)\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6})`;
