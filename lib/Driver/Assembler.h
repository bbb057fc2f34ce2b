// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Assembler.h - corecc's in-process assembler --------------*- C++ -*-===//
//
// Part of corecc.
//
// `corecc -c prog.s` (and `.S`, after Clang's preprocessor) assembles with
// CoreBPF's MC layer, in process, as clang-19 does with its integrated
// assembler: Clang's driver plans a "-cc1as" job, and this runs it.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_DRIVER_ASSEMBLER_H
#define CORECC_LIB_DRIVER_ASSEMBLER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace corecc {

/// Runs the "-cc1as" job with arguments \p Args (without "-cc1as"): reads
/// the input, writes the object named by -o. Errors are printed as
/// "file:line:col: error: ..." with the line and a caret. Returns false on
/// error.
bool runAssemblerJob(llvm::ArrayRef<std::string> Args,
                     llvm::StringRef ProgName);

} // namespace corecc

#endif
