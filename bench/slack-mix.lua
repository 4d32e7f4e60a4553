-- wrk script for bench/replica-load: freshly signed Slack requests, alternating between a slash
-- command `/ask …` (answered in the response, must carry a model answer) and a thread-reply event
-- (a person answering one of CHANNELS daily questions, each with a new event id; must be a 200).
-- Signing as in slack-ask.lua. Environment: SLACK_SIGNING_SECRET, DELAY_MS (pause per connection
-- between requests), CHANNELS (how many daily questions were posted, C000001…), SEED (keeps two
-- wrk processes' event ids apart).
local secret = os.getenv("SLACK_SIGNING_SECRET") or error("SLACK_SIGNING_SECRET is not set")
local asks = {
  "what is macie", "sg vs nacl", "how does kms envelope encryption work", "imdsv2",
  "what logs does guard duty analyze", "rotating secrets", "waf or shield for ddos", "s3 object lock",
}
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local channels = tonumber(os.getenv("CHANNELS") or "50")
local answers = {
  "Macie finds sensitive data in S3 with machine learning",
  "Security groups are stateful and attached to instances, network ACLs are stateless and attached to subnets",
  "KMS encrypts a data key with the customer master key and the data key encrypts the data",
  "Least privilege, MFA, and CloudTrail logging everywhere",
}

local sign = dofile("bench/slack-sign.lua")(secret)

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local counter = 0
wrong = 0
function init(args)
  counter = (tonumber(os.getenv("SEED") or "0") * 100 + id) * 10000000
end

function request()
  counter = counter + 1
  local timestamp = tostring(os.time())
  local body, path, type
  if counter % 2 == 0 then
    path, type = "/slack/commands", "application/x-www-form-urlencoded"
    body = "token=unused&team_id=T1&channel_id=C1&user_id=U" .. (counter % 1000) ..
        "&user_name=load&command=%2Fask&text=" .. asks[counter % #asks + 1]:gsub(" ", "+") ..
        "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=" .. counter
  else
    path, type = "/slack/events", "application/json"
    local channel = counter % channels + 1
    body = string.format('{"type":"event_callback","event_id":"Ev%d","event":{"type":"message","user":"U%d","channel":"C%06d","channel_type":"channel","text":"%s","ts":"1750000000.%d","thread_ts":"1700000000.%06d"}}',
      counter, counter % 5000, channel, answers[counter % #answers + 1], counter, channel)
  end
  return wrk.format("POST", path, {
    ["Content-Type"] = type,
    ["X-Slack-Request-Timestamp"] = timestamp,
    ["X-Slack-Signature"] = sign(timestamp, body),
  }, body)
end

-- Responses on several connections come back in any order, so each is judged by itself: an event
-- is acknowledged with an empty 200, an ask must carry a model answer.
function response(status, headers, body)
  if status ~= 200 or (#body > 0 and not body:find("Model answer:", 1, true)) then
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
