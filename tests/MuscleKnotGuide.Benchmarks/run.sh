#!/usr/bin/env bash
# MuscleKnotGuide benchmark (issue 7): builds and publishes the app in Release, seeds a temporary SQLite
# database, runs the app on a free 127.0.0.1 port and measures five scenarios with wrk. Prints a table and
# writes results/latest.json and results/latest.txt next to this script.
# Exit code: 0 when the measurement ran (even if a target FAILs), non-zero when the harness itself broke.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

DURATION="${BENCH_DURATION:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
WARMUP="${BENCH_WARMUP:-3}"
STARTS="${BENCH_STARTS:-5}"
WRITERS="${BENCH_WRITERS:-200}"
RESULTS="${BENCH_RESULTS_DIR:-$here/results}"   # the smoke test writes elsewhere, to keep a developer's latest results
for n in "$DURATION" "$CONNECTIONS" "$THREADS" "$WARMUP" "$STARTS" "$WRITERS"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "BENCH_* options must be whole numbers, got '$n'" >&2; exit 2; }
done
[ "$DURATION" -ge 1 ] && [ "$STARTS" -ge 1 ] && [ "$THREADS" -ge 1 ] && [ "$CONNECTIONS" -ge "$THREADS" ] ||
  { echo "need BENCH_DURATION >= 1, BENCH_STARTS >= 1, BENCH_CONNECTIONS >= BENCH_THREADS >= 1" >&2; exit 2; }
# Writers for the warm-up of scenario 3 are separate people, so the measured run starts on empty diaries.
WARMUP_WRITERS=$(( WARMUP > 0 ? 10 : 0 ))

# shellcheck source=pages.sh
source "$here/pages.sh"

PASSWORD="bench passphrase 7"
GUIDE_URL=/guides/stretching
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild or compiler server left running after the script: it may run inside a test.
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# --- tools ------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || die "wrk is not installed and this is not root: apt-get install wrk"
  log "installing wrk"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
fi
command -v curl >/dev/null 2>&1 || die "curl is needed"

# --- temporary workspace, and the app is always stopped -------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/mkg-bench.XXXXXX")"
app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
cleanup() { stop_app; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build: the published app (what ships) and the seeder -----------------------------------------------
log "building (Release)"
dotnet build "$here/Seeder/Seeder.csproj" -c Release -nologo -v q -clp:ErrorsOnly >"$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; die "the seeder did not build"; }
# As the README says to publish it: for this platform, so ReadyToRun precompiles it (the csproj turns that on).
dotnet publish "$repo/src/MuscleKnotGuide.Web/MuscleKnotGuide.Web.csproj" -c Release --use-current-runtime --self-contained false \
  -o "$work/app" -nologo -v q -clp:ErrorsOnly \
  >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; die "the app did not publish"; }
seeder=("dotnet" "$here/Seeder/bin/Release/net10.0/Seeder.dll")

db="$work/bench.db"
log "seeding: one person with 3,650 days of check-ins, $WRITERS writers (+$WARMUP_WRITERS for warm-up)"
"${seeder[@]}" seed "$db" "$PASSWORD" "$WRITERS" "$WARMUP_WRITERS" >"$work/seed.log" 2>&1 ||
  { cat "$work/seed.log" >&2; die "seeding failed"; }
count_writer_checkins() { "${seeder[@]}" count "$db" writer-; }

# --- the app ----------------------------------------------------------------------------------------------
free_port() {
  local port
  for _ in $(seq 100); do
    port=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  die "no free port found"
}

mkdir -p "$work/static"
# Starts the published app in the background (app_pid, base); Production settings over plain http, and a sign-in
# rate limit high enough for the benchmark's hundreds of sign-ins from one address (the limit guards real clients).
start_app() {
  local port; port="$(free_port)"
  base="http://127.0.0.1:$port"
  (
    cd "$work/app"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      ConnectionStrings__Default="Data Source=$db" \
      Security__RequireHttps=false \
      RateLimits__SignInPerMinute=100000 \
      Benchmark__StaticFolder="$work/static" \
      dotnet MuscleKnotGuide.Web.dll --urls "$base"
  ) >>"$work/app.log" 2>&1 &
  app_pid=$!
}

# Polls / every 10 ms until it answers 200; prints the milliseconds since $1 (ns).
wait_ready() {
  local started="$1" code
  for _ in $(seq 6000); do
    kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$work/app.log" >&2; die "the app exited during start-up"; }
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/" 2>/dev/null || true)"
    if [ "$code" = 200 ]; then
      echo $(( ($(date +%s%N) - started) / 1000000 ))
      return
    fi
    sleep 0.01
  done
  die "the app did not answer 200 on / within 60 s"
}

# Status code of a GET; $2 = optional cookie header value.
status_of() { curl -s -o /dev/null -w '%{http_code}' ${2:+-H "Cookie: $2"} "$base$1"; }

