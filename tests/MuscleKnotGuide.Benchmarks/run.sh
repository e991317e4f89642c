#!/usr/bin/env bash
# MuscleKnotGuide benchmark (issues 7, 12 and 18): builds and publishes the app in Release, seeds a temporary
# SQLite database, runs the app on a free 127.0.0.1 port and nginx (serving the very bytes of a guide page: the
# practical limit of this machine) beside it, and reports every path as requests/s and as a ratio to nginx in the
# same run. Then two app instances on a throw-away PostgreSQL cluster behind that nginx take the same writes.
# Prints a table and writes results/latest.json and results/latest.txt next to this script.
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
DISTINCT_URLS="${BENCH_DISTINCT_URLS:-5000}"
EXPORTS="${BENCH_EXPORTS:-5}"
RESULTS="${BENCH_RESULTS_DIR:-$here/results}"   # the smoke test writes elsewhere, to keep a developer's latest results
for n in "$DURATION" "$CONNECTIONS" "$THREADS" "$WARMUP" "$STARTS" "$WRITERS" "$DISTINCT_URLS" "$EXPORTS"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "BENCH_* options must be whole numbers, got '$n'" >&2; exit 2; }
done
[ "$DURATION" -ge 1 ] && [ "$STARTS" -ge 1 ] && [ "$EXPORTS" -ge 1 ] && [ "$THREADS" -ge 1 ] && [ "$CONNECTIONS" -ge "$THREADS" ] ||
  { echo "need BENCH_DURATION, BENCH_STARTS, BENCH_EXPORTS >= 1 and BENCH_CONNECTIONS >= BENCH_THREADS >= 1" >&2; exit 2; }
# Writers for the warm-up of the write scenarios are separate people, so the measured run starts on empty diaries.
WARMUP_WRITERS=$(( WARMUP > 0 ? 20 : 0 ))
# A process started just for one scenario (uncached /insights, the two PostgreSQL instances) is warmed up this long:
# its code runs at full speed only once tiered compilation has recompiled it (README, Benchmark).
FRESH_WARMUP=$(( WARMUP * 10 ))

# shellcheck source=pages.sh
source "$here/pages.sh"

PASSWORD="bench passphrase 7"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild or compiler server left running after the script: it may run inside a test.
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# --- tools: Debian's packages, installed when missing and root (as CI is) ----------------------------------
apt_install() {
  [ "$(id -u)" -eq 0 ] || return 1
  log "installing $*"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  fi
}
command -v wrk >/dev/null 2>&1 || apt_install wrk || die "wrk is not installed and this is not root: apt-get install wrk"
nginx_bin="$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || apt_install nginx || die "nginx is not installed and this is not root: apt-get install nginx"
pg_bin() { find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1 | xargs -r dirname; }
[ -n "$(pg_bin)" ] || apt_install postgresql || log "PostgreSQL is not installed: the two-instance scenario is skipped (apt-get install postgresql)"
pgbin="$(pg_bin)"
command -v curl >/dev/null 2>&1 || die "curl is needed"

