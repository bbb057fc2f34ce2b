// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Archive.h - BTF inside .tar and .xz files ----*- C++ -*-===//
//
// Part of corecc. See docs/core-tools.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Kernel BTF as collections ship it (BTFHub: NAME.btf.tar.xz): an xz
/// stream, a tar archive, or both, holding one raw BTF or ELF file. The
/// readers in Reader.h unpack these themselves; this is for callers with
/// bytes in hand.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_ARCHIVE_H
#define CORECC_BTF_ARCHIVE_H

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>

namespace corecc {
namespace btf {

/// Whether \p Buffer is an xz stream or a tar archive.
bool isBTFArchive(llvm::MemoryBufferRef Buffer);

/// The one BTF (or ELF) file inside an xz stream and/or tar archive, named
/// "ARCHIVE:MEMBER". Fails if the archive is damaged, holds no such file,
/// or holds several (it names them).
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
unpackBTFArchive(llvm::MemoryBufferRef Buffer);

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_ARCHIVE_H
