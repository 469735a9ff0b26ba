#!/usr/bin/env bash
# Start-up benchmark of the kiosk, with a bare Qt Widgets window (bench_barewindow) for comparison,
# under a private Xvfb server at 1920x1080x24. Not a test: it sleeps, and its numbers are for
# people.
#
#   tests/benchmark/startup.sh     (or ./dorfplatz.sh benchmark, or the CMake target benchmark)
#
# Env: RUNS (default 5), IDLE_SECONDS (default 60),
#      DORFPLATZ_BIN (default build/release/app/dorfplatz),
#      BARE_BIN (default build/release/tests/benchmark/bench_barewindow).
#
# Each run starts both programs, the kiosk on kiosk-config/demo with a fresh data directory, and
# measures:
#   start-up   from "date +%s%3N" just before exec to the program's first-paint-epoch-ms line
#              (the kiosk prints it with QT_LOGGING_RULES="dorfplatz.perf.info=true")
#   PSS        about 3 s after the first paint, summed over the process and its descendants
#              (/proc/PID/smaps_rollup)
#   idle CPU   kiosk only: utime+stime of the kiosk process (/proc/PID/stat fields 14 and 15)
#              over IDLE_SECONDS with nobody touching it
# then prints one row per run and program, the medians, and one summary line per metric.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=SCRIPTDIR/../../dorfplatz.sh
source "$root/dorfplatz.sh" # start_xvfb, stop_xvfb
die() {
    printf 'startup.sh: %s\n' "$*" >&2
    exit 1
}

runs=${RUNS:-5}
idle_seconds=${IDLE_SECONDS:-60}
kiosk=${DORFPLATZ_BIN:-$root/build/release/app/dorfplatz}
bare=${BARE_BIN:-$root/build/release/tests/benchmark/bench_barewindow}
paint_timeout_s=20
settle_s=3
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$runs'"
[[ "$idle_seconds" =~ ^[1-9][0-9]*$ ]] || die "IDLE_SECONDS must be a positive number"
[[ -x "$kiosk" ]] || die "no kiosk at $kiosk (./dorfplatz.sh build, or set DORFPLATZ_BIN)"
[[ -x "$bare" ]] || die "no bare window at $bare (./dorfplatz.sh build, or set BARE_BIN)"
clock_ticks=$(getconf CLK_TCK)