# --- temporary workspace; the app, nginx and PostgreSQL are always stopped ---------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/mkg-bench.XXXXXX")"
# nginx's workers run as an unprivileged user when it starts as root: its folder (and the page it serves) is
# readable by them; everything else stays in the owner-only $work.
ngx="$(mktemp -d "${TMPDIR:-/tmp}/mkg-bench-nginx.XXXXXX")"
chmod 755 "$ngx"
mkdir -p "$ngx/static"
app_pid="" nginx_pid="" pg_dir="" instance_pids=()
stop_pid() {
  local pid="$1"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
stop_app() { stop_pid "$app_pid"; app_pid=""; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_postgres() {
  [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ] && as_postgres "$pgbin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
}
cleanup() {
  stop_app
  for pid in "${instance_pids[@]}"; do stop_pid "$pid"; done
  stop_pid "$nginx_pid"
  stop_postgres
  rm -rf "$work" "$ngx" ${pg_dir:+"$pg_dir"}
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build: the published app (what ships) and the seeder -----------------------------------------------
log "building (Release)"
dotnet build "$here/Seeder/Seeder.csproj" -c Release -nologo -v q -clp:ErrorsOnly >"$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; die "the seeder did not build"; }
# As the README says to publish it: for this platform, so ReadyToRun precompiles it with the runtime beside it
# (the csproj turns that on: self-contained, one composite image). It starts with its own launcher.
dotnet publish "$repo/src/MuscleKnotGuide.Web/MuscleKnotGuide.Web.csproj" -c Release --use-current-runtime \
  -o "$work/app" -nologo -v q -clp:ErrorsOnly \
  >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; die "the app did not publish"; }
# What ships, or the figures mean nothing: a csproj condition once let this very publish skip ReadyToRun unnoticed.
[ -f "$work/app/libcoreclr.so" ] || die "the publish is not self-contained (see ReadyToRun in MuscleKnotGuide.Web.csproj)"
[ -f "$work/app/MuscleKnotGuide.Web.r2r.dll" ] || die "the publish has no composite ReadyToRun image"
seeder=("dotnet" "$here/Seeder/bin/Release/net10.0/Seeder.dll")

db="$work/bench.db"
log "seeding: one person with 3,650 days of check-ins, $WRITERS writers (+$WARMUP_WRITERS for warm-up)"
"${seeder[@]}" seed "$db" "$PASSWORD" "$WRITERS" "$WARMUP_WRITERS" >"$work/seed.log" 2>&1 ||
  { cat "$work/seed.log" >&2; die "seeding failed"; }

# --- the app ----------------------------------------------------------------------------------------------
free_port() {
  local port
  for _ in $(seq 100); do
    # Below Linux's ephemeral range (32768 and up): a port picked there could be taken by an outgoing connection
    # before the app binds it, which once stopped a run with "address already in use".
    port=$(( 20000 + RANDOM % 12000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  die "no free port found"
}

# launch <address> [NAME=value...]: starts the published app in the background (launched_pid); Production
# settings over plain http, and a sign-in rate limit high enough for the benchmark's hundreds of sign-ins from
# one address (the limit guards real clients). Settings given override these.
launch() {
  local address="$1"; shift
  (
    cd "$work/app"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      Security__RequireHttps=false \
      RateLimits__SignInPerMinute=100000 \
      "$@" \
      ./MuscleKnotGuide.Web --urls "$address"
  ) >>"$work/app.log" 2>&1 &
  launched_pid=$!
}

# start_app [NAME=value...]: the app on the SQLite database (app_pid, base).
start_app() {
  local port; port="$(free_port)"
  base="http://127.0.0.1:$port"
  launch "$base" ConnectionStrings__Default="Data Source=$db" "$@"
  app_pid=$launched_pid
}

# wait_ready <started ns> [pid address]: polls / every 10 ms until it answers 200; prints the milliseconds since $1.
wait_ready() {
  local started="$1" pid="${2:-$app_pid}" address="${3:-$base}" code
  for _ in $(seq 6000); do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/app.log" >&2; die "the app exited during start-up"; }
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$address/" 2>/dev/null || true)"
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

# --- nginx: the same bytes as a static file, and later the proxy in front of two instances ----------------
nginx_port="$(free_port)"
proxy_port="$(free_port)"
instance_ports=("$(free_port)" "$(free_port)")
# The proxy's server block is the README's (Deploy), over plain http: no TLS, whose cost is not the app's.
cat >"$ngx/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $ngx/nginx.pid;
error_log $ngx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $ngx/client_body_temp;
    proxy_temp_path $ngx/proxy_temp;
    fastcgi_temp_path $ngx/fastcgi_temp;
    uwsgi_temp_path $ngx/uwsgi_temp;
    scgi_temp_path $ngx/scgi_temp;

    server {
        listen 127.0.0.1:$nginx_port;
        root $ngx/static;
    }

    upstream muscleknotguide {
        server 127.0.0.1:${instance_ports[0]};
        server 127.0.0.1:${instance_ports[1]};
    }

    server {
        listen 127.0.0.1:$proxy_port;
        client_max_body_size 52m;
        location / {
            proxy_pass http://muscleknotguide;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
NGINX
"$nginx_bin" -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log" >>"$work/nginx.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null && break; sleep 0.05; done
kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx.log" "$ngx/error.log" >&2 || true; die "nginx did not start"; }
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
  local prefix="$1" count="$2" out="$3" dir="$3.d"
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
  local day_back user day pain cookies=() tokens=()
  # Each writer's cookie and token read once (not once per day): thousands of awk runs are slow on a busy machine.
  for user in $(seq "$count"); do
    cookies[user]="$(cookie_header "$dir/$user.jar")"
    tokens[user]="$(<"$dir/$user.token")"
  done
  for day_back in $(seq 0 $(( CHECKIN_DAYS - 1 ))); do
    day="$(date -u -d "-$day_back days" +%Y-%m-%d)"
    for user in $(seq "$count"); do
      pain=$(( (user + day_back) % 11 ))
      printf '%s\t%s&__RequestVerificationToken=%s\n' "${cookies[user]}" "$(checkin_form_body "$day" "$pain")" "${tokens[user]}" >>"$out"
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
row() { rows+=("$(printf '%-30s | %-29s | %22s | %-12s | %s' "$@")"); }
json_scenarios=()

# read_scenario <key> <label> <path> <cookie or ""> <target ratio or "">: a GET measured with wrk, as requests/s
# and as a ratio to nginx's; it passes when the ratio reaches the target and every answer was a success.
read_scenario() {
  local key="$1" label="$2" path="$3" cookie="$4" target="$5" code result rps ratio errors v="" after
  code="$(status_of "$path" "$cookie")"
  if [ "$code" = 404 ]; then
    row "$label" "SKIPPED (page not found)" "" "" ""
    json_scenarios+=("\"$key\":{\"status\":\"SKIPPED (page not found)\",\"url\":\"$path\"}")
    return
  fi
  [ "$code" = 200 ] || die "$path answered $code${cookie:+ to the signed-in person}"
  result="$(wrk_run "$key" "$path" "$cookie")"
  # A redirect (to sign in) would count as a fast success in wrk: the page must still answer 200 afterwards.
  after="$(status_of "$path" "$cookie")"
  [ "$after" = 200 ] || die "$path answered $after after its run"
  rps="$(field rps "$result")"
  ratio="$(calc "$rps / $nginx_rps" 3)"
  errors="$(field non_2xx_3xx "$result") / $(field socket_errors "$result")"
  # Judged on the exact ratio: the three decimals shown round 0.0299 up to a passing 0.030.
  [ -n "$target" ] && v="$(verdict "$rps / $nginx_rps >= $target && $(field non_2xx_3xx "$result") == 0")"
  row "$label" "requests/s | ratio to nginx" "$rps | $ratio" "${target:+>= $target}" "$v"
  row "" "p50 / p99 ms | errors" "$(calc "$(field p50_us "$result") / 1000") / $(calc "$(field p99_us "$result") / 1000") | $errors" "" ""
  json_scenarios+=("\"$key\":{\"status\":\"ran\",\"url\":\"$path\",\"result\":$result,\"ratio_to_nginx\":$ratio${target:+,\"target_ratio\":$target,\"verdict\":\"$v\"}}")
}

# writes_scenario <key> <label> <seconds of warm-up> <count command...>: concurrent new check-ins by the writers
# through $base, each (writer, day) once; nothing lost (rows added = successful answers), nothing doubled, no 5xx.
writes_scenario() {
  local key="$1" label="$2" warm_s="$3"; shift 3
  local count_cmd=("$@") pairs="$work/$key-pairs.tsv" rows_before rows_added writes ok w5xx wps sent pairs_total
  if [ "$(status_of "$CHECKIN_NEW_URL" "$ten_cookie")" = 404 ]; then
    row "$label" "SKIPPED (page not found)" "" "" ""
    json_scenarios+=("\"$key\":{\"status\":\"SKIPPED (page not found)\",\"url\":\"$CHECKIN_NEW_URL\"}")
    return
  fi
  writes_run() { # <pairs file> <seconds of writing> <seconds wrk runs> ["again": start the pairs over when they run out]
    wrk -t "$THREADS" -c "$CONNECTIONS" --timeout 30s -d "$3s" -s "$here/writes.lua" "$base" -- "$1" "$THREADS" "$2" "$CHECKIN_NEW_URL" ${4:+"$4"}
  }
  if [ "$WARMUP_WRITERS" -gt 0 ] && [ "$warm_s" -gt 0 ]; then
    # Warm-up writers are other people: their rows are not counted below.
    writer_pairs warmup "$WARMUP_WRITERS" "$work/$key-warmup-pairs.tsv"
    writes_run "$work/$key-warmup-pairs.tsv" "$warm_s" "$warm_s" again >/dev/null || die "wrk failed for the warm-up of $key"
  fi
  writer_pairs writer "$WRITERS" "$pairs"
  rows_before="$("${count_cmd[@]}")"
  # wrk runs 5 s longer than the writing, so every write sent is answered and counted before it stops.
  writes_run "$pairs" "$DURATION" "$(( DURATION + 5 ))" >"$work/wrk-$key.txt" || die "wrk failed for $key"
  writes="$(sed -n 's/^BENCH //p' "$work/wrk-$key.txt" | tail -n 1)"
  rows_added=$(( $("${count_cmd[@]}") - rows_before ))
  ok="$(field writes_ok "$writes")"; w5xx="$(field writes_5xx "$writes")"; wps="$(field writes_per_s "$writes")"
  sent="$(field writes_sent "$writes")"; pairs_total="$(wc -l <"$pairs")"
  local intact_verdict rate_verdict
  intact_verdict="$(verdict "$rows_added == $ok && $w5xx == 0 && $ok > 0")"
  rate_verdict="$(verdict "$wps >= 500")"
  row "$label" "writes/s" "$wps" ">= 500" "$rate_verdict"
  row "" "ok / rows added / 5xx" "$ok / $rows_added / $w5xx" "equal, 0 5xx" "$intact_verdict"
  row "" "refused / signed out / unanswered" "$(field writes_4xx "$writes") / $(field writes_signed_out "$writes") / $(field in_flight_at_end "$writes")" "" ""
  row "" "p50 / p99 ms" "$(calc "$(field p50_us "$writes") / 1000") / $(calc "$(field p99_us "$writes") / 1000")" "" ""
  [ "$sent" -lt "$pairs_total" ] || log "all $pairs_total (writer, day) pairs were used: raise BENCH_WRITERS for a longer run"
  json_scenarios+=("\"$key\":{\"status\":\"ran\",\"url\":\"$CHECKIN_NEW_URL\",\"pairs\":$pairs_total,\"result\":$writes,\"rows_added\":$rows_added,\"target_writes_per_s\":500,\"rate_verdict\":\"$rate_verdict\",\"intact_verdict\":\"$intact_verdict\"}")
}

peak_mb() { awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
# The SQLite app's high-water mark after each of its phases, so the peak can be put down to the phase that reached it.
phase_peaks=()
note_peak() {
  local mb; mb="$(peak_mb "$app_pid")"
  phase_peaks+=("\"$1\":$mb")
  log "memory: VmHWM $mb MB after $1"
}

# Cold start first, on a quiet machine: median of BENCH_STARTS fresh processes.
log "cold start x $STARTS"
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

log "starting the app on SQLite"
start_app
wait_ready "$(date +%s%N)" >/dev/null
peaks=()

# The practical limit: nginx serving the very bytes of the anonymous guide page.
log "nginx: the same bytes as $GUIDE_URL"
curl -sf -o "$ngx/static/guide.html" "$base$GUIDE_URL" || die "$GUIDE_URL did not answer"
chmod 644 "$ngx/static/guide.html"
cmp -s "$ngx/static/guide.html" <(curl -s "http://127.0.0.1:$nginx_port/guide.html") || die "nginx does not serve the guide's bytes"
nginx="$(base="http://127.0.0.1:$nginx_port" wrk_run nginx /guide.html)"
nginx_rps="$(field rps "$nginx")"
row "nginx, same bytes as guide" "requests/s | ratio to nginx" "$nginx_rps | 1" "" ""
row "" "p50 / p99 ms | errors" "$(calc "$(field p50_us "$nginx") / 1000") / $(calc "$(field p99_us "$nginx") / 1000") | $(field non_2xx_3xx "$nginx") / $(field socket_errors "$nginx")" "" ""
json_scenarios+=("\"nginx\":{\"status\":\"ran\",\"url\":\"/guide.html\",\"bytes\":$(wc -c <"$ngx/static/guide.html"),\"result\":$nginx}")

sign_in ten-years@bench.test "$work/ten-years.jar" || die "the ten-year person could not sign in"
ten_cookie="$(cookie_header "$work/ten-years.jar")"

log "reads: guide, insights, check-ins, report, health"
read_scenario guide_anonymous "guide, anonymous" "$GUIDE_URL" "" 0.40
note_peak guide_anonymous
read_scenario guide_signed_in "guide, signed in" "$GUIDE_URL" "$ten_cookie" 0.05
note_peak guide_signed_in
read_scenario insights_cached "insights (personal cache)" "$INSIGHTS_URL" "$ten_cookie" ""
note_peak insights_cached
read_scenario checkins "check-ins (10 years)" "$CHECKINS_URL" "$ten_cookie" 0.03
note_peak checkins
read_scenario report "report, 365 days" "$REPORT_URL" "$ten_cookie" 0.01
note_peak report
read_scenario health "/health" /health "" ""
note_peak health

# The JSON export of the ten-year diary: time to the last byte, one download at a time (median).
log "export: $EXPORT_URL x $EXPORTS"
if [ "$(status_of "$EXPORT_URL" "$ten_cookie")" = 404 ]; then
  row "export, 10 years (JSON)" "SKIPPED (page not found)" "" "" ""
  json_scenarios+=("\"export\":{\"status\":\"SKIPPED (page not found)\",\"url\":\"$EXPORT_URL\"}")
else
  export_ms=()
  for _ in $(seq "$EXPORTS"); do
    out="$(curl -s -o "$work/export.json" -w '%{http_code} %{time_total}' -H "Cookie: $ten_cookie" "$base$EXPORT_URL")"
    [ "${out%% *}" = 200 ] || die "$EXPORT_URL answered ${out%% *}"
    export_ms+=("$(calc "${out#* } * 1000" 0)")
  done
  export_median="$(median "${export_ms[@]}")"
  export_verdict="$(verdict "$export_median < 500")"
  export_bytes="$(wc -c <"$work/export.json")"
  row "export, 10 years (JSON)" "median ms to last byte" "$export_median" "< 500" "$export_verdict"
  row "" "bytes" "$export_bytes" "" ""
  note_peak export
  json_scenarios+=("\"export\":{\"status\":\"ran\",\"url\":\"$EXPORT_URL\",\"bytes\":$export_bytes,\"times_ms\":[$(IFS=,; echo "${export_ms[*]}")],\"median_ms\":$export_median,\"target_ms\":500,\"verdict\":\"$export_verdict\"}")
fi

# One person asking for many distinct /insights URLs: the cache must not keep one page per URL.
log "memory: $DISTINCT_URLS distinct $INSIGHTS_URL URLs"
seq "$DISTINCT_URLS" | awk -v u="$base$INSIGHTS_URL" '{ printf "url = \"%s?n=%d\"\noutput = \"/dev/null\"\n", u, $1 }' >"$work/distinct.curl"
distinct_codes="$(curl -s --no-progress-meter --parallel --parallel-max 8 -H "Cookie: $ten_cookie" -w '%{http_code}\n' -K "$work/distinct.curl" | sort | uniq -c | tr -s ' ' | paste -sd, -)"
log "distinct URLs answered: $distinct_codes"
note_peak distinct_insights_urls

writes_scenario checkin_writes "new check-ins (SQLite)" "$WARMUP" "${seeder[@]}" count "$db" writer-
note_peak checkin_writes
# The last phase's mark is the process's peak: read once, so the two figures cannot differ.
peaks+=("${phase_peaks[-1]##*:}")
stop_app

# /insights without the personal cache: what the first view after each save costs (a benchmark-only setting).
log "insights without the personal cache"
start_app Benchmark__NoPersonalCache=true
wait_ready "$(date +%s%N)" >/dev/null
# A fresh process runs its code at full speed only after tiered compilation has recompiled it, and its background
# compiler shares the cores with 32 busy connections: uncached /insights cost 8.7 ms of CPU per request in the first
# seconds and 3.1 ms after about 40 s (README, Benchmark). The signed-in pages above are measured in a process that
# had served about 40 s of load before them, so this one gets as long before its measured run.
if [ "$WARMUP" -gt 0 ]; then
  wrk -t "$THREADS" -c "$CONNECTIONS" --timeout 10s -H "Cookie: $ten_cookie" -d "${FRESH_WARMUP}s" "$base$INSIGHTS_URL" >/dev/null
fi
read_scenario insights_uncached "insights, uncached (30 days)" "$INSIGHTS_URL" "$ten_cookie" 0.03
peaks+=("$(peak_mb "$app_pid")")
stop_app

peak="$(printf '%s\n' "${peaks[@]}" | sort -n | tail -n 1)"
mem_verdict="$(verdict "$peak < 250")"
json_scenarios+=("\"peak_memory\":{\"status\":\"ran\",\"vmhwm_mb\":$peak,\"per_process_mb\":[$(IFS=,; echo "${peaks[*]}")],\"distinct_insights_urls\":$DISTINCT_URLS,\"sqlite_app_after\":{$(IFS=,; echo "${phase_peaks[*]}")},\"target_mb\":250,\"verdict\":\"$mem_verdict\"}")

# Two instances on one PostgreSQL database behind nginx (round robin): the same writes, through the proxy.
if [ -z "$pgbin" ]; then
  row "new check-ins (PostgreSQL)" "SKIPPED (PostgreSQL not installed)" "" "" ""
  json_scenarios+=("\"checkin_writes_postgres\":{\"status\":\"SKIPPED (PostgreSQL not installed)\"}")
else
  log "two instances on PostgreSQL behind nginx"
  pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/mkg-bench-postgres.XXXXXX")"
  pg_port="$(free_port)"
  mkdir -p "$pg_dir/socket"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$pg_dir"
  as_postgres "$pgbin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C >"$work/postgres.log" 2>&1 ||
    { cat "$work/postgres.log" >&2; die "initdb failed"; }
  # Durable commits (fsync on), as a real server runs: the figure is comparable with SQLite's.
  as_postgres "$pgbin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_dir/socket -c max_connections=200" start >>"$work/postgres.log" 2>&1 ||
    { cat "$work/postgres.log" "$pg_dir/server.log" >&2; die "PostgreSQL did not start"; }
  as_postgres "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -X -q -c 'CREATE DATABASE muscleknotguide' >>"$work/postgres.log" 2>&1 ||
    die "CREATE DATABASE failed"
  pg_conn="Host=127.0.0.1;Port=$pg_port;Database=muscleknotguide;Username=postgres"
  "${seeder[@]}" seed "postgres:$pg_conn" "$PASSWORD" "$WRITERS" "$WARMUP_WRITERS" >"$work/seed-postgres.log" 2>&1 ||
    { cat "$work/seed-postgres.log" >&2; die "seeding PostgreSQL failed"; }
  for port in "${instance_ports[@]}"; do
    launch "http://127.0.0.1:$port" Database__Provider=PostgreSQL ConnectionStrings__Default="$pg_conn"
    instance_pids+=("$launched_pid")
    wait_ready "$(date +%s%N)" "$launched_pid" "http://127.0.0.1:$port" >/dev/null
  done
  base="http://127.0.0.1:$proxy_port"
  sign_in ten-years@bench.test "$work/ten-years-postgres.jar" || die "signing in through nginx failed"
  ten_cookie="$(cookie_header "$work/ten-years-postgres.jar")"
  # Two fresh processes: warmed up with writes as long as the uncached /insights process above.
  writes_scenario checkin_writes_postgres "new check-ins (PostgreSQL x2)" "$FRESH_WARMUP" "${seeder[@]}" count "postgres:$pg_conn" writer-
  for pid in "${instance_pids[@]}"; do stop_pid "$pid"; done
  instance_pids=()
fi

row "cold start" "median ms (of $STARTS)" "$cold_ms" "< 1500" "$cold_verdict"
row "" "median CPU ms until ready" "$cold_cpu_ms" "" ""
row "peak memory" "VmHWM MB (highest process)" "$peak" "< 250" "$mem_verdict"

# --- report --------------------------------------------------------------------------------------------------
mkdir -p "$RESULTS"
{
  echo "MuscleKnotGuide benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "$(nproc) cores; wrk $THREADS threads, $CONNECTIONS connections, ${DURATION}s after ${WARMUP}s warm-up; published Release build (self-contained, composite ReadyToRun)"
  echo
  printf '%-30s | %-29s | %22s | %-12s | %s\n' scenario figure value target verdict
  printf '%s\n' "-------------------------------+-------------------------------+------------------------+--------------+--------"
  printf '%s\n' "${rows[@]}" | sed 's/ *$//'
} | tee "$RESULTS/latest.txt"
printf '{"machine":{"cores":%d},"settings":{"duration_s":%d,"connections":%d,"threads":%d,"warmup_s":%d,"starts":%d,"writers":%d},"scenarios":{%s}}\n' \
  "$(nproc)" "$DURATION" "$CONNECTIONS" "$THREADS" "$WARMUP" "$STARTS" "$WRITERS" "$(IFS=,; echo "${json_scenarios[*]}")" \
  >"$RESULTS/latest.json"
log "written: $RESULTS/latest.txt and latest.json"