# --- signing in through the real login form -----------------------------------------------------------------
token_in() { sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' "$1" | head -n 1; }
cookie_header() { awk -F'\t' '!/^# / && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"; }

# sign_in <email> <jar>: GET the form (antiforgery cookie + token), POST it, keep the auth cookie in the jar.
sign_in() {
  local email="$1" jar="$2" page="$2.html" token code
  curl -s -c "$jar" -b "$jar" -o "$page" "$base/account/login"
  token="$(token_in "$page")"
  [ -n "$token" ] || { echo "no antiforgery token on /account/login" >&2; return 1; }
  code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "Form.Email=$email" --data-urlencode "Form.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login")"
  [ "$code" = 302 ] || { echo "signing in $email answered $code, not 302" >&2; return 1; }
}

# writer_pairs <prefix> <count> <file>: signs each writer in (in parallel), fetches their own form token and
# writes one line per (writer, day): "<cookie header>\t<body>". Day-major order, so neighbours are different people.
writer_pairs() {
  local prefix="$1" count="$2" out="$3" dir="$work/$1"
  mkdir -p "$dir"
  export -f sign_in token_in
  export base PASSWORD CHECKIN_NEW_URL
  # shellcheck disable=SC2016
  seq "$count" | xargs -P 8 -I{} bash -c '
    set -e
    jar="$0/{}.jar"
    sign_in "'"$prefix"'-{}@bench.test" "$jar"
    curl -s -c "$jar" -b "$jar" -o "$0/{}.form.html" "$base$CHECKIN_NEW_URL"
    token_in "$0/{}.form.html" >"$0/{}.token"
    [ -s "$0/{}.token" ] || { echo "no antiforgery token on $CHECKIN_NEW_URL" >&2; exit 1; }
  ' "$dir" || die "signing in the $prefix users failed"
  : >"$out"
  local day_back user day pain cookie token
  for day_back in $(seq 0 $(( CHECKIN_DAYS - 1 ))); do
    day="$(date -u -d "-$day_back days" +%Y-%m-%d)"
    for user in $(seq "$count"); do
      cookie="$(cookie_header "$dir/$user.jar")"
      token="$(cat "$dir/$user.token")"
      pain=$(( (user + day_back) % 11 ))
      printf '%s\t%s&__RequestVerificationToken=%s\n' "$cookie" "$(checkin_form_body "$day" "$pain")" "$token" >>"$out"
    done
  done
}

# --- measuring ---------------------------------------------------------------------------------------------
# wrk_run <name> <path> [cookie header value]: warm-up, then the measured run; prints the BENCH json line.
wrk_run() {
  local name="$1" path="$2" cookie="${3:-}" args
  args=(-t "$THREADS" -c "$CONNECTIONS" --timeout 10s -s "$here/report.lua")
  [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
  if [ "$WARMUP" -gt 0 ]; then wrk "${args[@]}" -d "${WARMUP}s" "$base$path" >/dev/null; fi
  wrk "${args[@]}" -d "${DURATION}s" "$base$path" >"$work/wrk-$name.txt" || die "wrk failed for $name"
  sed -n 's/^BENCH //p' "$work/wrk-$name.txt" | tail -n 1
}
field() { sed -n "s/.*\"$1\":\([-0-9.]*\).*/\1/p" <<<"$2"; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
verdict() { awk "BEGIN { print ($1) ? \"PASS\" : \"FAIL\" }"; }

rows=()   # table lines: scenario | figure | value | target | verdict
row() { rows+=("$(printf '%-26s | %-28s | %16s | %-14s | %s' "$@")"); }
json_scenarios=()

# Scenario 4 first, on a quiet machine: cold start, median of BENCH_STARTS fresh processes.
log "scenario 4: cold start x $STARTS"
starts=() cpus=()
ticks="$(getconf CLK_TCK)"
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
for _ in $(seq "$STARTS"); do
  t0="$(date +%s%N)"
  start_app
  starts+=("$(wait_ready "$t0")")
  # CPU time (user + system) spent until the first 200: much less sensitive than wall time to other load.
  cpus+=("$(awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$app_pid/stat")")
  stop_app
done
cold_ms="$(median "${starts[@]}")"
cold_cpu_ms="$(median "${cpus[@]}")"
cold_verdict="$(verdict "$cold_ms < 1500")"
json_scenarios+=("\"cold_start\":{\"status\":\"ran\",\"median_ms\":$cold_ms,\"starts_ms\":[$(IFS=,; echo "${starts[*]}")],\"cpu_ms_median\":$cold_cpu_ms,\"target_ms\":1500,\"verdict\":\"$cold_verdict\"}")

log "starting the app for scenarios 1-3 and 5"
start_app
wait_ready "$(date +%s%N)" >/dev/null

# Scenario 1: guide page vs the same bytes as a static file, anonymous.
log "scenario 1: $GUIDE_URL vs a static copy"
curl -sf -o "$work/static/guide-copy.html" "$base$GUIDE_URL" || die "$GUIDE_URL did not answer"
[ "$(status_of /bench-static/guide-copy.html)" = 200 ] || die "the static copy is not served (Benchmark:StaticFolder)"
guide="$(wrk_run guide "$GUIDE_URL")"
static="$(wrk_run static /bench-static/guide-copy.html)"
guide_rps="$(field rps "$guide")"; static_rps="$(field rps "$static")"
guide_ratio="$(calc "$guide_rps / $static_rps")"
guide_p99_ms="$(calc "$(field p99_us "$guide") / 1000")"
ratio_verdict="$(verdict "$guide_ratio >= 0.8")"; p99_verdict="$(verdict "$guide_p99_ms < 20")"
row "1 guide page (anonymous)" "requests/s" "$guide_rps" "" ""
row "" "p50 / p99 ms" "$(calc "$(field p50_us "$guide") / 1000") / $guide_p99_ms" "p99 < 20" "$p99_verdict"
row "" "errors (>=400 / socket)" "$(field non_2xx_3xx "$guide") / $(field socket_errors "$guide")" "" ""
row "1 static copy, same bytes" "requests/s" "$static_rps" "" ""
row "" "p50 / p99 ms" "$(calc "$(field p50_us "$static") / 1000") / $(calc "$(field p99_us "$static") / 1000")" "" ""
row "1 guide / static" "ratio" "$guide_ratio" ">= 0.80" "$ratio_verdict"
json_scenarios+=("\"guide_vs_static\":{\"status\":\"ran\",\"url\":\"$GUIDE_URL\",\"bytes\":$(wc -c <"$work/static/guide-copy.html"),\"guide\":$guide,\"static\":$static,\"ratio\":$guide_ratio,\"ratio_target\":0.8,\"ratio_verdict\":\"$ratio_verdict\",\"guide_p99_ms\":$guide_p99_ms,\"p99_target_ms\":20,\"p99_verdict\":\"$p99_verdict\"}")

# Scenario 2: the ten-year person's insights and check-in list.
log "scenario 2: $INSIGHTS_URL and $CHECKINS_URL as the ten-year person"
sign_in ten-years@bench.test "$work/ten-years.jar" || die "the ten-year person could not sign in"
ten_cookie="$(cookie_header "$work/ten-years.jar")"
read_json=()
for page in "$INSIGHTS_URL" "$CHECKINS_URL"; do
  name="${page#/}"; name="${name//\//-}"
  code="$(status_of "$page" "$ten_cookie")"
  if [ "$code" = 404 ]; then
    row "2 $page (10 years)" "SKIPPED (page not found)" "" "" ""
    read_json+=("\"$name\":{\"status\":\"SKIPPED (page not found)\",\"url\":\"$page\"}")
    continue
  fi
  [ "$code" = 200 ] || die "$page answered $code to the signed-in person"
  result="$(wrk_run "$name" "$page" "$ten_cookie")"
  rps="$(field rps "$result")"
  row "2 $page (10 years)" "requests/s" "$rps" "" ""
  row "" "p50 / p99 ms" "$(calc "$(field p50_us "$result") / 1000") / $(calc "$(field p99_us "$result") / 1000")" "" ""
  row "" "errors (>=400 / socket)" "$(field non_2xx_3xx "$result") / $(field socket_errors "$result")" "" ""
  extra=""
  if [ "$page" = "$INSIGHTS_URL" ]; then
    share="$(calc "$rps / $guide_rps")"; share_verdict="$(verdict "$share >= 0.25")"
    row "" "insights / guide requests/s" "$share" ">= 0.25" "$share_verdict"
    extra=",\"vs_guide\":$share,\"vs_guide_target\":0.25,\"verdict\":\"$share_verdict\""
  fi
  read_json+=("\"$name\":{\"status\":\"ran\",\"url\":\"$page\",\"result\":$result$extra}")
done
json_scenarios+=("\"signed_in_reads\":{$(IFS=,; echo "${read_json[*]}")}")

# Scenario 3: concurrent new check-ins, each (writer, day) once; nothing lost, nothing doubled, no 5xx.
log "scenario 3: POST $CHECKIN_NEW_URL by $WRITERS writers x $CHECKIN_DAYS days"
if [ "$(status_of "$CHECKIN_NEW_URL" "$ten_cookie")" = 404 ]; then
  row "3 new check-ins" "SKIPPED (page not found)" "" "" ""
  json_scenarios+=("\"checkin_writes\":{\"status\":\"SKIPPED (page not found)\",\"url\":\"$CHECKIN_NEW_URL\"}")
else
  writes_run() { # <pairs file> <seconds of writing> <seconds wrk runs>
    wrk -t "$THREADS" -c "$CONNECTIONS" --timeout 30s -d "$3s" -s "$here/writes.lua" "$base" -- "$1" "$THREADS" "$2" "$CHECKIN_NEW_URL"
  }
  if [ "$WARMUP_WRITERS" -gt 0 ]; then
    # Warm-up writers are other people: their rows are not counted below.
    writer_pairs warmup "$WARMUP_WRITERS" "$work/warmup-pairs.tsv"
    writes_run "$work/warmup-pairs.tsv" "$WARMUP" "$WARMUP" >/dev/null
  fi
  writer_pairs writer "$WRITERS" "$work/pairs.tsv"
  rows_before="$(count_writer_checkins)"
  # wrk runs 5 s longer than the writing, so every write sent is answered and counted before it stops.
  writes_run "$work/pairs.tsv" "$DURATION" "$(( DURATION + 5 ))" >"$work/wrk-writes.txt" || die "wrk failed for the writes"
  writes="$(sed -n 's/^BENCH //p' "$work/wrk-writes.txt" | tail -n 1)"
  rows_added=$(( $(count_writer_checkins) - rows_before ))
  ok="$(field writes_ok "$writes")"; w5xx="$(field writes_5xx "$writes")"; wps="$(field writes_per_s "$writes")"
  sent="$(field writes_sent "$writes")"; pairs_total="$(wc -l <"$work/pairs.tsv")"
  # Nothing lost (every success has its row) and nothing doubled (no row without a success), no 5xx.
  intact_verdict="$(verdict "$rows_added == $ok && $w5xx == 0 && $ok > 0")"
  rate_verdict="$(verdict "$wps >= 500")"
  row "3 new check-ins" "writes/s" "$wps" ">= 500" "$rate_verdict"
  row "" "ok / rows added / 5xx" "$ok / $rows_added / $w5xx" "equal, 0 5xx" "$intact_verdict"
  row "" "4xx / signed out / unanswered" "$(field writes_4xx "$writes") / $(field writes_signed_out "$writes") / $(field in_flight_at_end "$writes")" "" ""
  row "" "p50 / p99 ms" "$(calc "$(field p50_us "$writes") / 1000") / $(calc "$(field p99_us "$writes") / 1000")" "" ""
  [ "$sent" -lt "$pairs_total" ] || log "all $pairs_total (writer, day) pairs were used: raise BENCH_WRITERS for a longer run"
  json_scenarios+=("\"checkin_writes\":{\"status\":\"ran\",\"url\":\"$CHECKIN_NEW_URL\",\"pairs\":$pairs_total,\"result\":$writes,\"rows_added\":$rows_added,\"target_writes_per_s\":500,\"rate_verdict\":\"$rate_verdict\",\"intact_verdict\":\"$intact_verdict\"}")
fi

# Scenario 5: the app's peak resident memory over everything above.
hwm_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$app_pid/status")"
hwm_mb="$(calc "$hwm_kb / 1024" 1)"
mem_verdict="$(verdict "$hwm_mb < 250")"
json_scenarios+=("\"peak_memory\":{\"status\":\"ran\",\"vmhwm_mb\":$hwm_mb,\"target_mb\":250,\"verdict\":\"$mem_verdict\"}")
stop_app

row "4 cold start" "median ms (of $STARTS)" "$cold_ms" "< 1500" "$cold_verdict"
row "" "median CPU ms until ready" "$cold_cpu_ms" "" ""
row "5 peak memory" "VmHWM MB" "$hwm_mb" "< 250" "$mem_verdict"

# --- report --------------------------------------------------------------------------------------------------
mkdir -p "$RESULTS"
{
  echo "MuscleKnotGuide benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "$(nproc) cores; wrk $THREADS threads, $CONNECTIONS connections, ${DURATION}s after ${WARMUP}s warm-up; published Release build (ReadyToRun)"
  echo
  printf '%-26s | %-28s | %16s | %-14s | %s\n' scenario figure value target verdict
  printf '%s\n' "---------------------------+------------------------------+------------------+----------------+--------"
  printf '%s\n' "${rows[@]}" | sed 's/ *$//'
} | tee "$RESULTS/latest.txt"
printf '{"machine":{"cores":%d},"settings":{"duration_s":%d,"connections":%d,"threads":%d,"warmup_s":%d,"starts":%d,"writers":%d},"scenarios":{%s}}\n' \
  "$(nproc)" "$DURATION" "$CONNECTIONS" "$THREADS" "$WARMUP" "$STARTS" "$WRITERS" "$(IFS=,; echo "${json_scenarios[*]}")" \
  >"$RESULTS/latest.json"
log "written: $RESULTS/latest.txt and latest.json"
