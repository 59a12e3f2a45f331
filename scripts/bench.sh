#!/usr/bin/env bash
# Page benchmark for CpdTwitter (issue 12): publishes Release, prepares a database, starts the app on loopback,
# signs each role in through the real sign-in form, checks every page answers 200 with the full page, then measures
# every page with wrk in one run and writes a markdown table (requests/s, p50/p95/p99, ratio to a static file).
# Usage and examples: docs/performance.md, "How to run the benchmark". Not part of CI.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/bench.sh [options] [demo | volume N]

  demo              the Development demo seed (default)
  volume N          an empty database filled by `seed-volume --posts N --years 10`

Options:
  --db sqlite|postgres   database (default sqlite; postgres starts a private PostgreSQL 15 on a free loopback port)
  --duration SECS        wrk duration per page (default 15)
  --warmup SECS          unmeasured wrk run per page, in one pass before the measured pass (default 5; 0 = none)
  --connections N        wrk connections (default 8)
  --threads N            wrk threads (default 2)
  --pages LIST           comma-separated page keys to measure (default: all; `--list-pages` shows them)
  --environment NAME     ASP.NET Core environment for the measured app (default Production)
  --data DIR             keep the prepared database in DIR and reuse it next time (default: a temp dir, removed)
  --out FILE             results file (default artifacts/bench/<db>-<mode>-<UTC date-time>.md)
  --seed S               seed-volume's random seed (default: the command's own)
  --starts N             time start-up N times, report the median (default 3)
  --password PW          password of the bench log-on IDs in volume mode (default $BENCH_PASSWORD or built in)
  --no-build             reuse artifacts/bench/app from an earlier run
  --list-pages           print the page keys and exit
EOF
}

# Log-on IDs: the demo seed's members, or the ones `seed-volume` creates (District 012 for district roles).
DEMO_PASSWORD="Near-West-Demo-2026"
DEMO_REP=po.grant DEMO_SGT=sgt.kowalski DEMO_CMDR=cmdr.ortiz DEMO_NEWS=news.bell DEMO_ISD=isd.whitfield
VOLUME_PASSWORD="${BENCH_PASSWORD:-Bench-Volume-Run-2026}"
VOLUME_REP=bench.rep012 VOLUME_SGT=bench.sgt012 VOLUME_CMDR=bench.cmd012 VOLUME_NEWS=bench.news VOLUME_ISD=bench.isd
VOLUME_YEARS=10 VOLUME_UNREVIEWED_DISTRICT=12 VOLUME_UNREVIEWED=1500
BENCH_DISTRICT=12

# key|role|path (role empty = anonymous; @post = a published posting of District 012). Order = table order.
PAGES=(
  "static||/css/site.css"
  "healthz||/healthz"
  "home-rep|rep|/"
  "home-sgt|sgt|/"
  "home-cmdr|cmdr|/"
  "home-news|news|/"
  "home-isd|isd|/"
  "drafts|rep|/Drafts"
  "review|sgt|/Review"
  "review-approvals|sgt|/Review/Approvals"
  "news-approvals|news|/NewsAffairs/Approvals"
  "publishing|news|/Publishing"
  "post|sgt|@post"
  "audit|isd|/Admin/Audit"
  "calendar-sgt|sgt|/Calendar"
  "calendar-news|news|/Calendar"
  "feed|news|/NewsAffairs/Postings"
  "feed-district|news|/NewsAffairs/Postings?district=12"
  "feed-search|news|/NewsAffairs/Postings?q=catalytic+converter"
  "dashboard|news|/NewsAffairs/Dashboard"
  "dashboard-district|news|/NewsAffairs/Dashboard?district=12"
)

mode=demo posts=0 db=sqlite duration=15 warmup=5 starts=3 volume_seed="" connections=8 threads=2 pages="" environment=Production
data_dir="" out="" build=1
while [ $# -gt 0 ]; do
  case "$1" in
    demo) mode=demo ;;
    volume) mode=volume; posts="${2:?volume needs a number of postings}"; shift ;;
    --db) db="${2:?}"; shift ;;
    --duration) duration="${2:?}"; shift ;;
    --warmup) warmup="${2:?}"; shift ;;
    --connections) connections="${2:?}"; shift ;;
    --threads) threads="${2:?}"; shift ;;
    --pages) pages="${2:?}"; shift ;;
    --environment) environment="${2:?}"; shift ;;
    --data) data_dir="${2:?}"; shift ;;
    --out) out="${2:?}"; shift ;;
    --password) VOLUME_PASSWORD="${2:?}"; shift ;;
    --seed) volume_seed="${2:?}"; shift ;;
    --starts) starts="${2:?}"; shift ;;
    --no-build) build=0 ;;
    --list-pages) for p in "${PAGES[@]}"; do echo "${p%%|*}  (${p##*|})"; done; exit 0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
