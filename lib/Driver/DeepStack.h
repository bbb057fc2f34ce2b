// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- DeepStack.h - Run the compiler on a large stack ----------*- C++ -*-===//
//
// Part of corecc.
//
// Clang's parser and Sema recurse once per level of nesting in the source:
// 5,000 nested unary operators overflow the 8 MiB main stack, and clang-19
// dies with SIGSEGV. corecc runs each compile on a thread with a stack of
// DeepStackBytes, enough for hundreds of thousands of levels, and turns a
// stack overflow beyond that into an error that names the source location
// Clang was working on, instead of a crash.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_DRIVER_DEEPSTACK_H
#define CORECC_LIB_DRIVER_DEEPSTACK_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstddef>

namespace corecc {

/// The compile thread's stack: address space reserved, touched only as
/// deep as the program nests.
constexpr size_t DeepStackBytes = size_t(1) << 30;

/// Runs \p Fn on a thread with a stack of \p StackBytes (or of
/// $CORECC_COMPILE_STACK_MB megabytes, which tests set) and returns its
/// result. If \p Fn exhausts that stack, prints an error (with the location
/// of the innermost Clang stack-trace entry that has one) and ends the
/// process with exit status 1.
bool runOnDeepStack(llvm::function_ref<bool()> Fn,
                    size_t StackBytes = DeepStackBytes);

} // namespace corecc

#endif
