// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Reader.h - Reading BTF from files ------------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Where BTF comes from: raw .BTF files (/sys/kernel/btf/*, files written by
/// `bpftool btf dump ... format raw` or our encoder) and the .BTF/.BTF.ext
/// sections of ELF files of either byte order (clang's and gcc's BPF objects,
/// a vmlinux, a kernel module .ko). The file kind is detected from its first
/// bytes.
///
/// The path-taking readers memory-map the file; when its BTF is in host byte
/// order the returned Spec keeps the mapping and reads the types in place
/// (no copy) until it is first modified. Like any mapped file, it must not be
/// truncated meanwhile. The MemoryBufferRef readers copy.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_READER_H
#define CORECC_BTF_READER_H

#include "corecc/BTF/Ext.h"
#include "corecc/BTF/Spec.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <memory>
#include <optional>

namespace corecc {
namespace btf {

/// The BTF of an object file: .BTF, and .BTF.ext if the file has one.
struct ObjectBTF {
  Spec Types;
  std::optional<ExtInfo> Ext;
};

/// Reads the BTF of a raw BTF file or of an ELF file's .BTF section. With
/// \p Base the BTF is decoded as split BTF on it.
llvm::Expected<Spec> readBTF(llvm::StringRef Path,
                             std::shared_ptr<const Spec> Base = nullptr);
llvm::Expected<Spec> readBTF(llvm::MemoryBufferRef Buffer,
                             std::shared_ptr<const Spec> Base = nullptr);

/// Reads .BTF and, if present, .BTF.ext. A raw BTF file gives no Ext.
llvm::Expected<ObjectBTF>
readObjectBTF(llvm::StringRef Path, std::shared_ptr<const Spec> Base = nullptr);
llvm::Expected<ObjectBTF>
readObjectBTF(llvm::MemoryBufferRef Buffer,
              std::shared_ptr<const Spec> Base = nullptr);

/// The directory of the running kernel's BTF.
constexpr const char *KernelBTFDir = "/sys/kernel/btf";

/// Reads /sys/kernel/btf/vmlinux.
llvm::Expected<std::shared_ptr<const Spec>> readKernelBTF();

/// True for /sys/kernel/btf/<module> paths other than vmlinux: split BTF whose
/// base is the kernel's (bpftool loads that base implicitly, and so do we).
bool isKernelModuleBTFPath(llvm::StringRef Path);

/// The raw bytes of the .BTF (or \p SectionName) section of an ELF file, or
/// the whole buffer for a raw BTF file. Decompresses compressed sections into
/// \p Storage.
llvm::Expected<llvm::ArrayRef<uint8_t>>
findBTFBytes(llvm::MemoryBufferRef Buffer, std::vector<uint8_t> &Storage,
             llvm::StringRef SectionName = ".BTF");

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_READER_H
