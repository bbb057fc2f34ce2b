#!/bin/bash
# run.sh CORECC PLUGIN WORKDIR SOURCES: compiles SOURCES' prog.c
# locally and through icecream: a scheduler and two daemons on loopback,
# started here and stopped on exit whatever happens; the client's daemon
# hands the job to the other one ("remote"), which runs corecc from an
# environment tarball in its own root. Prints what the test checks.
set -eu
corecc=$1 plugin=$2 t=$3 sources=$4
# Three free ports on loopback, asked of the kernel: a fixed port could
# still be held from a run a minute ago (TIME_WAIT).
read -r port port_local port_remote < <(python3 -c '
import socket
ss = [socket.socket() for _ in range(3)]
for s in ss:
    s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in ss])')

rm -rf "$t"
mkdir -p "$t/src" "$t/bin" "$t/env" "$t/run" "$t/envs-local" "$t/envs-remote"
cp -r "$sources"/. "$t/src/"
# The daemons drop root for the icecc user: their directories are its.
touch "$t/scheduler.log"
chown icecc "$t/envs-local" "$t/envs-remote" "$t/scheduler.log" 2>/dev/null || true
chmod 1777 "$t/run"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

# The scheduler logs as the icecc user it becomes. It has been seen to exit
# when the first job is asked for ("scheduler closed connection" in the
# daemons' logs, under load in utils/check): then it is started again below
# and the daemons find it again, as they would in a real cluster.
start_scheduler() {
  icecc-scheduler -p "$port" -n corecc-test-$port -l "$t/scheduler.log" -vv &
  scheduler=$!
  pids+=($scheduler)
}
start_scheduler
# The client's own daemon takes no jobs (--no-remote): both daemons are
# 127.0.0.1 to the scheduler, which otherwise now and then gave the job
# back to the client's host (ICECC_PREFERRED_HOST is only a preference),
# and the client then built it itself.
for node in local remote; do
  node_port=$port_local no_remote=--no-remote
  [ "$node" = remote ] && node_port=$port_remote no_remote=
  ICECC_TEST_SOCKET="$t/run/$node.socket" iceccd -s "127.0.0.1:$port" \
    -n corecc-test-$port -N "corecc-$node" -p "$node_port" $no_remote \
    -b "$t/envs-$node" -m 1 -vvv > "$t/$node.log" 2>&1 &
  pids+=($!)
done

# The environment: corecc as the tarball's /usr/bin/clang, with the
# libraries it links and its plugin where it looks for it (../lib).
(cd "$t/env" && icecc-create-env "$corecc" > create.log 2>&1)
tarball=$(ls "$t"/env/*.tar.gz)
mkdir "$t/env/root"
tar xzf "$tarball" -C "$t/env/root"
mkdir -p "$t/env/root/usr/lib"
cp "$plugin" "$t/env/root/usr/lib/"
(cd "$t/env/root" && tar czf ../corecc-env.tar.gz .)
sum=$(md5sum "$t/env/corecc-env.tar.gz" | cut -c1-32)
mv "$t/env/corecc-env.tar.gz" "$t/env/$sum.tar.gz"

# icecream knows a compiler by its name: corecc through a link named clang.
ln -s "$corecc" "$t/bin/clang"

# Ready when both daemons have found the scheduler N times (the bound keeps
# a broken setup from hanging the test; it is not a time limit on a
# compile).
wait_connected() {
  for _ in $(seq 300); do
    n=$(cat "$t/local.log" "$t/remote.log" | grep -c "Connected to scheduler" || true)
    [ "$n" -ge "$1" ] && break
    sleep 0.2
  done
}
wait_connected 2

cd "$t/src"
flags=(-O2 -g -mcore -Iinclude -DEXTRA=3)
"$corecc" "${flags[@]}" -c prog.c -o local.o
# Which daemon gets the job is the scheduler's choice, made from what it has
# heard of the daemons so far: now and then, early on, the client is told to
# build itself. Up to three attempts, until the remote daemon compiles it
# (each attempt's client log is kept; the checks read the last one).
for attempt in 1 2 3; do
  if ! kill -0 "$scheduler" 2>/dev/null; then
    echo "attempt $attempt: the scheduler had exited; started again" >&2
    start_scheduler
  fi
  # Every connection a daemon lost, it makes again: wait for them all.
  lost=$(cat "$t/local.log" "$t/remote.log" |
    grep -c "scheduler closed connection" || true)
  wait_connected $((2 + lost))
  before=$(grep -c "final arguments" "$t/remote.log" || true)
  rm -f remote.o "$t/client.log"
  ICECC_TEST_SOCKET="$t/run/local.socket" ICECC_PREFERRED_HOST=corecc-remote \
    ICECC_VERSION="$t/env/$sum.tar.gz" ICECC_DEBUG=debug \
    ICECC_LOGFILE="$t/client.log" \
    icecc "$t/bin/clang" "${flags[@]}" -c prog.c -o remote.o
  cp "$t/client.log" "$t/client.$attempt.log"
  after=$(grep -c "final arguments" "$t/remote.log" || true)
  [ "$after" -gt "$before" ] && break
  echo "attempt $attempt: not compiled by the remote daemon" >&2
  sleep 1
done
cmp local.o remote.o && echo "icecream object: identical"
[ "$after" -gt "$before" ] && echo "compiled by the remote daemon"
grep -c "building_local" "$t/client.log" | sed 's/^/local builds: /' || true
