// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Format.h - Text forms of BTF and .BTF.ext ----*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Readable forms for tools and tests:
///
///  - the one-line form bpftool (7.1) prints for `btf dump file X`, followed
///    by one tab-indented line per member/param/enumerator/datasec entry:
///
///      [1] INT 'int' size=4 bits_offset=0 nr_bits=32 encoding=SIGNED
///      [2] STRUCT 's' size=16 vlen=2
///      	'a' type_id=1 bits_offset=0
///      	'next' type_id=3 bits_offset=64
///
///  - .BTF.ext listings, with CO-RE relocations described the way
///    llvm-objdump describes them ("<byte_off> [9] struct node::bt.c
///    (0:10:2)").
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_FORMAT_H
#define CORECC_BTF_FORMAT_H

#include "corecc/BTF/Ext.h"
#include "corecc/BTF/Spec.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace corecc {
namespace btf {

/// Prints type \p Id in bpftool's form, including its entry lines and the
/// final newline.
void printType(const Spec &S, uint32_t Id, llvm::raw_ostream &OS);
/// printType() into a string, without the final newline.
std::string formatType(const Spec &S, uint32_t Id);

/// Prints every own type (for split BTF, from the first split id), like
/// `bpftool btf dump file X`.
void dumpTypes(const Spec &S, llvm::raw_ostream &OS);

/// "<byte_off> [9] struct node::bt.c (0:10:2)", "<type_size> [28] struct
/// bits", "<enumval_value> [24] enum small::S_B = 2": llvm-objdump's
/// description of a CO-RE relocation (for a malformed one: the raw fields
/// and the reason in angle brackets).
std::string describeCoreReloc(const Spec &S, const CoreReloc &R);

/// Lists the .BTF.ext content per subsection and section:
///
///   func_info: section 'tp/x' (1 records)
///     insn_off=0 type_id=41 (FUNC 'prog')
///   line_info: section 'tp/x' (12 records)
///     insn_off=0 file='t.c' line=27 col=3 text='int prog(void *ctx) {'
///   core_relo: section 'tp/x' (5 records)
///     insn_off=64 CO-RE <byte_off> [9] struct node::bt.c (0:10:2)
///
/// insn_off is the byte offset within the section, as stored.
void dumpExt(const Spec &S, const ExtInfo &Ext, llvm::raw_ostream &OS);

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_FORMAT_H
