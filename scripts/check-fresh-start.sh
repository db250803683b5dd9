#!/usr/bin/env bash
# The README's first command, as a new user runs it: a fresh clone, no environment variables
# (only PATH and HOME, which npm needs), `npm install && npm start`. Passes when the sign-in page
# answers, then stops the app with SIGTERM and checks it exits. CI runs this after the tests.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
port=3000
url="http://localhost:${port}/sign-in"

if curl -s -o /dev/null "$url"; then
  echo "check-fresh-start: something already answers on port ${port}; stop it first." >&2
  exit 1
fi

work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

git clone -q "$repo" "$work/own-voice"
cd "$work/own-voice"
echo "check-fresh-start: npm install && npm start in a fresh clone with a clean environment"
setsid env -i PATH="$PATH" HOME="$HOME" bash -c 'npm install && npm start' >"$work/start.log" 2>&1 &
pid=$!

deadline=$((SECONDS + 900))
until curl -fsS "$url" 2>/dev/null | grep -q '<h1'; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "check-fresh-start: the app stopped before serving the sign-in page:" >&2
    tail -n 40 "$work/start.log" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "check-fresh-start: no sign-in page after 15 minutes:" >&2
    tail -n 40 "$work/start.log" >&2
    exit 1
  fi
  sleep 2
done
echo "check-fresh-start: the sign-in page answers on ${url}"
grep -q "generated a session secret" "$work/start.log" || {
  echo "check-fresh-start: the log does not say a session secret was generated" >&2
  exit 1
}
[ "$(stat -c %a data/.session-secret)" = "600" ] || {
  echo "check-fresh-start: data/.session-secret is readable by others" >&2
  exit 1
}

# Stop it as a process manager would: SIGTERM to the server, which must exit by itself.
server="$(pgrep -f -n "node server.js" -g "$pid" || true)"
kill -TERM -- "-$pid"
# Wait for the whole of it: the shell and npm go at once, the server when it has closed down.
for _ in $(seq 1 30); do
  if ! kill -0 "$pid" 2>/dev/null && { [ -z "$server" ] || ! kill -0 "$server" 2>/dev/null; }; then
    break
  fi
  sleep 0.5
done
if kill -0 "$pid" 2>/dev/null || { [ -n "$server" ] && kill -0 "$server" 2>/dev/null; }; then
  echo "check-fresh-start: the app did not stop within 15 seconds of SIGTERM" >&2
  exit 1
fi
echo "check-fresh-start: passed"
