# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""corecc's kernel matrix (utils/kernel-matrix): load and run BPF objects on
real kernels under qemu. docs/kernel-matrix.md is the manual; cli.py has the
command line, btf.py and expr.py the oracle for expected values."""