work=$(mktemp -d "${TMPDIR:-/tmp}/dorfplatz-benchmark.XXXXXX")
program_pid=""
cleanup() {
    stop_program
    stop_xvfb
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- /proc helpers -------------------------------------------------------------------------------

# descendants PID: prints PID and the PIDs of all its descendants.
descendants() {
    local -A children=()
    local stat line pid ppid
    for stat in /proc/[0-9]*/stat; do
        { read -r line <"$stat"; } 2>/dev/null || continue # the process may be gone
        pid=${stat#/proc/}
        pid=${pid%/stat}
        read -r _ ppid _ <<<"${line##*) }" # after the command name: state, ppid, ...
        children[$ppid]+=" $pid"
    done
    local queue=("$1")
    while ((${#queue[@]} > 0)); do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        printf '%s\n' "$pid"
        # shellcheck disable=SC2206 # the list of children is split on purpose
        queue+=(${children[$pid]:-})
    done
}

# pss_kib PID...: the summed proportional set size of the processes, in KiB.
pss_kib() {
    local pid files=()
    for pid in "$@"; do
        files+=("/proc/$pid/smaps_rollup")
    done
    awk '/^Pss:/ { sum += $2 } END { print sum + 0 }' "${files[@]}" 2>/dev/null || true
}

# cpu_ticks PID: utime + stime of the process (fields 14 and 15 of /proc/PID/stat), in clock ticks.
cpu_ticks() {
    local line fields
    read -r line <"/proc/$1/stat"
    read -r -a fields <<<"${line##*) }" # field 3 (state) is fields[0]
    printf '%s\n' $((fields[11] + fields[12]))
}

# --- Running a program ---------------------------------------------------------------------------

# start_program LOG COMMAND...: starts COMMAND with stderr to LOG; the start time, taken just before
# exec, goes to $work/start-ms.
start_program() {
    local log=$1
    shift
    (
        date +%s%3N >"$work/start-ms"
        exec "$@"
    ) >/dev/null 2>"$log" &
    program_pid=$!
}

stop_program() {
    if [[ -z "$program_pid" ]]; then
        return 0
    fi
    local pids
    mapfile -t pids < <(descendants "$program_pid")
    kill "${pids[@]}" 2>/dev/null || true
    local waited
    for ((waited = 0; waited < 50; waited++)); do
        kill -0 "$program_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "${pids[@]}" 2>/dev/null || true
    wait "$program_pid" 2>/dev/null || true
    program_pid=""
}

# wait_first_paint LOG: prints the first-paint time (ms since the epoch) once LOG has it; fails
# after $paint_timeout_s seconds or when the program ends first.
wait_first_paint() {
    local log=$1 polls line
    for ((polls = 0; polls < paint_timeout_s * 20; polls++)); do
        line=$(grep -m 1 -o 'first-paint-epoch-ms=[0-9]\+' "$log" || true)
        if [[ -n "$line" ]]; then
            printf '%s\n' "${line#*=}"
            return 0
        fi
        kill -0 "$program_pid" 2>/dev/null || return 1
        sleep 0.05
    done
    return 1
}

# --- Measuring -----------------------------------------------------------------------------------

results=$work/results.txt # run program startup_ms pss_kib idle_cpu_s idle_cpu_percent
: >"$results"
failures=0

row() {
    printf '%4s  %-12s %12s %10s %12s %10s\n' "$@"
}

# mib KIB: KiB as MiB with one decimal ("-" stays "-").
mib() {
    if [[ "$1" == - ]]; then
        echo -
    else
        awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'
    fi
}

# measure RUN NAME COMMAND...
measure() {
    local run=$1 name=$2
    shift 2
    local log=$work/$name-$run.log paint start startup pss cpu_s="-" cpu_percent="-"
    start_program "$log" "$@"
    if ! paint=$(wait_first_paint "$log"); then
        local why="printed no first-paint line within $paint_timeout_s s"
        kill -0 "$program_pid" 2>/dev/null || why="ended before its first paint"
        stop_program
        row "$run" "$name" "no paint" - - -
        printf '      %s %s; it said:\n' "$name" "$why"
        sed 's/^/        /' "$log"
        failures=$((failures + 1))
        return 0
    fi
    start=$(<"$work/start-ms")
    startup=$((paint - start))
    sleep "$settle_s"
    local pids
    mapfile -t pids < <(descendants "$program_pid")
    pss=$(pss_kib "${pids[@]}")
    if [[ "$name" == kiosk ]]; then
        local before after
        before=$(cpu_ticks "$program_pid")
        sleep "$idle_seconds"
        after=$(cpu_ticks "$program_pid")
        read -r cpu_s cpu_percent < <(awk -v t=$((after - before)) -v hz="$clock_ticks" \
            -v s="$idle_seconds" 'BEGIN { printf "%.2f %.2f\n", t / hz, 100 * t / hz / s }')
    fi
    stop_program
    row "$run" "$name" "$startup" "$(mib "$pss")" "$cpu_s" "$cpu_percent"
    printf '%s %s %s %s %s %s\n' "$run" "$name" "$startup" "$pss" "$cpu_s" "$cpu_percent" \
        >>"$results"
}

# median NAME COLUMN: the median of one column of $results for one program ("-" if none).
median() {
    awk -v name="$1" -v column="$2" '$2 == name && $column != "-" { print $column }' "$results" |
        sort -g |
        awk '{ v[NR] = $1 }
             END {
                 if (NR == 0) { print "-"; exit }
                 if (NR % 2) { m = v[(NR + 1) / 2] } else { m = (v[NR / 2] + v[NR / 2 + 1]) / 2 }
                 print m
             }'
}

export LANG=${LANG:-C.UTF-8}
export QT_QPA_PLATFORM=xcb
export QT_LOGGING_RULES="dorfplatz.perf.info=true"
unset WAYLAND_DISPLAY
start_xvfb 1920x1080x24 "$work/Xvfb.log"

printf 'Kiosk:       %s\nBare window: %s\n' "$kiosk" "$bare"
printf 'Runs: %s, idle CPU over %s s, Xvfb 1920x1080x24 on %s\n\n' \
    "$runs" "$idle_seconds" "$DISPLAY"
row run program "startup ms" "PSS MiB" "idle CPU s" "idle CPU %"
for ((run = 1; run <= runs; run++)); do
    measure "$run" bare "$bare"
    measure "$run" kiosk "$kiosk" --config "$root/kiosk-config/demo" --data "$work/data-$run"
done

printf '\nMedians\n'
row "" program "startup ms" "PSS MiB" "idle CPU s" "idle CPU %"
for name in bare kiosk; do
    row "" "$name" "$(median "$name" 3)" "$(mib "$(median "$name" 4)")" "$(median "$name" 5)" \
        "$(median "$name" 6)"
done

printf '\n'
printf 'summary: startup-ms kiosk=%s bare=%s\n' "$(median kiosk 3)" "$(median bare 3)"
printf 'summary: pss-mib kiosk=%s bare=%s\n' "$(mib "$(median kiosk 4)")" \
    "$(mib "$(median bare 4)")"
printf 'summary: idle-cpu-seconds kiosk=%s (over %s s)\n' "$(median kiosk 5)" "$idle_seconds"
printf 'summary: idle-cpu-percent kiosk=%s\n' "$(median kiosk 6)"
if ((failures > 0)); then
    die "$failures measurement(s) failed"
fi
