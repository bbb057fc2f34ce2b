#!/bin/bash
# run.sh CORECC WORKDIR SOURCES: compiles SOURCES' prog.c locally and
# through distcc to a distccd this script starts on a free port of 127.0.0.1, and
# stops on exit whatever happens. Prints what the test checks.
set -eu
corecc=$1 t=$2 sources=$3
# A free port, asked of the kernel: a fixed one could still be held from a
# run a minute ago (TIME_WAIT).
port=$(python3 -c '
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')

rm -rf "$t"
mkdir -p "$t/src" "$t/distcc"
cp -r "$sources"/. "$t/src/"
# distccd, started by root, runs as nobody: it cannot read the sources
# here, only what the client sends.
chmod 700 "$t/src"
# Its log and temporary directory, which it opens as nobody.
touch "$t/distccd.log"
chmod 666 "$t/distccd.log"
mkdir -p "$t/tmp"
chmod 1777 "$t/tmp"

TMPDIR="$t/tmp" distccd --daemon --no-detach --allow 127.0.0.1 --listen 127.0.0.1 \
  --port "$port" --user nobody --jobs 1 --enable-tcp-insecure \
  --log-file "$t/distccd.log" --log-level info &
daemon=$!
trap 'kill $daemon 2>/dev/null; wait $daemon 2>/dev/null || true' EXIT
# Ready when it accepts a connection (the bound keeps a broken daemon from
# hanging the test; it is not a time limit on any compile).
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

cd "$t/src"
export DISTCC_HOSTS="127.0.0.1:$port" DISTCC_DIR="$t/distcc" \
  DISTCC_FALLBACK=0 DISTCC_SKIP_LOCAL_RETRY=1
flags=(-O2 -g -mcore -Iinclude -DEXTRA=3)
"$corecc" "${flags[@]}" -MD -MF local.d -MT prog.o -c prog.c -o local.o
distcc "$corecc" "${flags[@]}" -MD -MF remote.d -MT prog.o -c prog.c -o remote.o
cmp local.o remote.o && echo "distcc object: identical"
cmp local.d remote.d && echo "distcc depfile: identical"
distcc "$corecc" "${flags[@]}" -fno-corecc-bundle-sources -c prog.c -o text.o
cmp -s local.o text.o || echo "without the sources: different"
echo "server jobs: $(grep -c 'COMPILE_OK' "$t/distccd.log")"
