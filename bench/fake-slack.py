"""A fake Slack Web API for load runs on loopback (bench/replica-load), answering what Coach calls.

chat.postMessage to channel C<n> without a thread gets ts 1700000000.<n, 6 digits>, so the load
generator knows each daily question's thread. With --fan-out it enforces Slack-like limits on
chat.postMessage: one message per second per channel, and a workspace-wide token bucket
(--workspace-rate per second, as large a burst); over either, 429 with Retry-After: 1.
GET /stats gives the counts and, for fan-out, the time of the first and last accepted post.
"""
import argparse, json, threading, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from urllib.parse import parse_qs

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--fan-out", action="store_true")
parser.add_argument("--workspace-rate", type=float, default=100.0)
args = parser.parse_args()

lock = threading.Lock()
stats = {"calls": 0, "posts": 0, "threaded": 0, "ephemeral": 0, "updates": 0, "rate_limited": 0, "first_post": None, "last_post": None}
last_in_channel = {}
bucket = {"tokens": args.workspace_rate, "at": time.monotonic()}
counter = [0]


def allowed(channel):
    now = time.monotonic()
    bucket["tokens"] = min(args.workspace_rate, bucket["tokens"] + (now - bucket["at"]) * args.workspace_rate)
    bucket["at"] = now
    if now - last_in_channel.get(channel, -10.0) < 1.0 or bucket["tokens"] < 1.0:
        return False
    bucket["tokens"] -= 1.0
    last_in_channel[channel] = now
    return True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_):
        pass

    def reply(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def read_body(self):
        # .NET's JsonContent has no length: its bodies come chunked.
        if self.headers.get("Transfer-Encoding", "").lower() != "chunked":
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip(), 16)
            if size == 0:
                self.rfile.readline()
                return body
            body += self.rfile.read(size)
            self.rfile.readline()

    def do_GET(self):
        with lock:
            self.reply(200, stats)

    def do_POST(self):
        raw = self.read_body()
        method = self.path.rsplit("/", 1)[-1]
        if self.headers.get("Content-Type", "").startswith("application/json"):
            body = json.loads(raw or b"{}")
        else:
            body = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        with lock:
            stats["calls"] += 1
            if method == "auth.test":
                return self.reply(200, {"ok": True, "user_id": "UCOACH", "bot_id": "BCOACH", "team_id": "T1"})
            if method == "chat.postMessage":
                channel = body.get("channel", "")
                if body.get("thread_ts"):
                    stats["threaded"] += 1
                    counter[0] += 1
                    return self.reply(200, {"ok": True, "channel": channel, "ts": "1800000000.%06d" % counter[0]})
                if args.fan_out and not allowed(channel):
                    stats["rate_limited"] += 1
                    return self.reply(429, {"ok": False, "error": "ratelimited"}, [("Retry-After", "1")])
                stats["posts"] += 1
                now = time.time()
                stats["first_post"] = stats["first_post"] or now
                stats["last_post"] = now
                digits = "".join(c for c in channel if c.isdigit()) or "0"
                return self.reply(200, {"ok": True, "channel": channel, "ts": "1700000000.%06d" % int(digits)})
            if method == "chat.postEphemeral":
                stats["ephemeral"] += 1
                return self.reply(200, {"ok": True, "message_ts": "1.0"})
            if method == "chat.update":
                stats["updates"] += 1
                return self.reply(200, {"ok": True})
            if method == "users.info":
                user = body.get("user", "U")
                return self.reply(200, {"ok": True, "user": {"id": user, "name": user, "real_name": user, "profile": {"display_name": user}}})
            return self.reply(200, {"ok": False, "error": "unknown_method"})


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()
