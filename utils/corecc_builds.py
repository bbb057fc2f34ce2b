# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The build directories that utils/check, utils/fuzz and utils/bench share.

build/            the release build (what users run, what the tests check)
build/sanitize/   the same sources with AddressSanitizer and UBSan, and the
                  libFuzzer targets of tools/fuzz, compiled by clang++-19 at
                  -O1 -g1 (NDEBUG stays defined, as Debian's libLLVM needs)

Both use ccache when it is installed (CMakeLists.txt sets the launcher).
"""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SANITIZERS = "address,undefined"


def release_dir(build_dir=None):
    return os.path.abspath(build_dir or os.path.join(ROOT, "build"))


def sanitize_dir(build_dir=None):
    return os.path.join(release_dir(build_dir), "sanitize")


def configure_release(build_dir):
    if os.path.exists(os.path.join(build_dir, "build.ninja")):
        return True
    cmd = ["cmake", "-G", "Ninja", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release"]
    return subprocess.call(cmd) == 0


def configure_sanitize(build_dir):
    if os.path.exists(os.path.join(build_dir, "build.ninja")):
        return True
    flags = "-O1 -g1"
    cmd = ["cmake", "-G", "Ninja", "-S", ROOT, "-B", build_dir,
           "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
           "-DCMAKE_C_COMPILER=clang-19", "-DCMAKE_CXX_COMPILER=clang++-19",
           "-DCMAKE_C_FLAGS_RELWITHDEBINFO=" + flags,
           "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=" + flags,
           "-DCORECC_SANITIZE=" + SANITIZERS, "-DCORECC_FUZZERS=ON"]
    return subprocess.call(cmd) == 0


def build(build_dir, targets=()):
    return subprocess.call(["cmake", "--build", build_dir] +
                           (["--target"] + list(targets) if targets else [])) == 0


def sanitizer_env(env=None):
    """The environment the sanitizer build's programs run in: any report is
    fatal (UBSan's too, as they are compiled -fno-sanitize-recover)."""
    env = dict(os.environ if env is None else env)
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    return env
