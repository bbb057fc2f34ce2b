// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Codec.h - .BTF encoder and decoder -----------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The .BTF section: a 24-byte header, the type section, the string section.
///
/// decodeBTF() validates everything before it returns a Spec, and never reads
/// outside \p Data:
///  - header: magic (either byte order; the other order is swapped), version
///    1, flags 0, hdr_len >= 24 with zero bytes past the known fields,
///    sections inside the data, not overlapping, the type section 4-aligned;
///  - strings: non-empty, ending with NUL, starting with NUL unless split;
///  - types: known kind, reserved bits clear, trailing records inside the
///    type section, every name offset and type id in range, per-kind rules
///    (INT size/encoding/bits, linkage values, FUNC -> FUNC_PROTO, DATASEC
///    entries are VARs or FUNCs, DECL_TAG component index, required names);
///  - no reference loop: a cycle of types not broken by a PTR.
/// Errors are BTFErrors (see Error.h) naming the offset and the type id.
///
/// encodeBTF() writes the canonical layout (header, types, strings, no gaps),
/// which is what clang, pahole and the kernel produce; decode then encode of
/// such input gives the same bytes.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_CODEC_H
#define CORECC_BTF_CODEC_H

#include "corecc/BTF/Sink.h"
#include "corecc/BTF/Spec.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <vector>

namespace corecc {
namespace btf {

/// Decodes a .BTF blob. With \p Base, the blob is split BTF on it.
llvm::Expected<Spec> decodeBTF(llvm::ArrayRef<uint8_t> Data,
                               std::shared_ptr<const Spec> Base = nullptr);

/// Like decodeBTF(Data, Base), for \p Data inside memory that \p Owner keeps
/// alive (a memory-mapped file): a blob in host byte order is then used in
/// place, without a copy, and the Spec holds \p Owner until its first
/// modification.
llvm::Expected<Spec> decodeBTF(std::shared_ptr<const void> Owner,
                               llvm::ArrayRef<uint8_t> Data,
                               std::shared_ptr<const Spec> Base = nullptr);

namespace detail {
/// decodeBTF(Data, Base) with every type checked by the careful, explaining
/// pass instead of the fast one. Same result, slower; the fuzzer compares the
/// two.
llvm::Expected<Spec>
decodeBTFCarefully(llvm::ArrayRef<uint8_t> Data,
                   std::shared_ptr<const Spec> Base = nullptr);
} // namespace detail

/// True if \p Data starts with the BTF magic in either byte order.
bool hasBTFMagic(llvm::ArrayRef<uint8_t> Data);

/// Writes \p S (its own types and strings) to \p Out. Each type's first word
/// carries the comment "BTF_KIND_<KIND>(id = <id>)", each string
/// "string offset=<offset>", header fields their names.
void encodeBTF(const Spec &S, BTFSink &Out);

/// Encodes \p S into bytes of order \p E.
std::vector<uint8_t> encodeBTF(const Spec &S, llvm::endianness E);
/// Encodes \p S in the byte order it was decoded from (S.endianness()).
std::vector<uint8_t> encodeBTF(const Spec &S);

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_CODEC_H