case "$db" in sqlite|postgres) ;; *) echo "--db must be sqlite or postgres" >&2; exit 2 ;; esac
case "$posts" in ''|*[!0-9]*) echo "volume N: N must be a whole number" >&2; exit 2 ;; esac
[ "$starts" != 0 ] || { echo "--starts must be at least 1" >&2; exit 2; }
for n in "$duration" "$warmup" "$connections" "$threads" "$starts" ${volume_seed:+"$volume_seed"}; do
  case "$n" in ''|*[!0-9]*) echo "durations and counts must be whole numbers" >&2; exit 2 ;; esac
done

# --data and --out are relative to where the script was called from; everything else to the repository root.
absolute() { case "$1" in ''|/*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
data_dir=$(absolute "$data_dir") out=$(absolute "$out")
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
step() { echo "== $(date -u +%H:%M:%S) $*" >&2; }
fail() { echo "bench: $*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

if [ "$mode" = demo ]; then
  password=$DEMO_PASSWORD
  declare -A LOGON=([rep]=$DEMO_REP [sgt]=$DEMO_SGT [cmdr]=$DEMO_CMDR [news]=$DEMO_NEWS [isd]=$DEMO_ISD)
  mode_label=demo
else
  password=$VOLUME_PASSWORD
  declare -A LOGON=([rep]=$VOLUME_REP [sgt]=$VOLUME_SGT [cmdr]=$VOLUME_CMDR [news]=$VOLUME_NEWS [isd]=$VOLUME_ISD)
  mode_label="volume-$posts"
fi

selected=()
for p in "${PAGES[@]}"; do
  key=${p%%|*}
  if [ -z "$pages" ] || [[ ",$pages," == *",$key,"* ]]; then selected+=("$p"); fi
done
[ ${#selected[@]} -gt 0 ] || fail "no page matches --pages $pages (see --list-pages)"
# The static file is the floor every ratio is taken against: always measured, first.
[[ "${selected[0]}" == static\|* ]] || selected=("${PAGES[0]}" "${selected[@]}")

# --- tools ---------------------------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v curl >/dev/null || need_packages+=(curl)
if [ "$db" = sqlite ]; then command -v sqlite3 >/dev/null || need_packages+=(sqlite3); fi
if [ "$db" = postgres ] && ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then need_packages+=(postgresql); fi
if [ ${#need_packages[@]} -gt 0 ]; then
  step "apt-get install ${need_packages[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

# --- work folders and cleanup --------------------------------------------------------------------------------
run_dir=$(mktemp -d /tmp/cpdtwitter-bench.XXXXXX)
chmod 755 "$run_dir"
[ -n "$data_dir" ] || data_dir="$run_dir/data"
mkdir -p "$data_dir"
data_dir=$(cd "$data_dir" && pwd)
app_pid="" pg_bin="" pg_port="" pg_running=0

as_postgres() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
stop_postgres() {
  if [ "$pg_running" -eq 1 ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$data_dir/pg" -m fast -w stop >/dev/null 2>&1 || true
    pg_running=0
  fi
}
cleanup() {
  code=$?
  stop_app
  stop_postgres
  if [ "$code" -ne 0 ] && [ -f "$run_dir/app.log" ]; then
    echo "--- last lines of the app log ($run_dir/app.log) ---" >&2
    tail -n 30 "$run_dir/app.log" >&2 || true
    echo "(run folder kept: $run_dir)" >&2
    return
  fi
  rm -rf "$run_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# --- build ---------------------------------------------------------------------------------------------------
app_dir="$root/artifacts/bench/app"
if [ "$build" -eq 1 ]; then
  step "dotnet publish -c Release (src/CpdTwitter.Web → artifacts/bench/app)"
  rm -rf "$app_dir"
  dotnet publish src/CpdTwitter.Web -c Release -o "$app_dir" -nologo -v quiet >"$run_dir/publish.log" 2>&1 \
    || { tail -n 40 "$run_dir/publish.log" >&2; fail "publish failed"; }
fi
[ -f "$app_dir/CpdTwitter.Web.dll" ] || fail "$app_dir/CpdTwitter.Web.dll is missing (run without --no-build)"

# --- database ------------------------------------------------------------------------------------------------
app_env=(
  "Storage__DataPath=$data_dir/app"
  "Security__RequireMfa=false"
  "Devices__DepartmentNetworks__0=127.0.0.0/8"
  "Devices__DepartmentNetworks__1=::1/128"
  "Serilog__MinimumLevel__Default=Warning"
  "Seed__Demo=false"
  # As behind the production reverse proxy: TLS ends at the proxy on loopback, which names the client and https.
  "Devices__KnownProxies__0=127.0.0.1"
)
PROXY=(-H "X-Forwarded-For: 127.0.0.1" -H "X-Forwarded-Proto: https")
if [ "$db" = postgres ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_port=$(free_port 55532)
  if [ ! -f "$data_dir/pg/PG_VERSION" ]; then
    step "initdb ($pg_bin)"
    mkdir -p "$data_dir/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$data_dir/pg" && chmod 755 "$data_dir"
    as_postgres "$pg_bin/initdb" -D "$data_dir/pg" -A trust -U postgres >"$run_dir/initdb.log" 2>&1 \
      || { cat "$run_dir/initdb.log" >&2; fail "initdb failed"; }
  fi
  step "PostgreSQL on 127.0.0.1:$pg_port"
  as_postgres "$pg_bin/pg_ctl" -D "$data_dir/pg" -l "$data_dir/pg/server.log" -w \
    -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null \
    || fail "PostgreSQL did not start (see $data_dir/pg/server.log)"
  pg_running=1
  psql_admin() { psql -X -q -At -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }
  psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'cpdtwitter_bench'" | grep -q 1 \
    || psql_admin -d postgres -c "CREATE DATABASE cpdtwitter_bench"
  app_env+=("Database__Provider=PostgreSql"
    "ConnectionStrings__CpdTwitter=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=cpdtwitter_bench")
  sql() { psql_admin -d cpdtwitter_bench -c "$1"; }
  db_size() { psql_admin -d cpdtwitter_bench -c "SELECT pg_size_pretty(pg_database_size('cpdtwitter_bench'))"; }
  published_post_sql="SELECT \"Id\" FROM \"Posts\" WHERE \"State\" = 5 AND \"District\" = $BENCH_DISTRICT ORDER BY \"PublishedAt\" DESC LIMIT 1"
  count_sql() { echo "SELECT (SELECT count(*) FROM \"Posts\") || ' postings, ' || (SELECT count(*) FROM \"AuditEvents\") || ' audit events'"; }
else
  app_env+=("Database__Provider=Sqlite")
  sqlite_file="$data_dir/app/cpdtwitter.db"
  sql() { sqlite3 -batch -noheader "$sqlite_file" "$1"; }
  db_size() { du -ch "$sqlite_file"* | tail -n 1 | cut -f1; }
  published_post_sql="SELECT Id FROM Posts WHERE State = 5 AND District = $BENCH_DISTRICT ORDER BY PublishedAt DESC LIMIT 1"
  count_sql() { echo "SELECT (SELECT count(*) FROM Posts) || ' postings, ' || (SELECT count(*) FROM AuditEvents) || ' audit events'"; }
fi

run_app_command() {
  (cd "$app_dir" && env "${app_env[@]}" ASPNETCORE_ENVIRONMENT="$environment" dotnet CpdTwitter.Web.dll "$@")
}

app_port="" startup_ms=""
# Starts the app in the background and waits for /healthz; sets startup_ms (process start to the first 200).
start_app() {
  local env_name=$1; shift
  app_port=$(free_port 5099)
  local started
  started=$(now_ms)
  (cd "$app_dir" && exec env "${app_env[@]}" "$@" ASPNETCORE_ENVIRONMENT="$env_name" \
    ASPNETCORE_URLS="http://127.0.0.1:$app_port" dotnet CpdTwitter.Web.dll) >>"$run_dir/app.log" 2>&1 &
  app_pid=$!
  while true; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$app_port/healthz" || true)" = 200 ]; then
      startup_ms=$(( $(now_ms) - started ))
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited during start-up"
    [ $(( $(now_ms) - started )) -lt 600000 ] || fail "no /healthz 200 within 10 minutes"
    sleep 0.05
  done
}

prepared_marker="$data_dir/prepared"
prepare_label="$db $mode_label"
prepare_note="reused from $data_dir"
if [ ! -f "$prepared_marker" ] || [ "$(cat "$prepared_marker")" != "$prepare_label" ]; then
  [ ! -f "$prepared_marker" ] || fail "$data_dir holds '$(cat "$prepared_marker")', not '$prepare_label': use another --data"
  prepare_started=$(now_ms)
  step "migrate"
  run_app_command migrate >>"$run_dir/app.log" 2>&1 || fail "migrate failed"
  if [ "$mode" = demo ]; then
    step "demo seed (one Development start with Seed:Demo=true)"
    start_app Development Seed__Demo=true
    stop_app
  else
    step "seed-volume --posts $posts --years $VOLUME_YEARS"
    if ! run_app_command seed-volume --posts "$posts" --years "$VOLUME_YEARS" --password "$password" \
      --unreviewed-district "$VOLUME_UNREVIEWED_DISTRICT" --unreviewed "$VOLUME_UNREVIEWED" \
      ${volume_seed:+--seed "$volume_seed"} 2>&1 | tee -a "$run_dir/seed.log" >&2; then
      fail "seed-volume failed (see above)"
    fi
  fi
  prepare_note="prepared in $(( ($(now_ms) - prepare_started) / 1000 )) s"
  echo "$prepare_label" >"$prepared_marker"
fi
store_counts=$(sql "$(count_sql)")
store_size=$(db_size)
step "store: $store_counts, $store_size ($prepare_note)"

# --- the measured app ----------------------------------------------------------------------------------------
# Start-up is timed several times (the last start stays up for the load): one cold start on a busy machine says little.
startups=()
for i in $(seq 1 "$starts"); do
  [ "$i" -eq 1 ] || stop_app
  step "start $i of $starts ($environment, Release) on 127.0.0.1"
  start_app "$environment"
  startups+=("$startup_ms")
done
startup_median=$(printf '%s\n' "${startups[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }')
base="http://127.0.0.1:$app_port"
step "listening on $base; /healthz 200 after ${startups[*]} ms (median $startup_median)"

post_id=$(sql "$published_post_sql" | head -n 1)
[ -n "$post_id" ] || fail "no published posting in District $BENCH_DISTRICT for the post record page"

declare -A COOKIE=()
# Set-Cookie lines of a header dump as "name=value; name=value" (the cookies are Secure, so curl's jar would not
# send them back over plain http; the headers say https, as a TLS-terminating proxy would).
set_cookies() { tr -d '\r' <"$1" | sed -n 's/^[Ss]et-[Cc]ookie: *\([^;]*\).*/\1/p' | paste -sd';' - | sed 's/;/; /g'; }
sign_in() {
  local role=$1 token status jar
  curl -s -D "$run_dir/signin-$role.get" -o "$run_dir/signin-$role.form" "${PROXY[@]}" "$base/Account/SignIn"
  token=$(grep -o '<input[^>]*__RequestVerificationToken[^>]*>' "$run_dir/signin-$role.form" | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/')
  [ -n "$token" ] || fail "no antiforgery token on the sign-in form ($run_dir/signin-$role.form)"
  jar=$(set_cookies "$run_dir/signin-$role.get")
  status=$(curl -s -D "$run_dir/signin-$role.post" -o "$run_dir/signin-$role.html" -w '%{http_code} %{redirect_url}' \
    "${PROXY[@]}" -H "Cookie: $jar" \
    --data-urlencode "Input.LogOnId=${LOGON[$role]}" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/SignIn")
  [[ "$status" == 302* ]] || fail "sign-in of ${LOGON[$role]} ($role) answered '$status', not a redirect (see $run_dir/signin-$role.html)"
  [[ "$status" != *Account/* ]] || fail "sign-in of ${LOGON[$role]} ($role) was sent on to '${status#* }' (MFA or enrolment required?)"
  COOKIE[$role]="$jar; $(set_cookies "$run_dir/signin-$role.post")"
}
for role in rep sgt cmdr news isd; do
  for p in "${selected[@]}"; do
    IFS='|' read -r _ r _ <<<"$p"
    if [ "$r" = "$role" ]; then step "sign in ${LOGON[$role]} ($role)"; sign_in "$role"; break; fi
  done
done

resolve_path() { if [ "$1" = "@post" ]; then echo "/Posts/$post_id"; else echo "$1"; fi; }

declare -A SIZE=()
check_pages() {
  local key role path headers body result code
  for p in "${selected[@]}"; do
    IFS='|' read -r key role path <<<"$p"
    path=$(resolve_path "$path")
    headers=("${PROXY[@]}")
    [ -z "$role" ] || headers+=(-H "Cookie: ${COOKIE[$role]}")
    body="$run_dir/page-$key.html"
    result=$(curl -s -o "$body" -w '%{http_code} %{size_download}' "${headers[@]}" "$base$path")
    code=${result%% *}
    [ "$code" = 200 ] || fail "$path as ${role:-anonymous} answered $code $1 (body: $body)"
    if [ -n "$role" ] && ! grep -q '</html>' "$body"; then fail "$path as $role: no </html> $1, not a full page ($body)"; fi
    SIZE[$key]=${result#* }
  done
}
step "check every page answers 200 with the full page"
check_pages "before the run"

cat >"$run_dir/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d bytes=%d status_errors=%d socket_errors=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
EOF

field() { sed -n "s/.*[[:space:]]$1=\([0-9]*\).*/\1/p" <<<"$2"; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A RPS=() P50=() P95=() P99=() ERRORS=()
page_headers() { # sets headers for page entry $1
  local role
  IFS='|' read -r _ role _ <<<"$1"
  headers=("${PROXY[@]}")
  [ -z "$role" ] || headers+=(-H "Cookie: ${COOKIE[$role]}")
}
# One unmeasured pass over every page first, so that no page (least of all the static floor, measured first) pays
# for the JIT and the caches warming up.
if [ "$warmup" -gt 0 ]; then
  step "warm-up: wrk -d${warmup}s per page, not measured"
  for p in "${selected[@]}"; do
    page_headers "$p"
    wrk -t"$threads" -c"$connections" -d"${warmup}s" "${headers[@]}" "$base$(resolve_path "${p##*|}")" >/dev/null
  done
fi
# CPU time (clock ticks) used so far by the app, and by the PostgreSQL server processes: per request it is a cost
# that other load on the machine changes far less than requests/s or latency.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
app_ticks() { ticks "$app_pid"; }
db_ticks() {
  [ "$db" = postgres ] || { echo 0; return; }
  local postmaster total=0 child
  postmaster=$(head -n 1 "$data_dir/pg/postmaster.pid")
  # The postmaster's own time plus its ended children's (cutime, cstime), so a backend that exits mid-run still counts.
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
  for child in $(cat "/proc/$postmaster/task/$postmaster/children" 2>/dev/null); do total=$((total + $(ticks "$child"))); done
  echo "$total"
}
clock_ticks=$(getconf CLK_TCK)
declare -A APP_CPU=() DB_CPU=()
measure() { # key, page entry
  local key=$1 line requests duration_us app_before db_before
  page_headers "$2"
  app_before=$(app_ticks); db_before=$(db_ticks)
  line=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "$run_dir/report.lua" "${headers[@]}" \
    "$base$(resolve_path "${2##*|}")" | grep '^BENCH ') || fail "wrk printed no result for $key"
  requests=$(field requests "$line"); duration_us=$(field duration_us "$line")
  APP_CPU[$key]=$(awk -v t=$(( $(app_ticks) - app_before )) -v hz="$clock_ticks" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
  DB_CPU[$key]=$(awk -v t=$(( $(db_ticks) - db_before )) -v hz="$clock_ticks" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
  RPS[$key]=$(awk -v r="$requests" -v d="$duration_us" 'BEGIN { printf "%.1f", r / (d / 1000000) }')
  P50[$key]=$(awk -v u="$(field p50_us "$line")" 'BEGIN { printf "%.1f", u / 1000 }')
  P95[$key]=$(awk -v u="$(field p95_us "$line")" 'BEGIN { printf "%.1f", u / 1000 }')
  P99[$key]=$(awk -v u="$(field p99_us "$line")" 'BEGIN { printf "%.1f", u / 1000 }')
  ERRORS[$key]=$(( $(field status_errors "$line") + $(field socket_errors "$line") ))
  echo "   $key: ${RPS[$key]} req/s, p50 ${P50[$key]} ms, p95 ${P95[$key]} ms, p99 ${P99[$key]} ms, CPU ${APP_CPU[$key]} ms/request (database ${DB_CPU[$key]})" >&2
}
step "wrk -t$threads -c$connections -d${duration}s per page"
for p in "${selected[@]}"; do measure "${p%%|*}" "$p"; done
# The floor again at the end: how far the machine drifted during the run (other load, thermal, GC).
measure static-end "${PAGES[0]}"

# A session that ended during the run would have measured redirects to the sign-in page (wrk counts only 4xx/5xx).
step "check every page again"
check_pages "after the run"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report --------------------------------------------------------------------------------------------------
stop_app
[ -n "$out" ] || out="$root/artifacts/bench/$db-$mode_label-$(date -u +%Y%m%d-%H%M).md"
mkdir -p "$(dirname "$out")"
static_rps=${RPS[static]}
drift=$(awk -v a="$static_rps" -v b="${RPS[static-end]}" 'BEGIN { printf "%+.0f%%", (a > 0 ? (b - a) / a * 100 : 0) }')
ratio() { awk -v a="$1" -v b="$static_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
# The same ratio from CPU cost: what the page would reach against the static file on an otherwise idle machine.
cpu_ratio() { awk -v s="${APP_CPU[static]}" -v a="$1" -v d="$2" 'BEGIN { printf "%.2f", (a + d > 0 ? s / (a + d) : 0) }'; }
{
  echo "## $db, $mode_label — $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "- Store: $store_counts, $store_size on disk ($prepare_note)."
  echo "- App: Release (\`dotnet publish\`), ASPNETCORE_ENVIRONMENT=$environment, Security:RequireMfa=false, Serilog at Warning, 127.0.0.1."
  echo "- Load: \`wrk -t$threads -c$connections -d${duration}s\` per page, one page after another in one run, after a ${warmup}s unmeasured warm-up pass over every page."
  echo "- Static file again at the end of the run: ${RPS[static-end]} requests/s ($drift against the start; the ratios use the start)."
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average before the run $load_before, after $load_after."
  echo "- Startup (process start → /healthz 200): median $startup_median ms of $starts starts (${startups[*]} ms)."
  echo
  cpu_head="app CPU ms/req" cpu_align="---:|"
  [ "$db" = sqlite ] || { cpu_head="app CPU ms/req | PostgreSQL CPU ms/req"; cpu_align="---:|---:|"; }
  echo "| page | as | size | requests/s | p50 ms | p95 ms | p99 ms | errors | ratio to static | $cpu_head | CPU ratio to static |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|$cpu_align---:|"
  for p in "${selected[@]}"; do
    IFS='|' read -r key role path <<<"$p"
    who=${role:+${LOGON[$role]}}
    if [ "$path" = "@post" ]; then path="/Posts/{id}"; fi
    db_cell=""
    [ "$db" = sqlite ] || db_cell=" ${DB_CPU[$key]} |"
    size=$(awk -v b="${SIZE[$key]}" 'BEGIN { if (b >= 1048576) printf "%.1f MB", b / 1048576; else if (b >= 1024) printf "%.1f KB", b / 1024; else printf "%d B", b }')
    echo "| \`$path\` | ${who:-anonymous} | $size | ${RPS[$key]} | ${P50[$key]} | ${P95[$key]} | ${P99[$key]} | ${ERRORS[$key]} | $(ratio "${RPS[$key]}") | ${APP_CPU[$key]} |$db_cell $(cpu_ratio "${APP_CPU[$key]}" "${DB_CPU[$key]}") |"
  done
  echo
  slowest=$(for k in "${!P95[@]}"; do [ "$k" = static-end ] || echo "${P95[$k]} $k"; done | sort -n | tail -n 1)
  echo "Targets (issue 12):"
  echo
  echo "- slowest p95: ${slowest% *} ms (${slowest#* }; target < 100 ms)"
  if [ -n "${RPS[review]:-}" ]; then
    echo "- /Review at $(ratio "${RPS[review]}") of the static file's requests/s (target ≥ 0.30); by CPU cost $(cpu_ratio "${APP_CPU[review]}" "${DB_CPU[review]}")"
  fi
  echo "- startup: median $startup_median ms (target < 5000 ms at 1,000,000 postings)"
} >"$out"
cp "$run_dir/app.log" "${out%.md}.log"
echo >&2
cat "$out"
step "written to ${out#"$root"/}"
