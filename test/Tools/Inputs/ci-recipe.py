# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Runs the `run:` scripts of the workflow in docs/ci.md, as written.

usage: ci-recipe.py SRCROOT OBJROOT WORKDIR

The workdir is laid out as the workflow expects a checkout to be: the probe
in bpf/ (examples/runqlat.bpf.c and the examples' headers), corecc/ (its
utils and build), and btfs/ARCH/KERNEL.btf.tar.xz, which the test makes from
the running kernel's BTF (no network: the steps "Install corecc" and "Fetch
kernel BTFs" are left out). The matrix boots nothing: KERNELS is "-k host".
Then a kernel whose BTF lacks the probe's types is added, and the check step
must fail the job (exit status 3).
"""
import os
import re
import shutil
import subprocess
import sys

SKIPPED = {"Install corecc": "installs packages", "Fetch kernel BTFs": "downloads"}


def workflow(path):
    text = open(path).read()
    block = re.search(r"```yaml\n(.*?)```", text, re.S).group(1)
    lines = block.split("\n")
    env, steps = {}, []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^  ([A-Z_]+): (.*)$", line)
        if m:
            key, val = m.group(1), m.group(2)
            if val == ">-":  # a folded block: the indented lines, joined
                parts = []
                while i + 1 < len(lines) and lines[i + 1].startswith("    "):
                    i += 1
                    parts.append(lines[i].strip())
                val = " ".join(parts)
            env[key] = val
        m = re.match(r"^( +)- name: (.*)$", line)
        if m:
            steps.append({"name": m.group(2), "run": None})
        m = re.match(r"^( +)run: \|$", line)
        if m and steps:
            indent = len(m.group(1)) + 2
            body = []
            while i + 1 < len(lines) and (lines[i + 1].startswith(" " * indent) or not lines[i + 1].strip()):
                i += 1
                body.append(lines[i][indent:])
            steps[-1]["run"] = "\n".join(body).rstrip() + "\n"
        i += 1
    return env, [s for s in steps if s["run"]]


def pack(btf, archive):
    tmp = archive + ".d"
    os.makedirs(tmp, exist_ok=True)
    name = os.path.basename(archive)[: -len(".tar.xz")]
    shutil.copyfile(btf, os.path.join(tmp, name))
    subprocess.run(["tar", "-C", tmp, "-cJf", archive, name], check=True)
    shutil.rmtree(tmp)


def main():
    src, obj, work = sys.argv[1:4]
    env, steps = workflow(os.path.join(src, "docs", "ci.md"))
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "bpf"))
    examples = os.path.join(src, "examples")
    for f in os.listdir(examples):
        if f.endswith(".h"):
            shutil.copy(os.path.join(examples, f), os.path.join(work, "bpf"))
    shutil.copy(os.path.join(examples, "runqlat.bpf.c"), os.path.join(work, "bpf", "probe.bpf.c"))
    os.makedirs(os.path.join(work, "corecc"))
    os.symlink(os.path.join(src, "utils"), os.path.join(work, "corecc", "utils"))
    os.symlink(obj, os.path.join(work, "corecc", "build"))
    kernel = env["VMLINUX_H_KERNEL"]
    for arch in ("x86", "arm64"):
        os.makedirs(os.path.join(work, "btfs", arch))
        pack("/sys/kernel/btf/vmlinux", os.path.join(work, "btfs", arch, kernel + ".btf.tar.xz"))
    run_env = dict(os.environ, **env)
    run_env["KERNELS"] = "-k host"

    def run(step):
        r = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", step["run"]], cwd=work, env=run_env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        sys.stdout.write(r.stdout)
        print("step '%s': exit %d" % (step["name"], r.returncode))
        return r.returncode

    failed = False
    for step in steps:
        if step["name"] in SKIPPED:
            print("step '%s': not run (%s)" % (step["name"], SKIPPED[step["name"]]))
            continue
        failed |= run(step) != 0
    for arch in ("x86", "arm64"):
        print("%s object: %s" % (arch, os.path.exists(os.path.join(work, "out", arch, "probe.bpf.o"))))

    # A kernel without the probe's types: the check step must fail the job.
    broken = os.path.join(work, "broken.btf")
    c = os.path.join(work, "kernel-without-task-struct.c")
    open(c, "w").write("int kernel_without_task_struct;\n")
    subprocess.run(["corecc", "-g", "-c", c, "-o", broken + ".o"], check=True)
    subprocess.run(["corecc-btf", "convert", broken + ".o", "-o", broken], check=True)
    pack(broken, os.path.join(work, "btfs", "x86", "2.6.32-broken.btf.tar.xz"))
    check = [s for s in steps if s["name"] == "Check every kernel"][0]
    print("with a kernel that lacks the probe's types:")
    run(check)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
