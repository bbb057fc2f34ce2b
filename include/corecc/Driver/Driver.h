// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/Driver/Driver.h - The corecc compiler driver ------*- C++ -*-===//

#ifndef CORECC_DRIVER_DRIVER_H
#define CORECC_DRIVER_DRIVER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace corecc {

/// Runs corecc on Argv (without argv[0]); ExePath is corecc's own path (to
/// find the plugin). Returns the process exit status.
int runCompiler(llvm::ArrayRef<const char *> Argv, llvm::StringRef ExePath);

} // namespace corecc

#endif
