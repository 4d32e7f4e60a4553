-- wrk script: every request is a freshly signed Slack slash command, `/ask what is macie`,
-- exactly as Slack sends it (form body, X-Slack-Request-Timestamp, X-Slack-Signature =
-- "v0=" .. hex HMAC-SHA256 of "v0:{timestamp}:{body}", bench/slack-sign.lua).
--
-- Requests cycle through eight questions people ask (acronyms, paraphrases; all answered with
-- confidence in the labelled set), and every response must be a 200 carrying a model answer, so
-- a fast apology or "no confident match" counts as an error. (wrk cannot tell which request a
-- response answers, so which answer is right is checked by the retrieval-quality test instead.)
--
-- Environment: SLACK_SIGNING_SECRET (required), DELAY_MS (pause per connection
-- between requests; 0 = as fast as possible), TARGET=healthz for the baseline: an unsigned
-- GET /healthz through the same client, connections and checks.
local secret = os.getenv("SLACK_SIGNING_SECRET") or error("SLACK_SIGNING_SECRET is not set")
local asks = {
  "what is macie", "sg vs nacl", "how does kms envelope encryption work", "imdsv2",
  "what logs does guard duty analyze", "rotating secrets", "waf or shield for ddos", "s3 object lock",
}
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local baseline = os.getenv("TARGET") == "healthz"

local sign = dofile("bench/slack-sign.lua")(secret)

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local counter = 0
wrong = 0
function init(args)
  counter = id * 1000000000
end

function request()
  if baseline then return wrk.format("GET", "/healthz") end
  counter = counter + 1
  local ask = asks[counter % #asks + 1]
  local timestamp = tostring(os.time())
  local body = "token=unused&team_id=T1&channel_id=C1&user_id=U" .. (counter % 1000) ..
      "&user_name=load&command=%2Fask&text=" .. ask:gsub(" ", "+") ..
      "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=" .. counter
  return wrk.format("POST", "/slack/commands", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Slack-Request-Timestamp"] = timestamp,
    ["X-Slack-Signature"] = sign(timestamp, body),
  }, body)
end

local expect = baseline and '"ok"' or "Model answer:"
function response(status, headers, body)
  if status ~= 200 or not body:find(expect, 1, true) then
    wrong = wrong + 1
  end
end

if delay_ms > 0 then
  function delay() return delay_ms end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("wrong") end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d rps=%.0f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f wrong_answers=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    bad, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
