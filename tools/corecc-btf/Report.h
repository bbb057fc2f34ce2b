// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Report.h - How corecc-btf prints relocations -------------*- C++ -*-===//
//
// Part of corecc. See docs/core-tools.md.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_TOOLS_CORECC_BTF_REPORT_H
#define CORECC_TOOLS_CORECC_BTF_REPORT_H

#include "Common.h"
#include "corecc/CORE/Object.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace corecc {
namespace btftool {

/// Reads the input objects into \p Objects and checks that each --prog
/// names a program of every object. Returns ExitOk, or the exit status after
/// printing why.
int readObjects(const Options &O, std::vector<core::BPFObject> &Objects);

/// "[15] struct task_struct": id, kind and name, as libbpf's specs say it.
std::string rootDesc(const btf::Spec &S, uint32_t Id);

/// "tp/x #0 insn 37 off 296 prog execve_enter+37 kind byte_off root [15]
/// struct task_struct access 0:95 path task_struct::real_parent".
std::string relocLine(const core::BPFObject &Obj, const core::ObjectReloc &R);

/// "#0 tp/x execve_enter+37 byte_off task_struct::real_parent": a matrix
/// row's label.
std::string relocLabel(const core::BPFObject &Obj, const core::ObjectReloc &R);

/// The local spec in libbpf's form, "" if the record is malformed.
std::string localSpec(const core::BPFObject &Obj, const core::ObjectReloc &R);

/// A relocated value: unsigned decimal as libbpf prints it, and for values
/// that are negative as signed 64-bit numbers also "(-3)".
std::string formatValue(uint32_t Kind, uint64_t V);

/// The relocation's fields as JSON attributes (inside an object).
void writeRelocJson(llvm::json::OStream &J, const core::BPFObject &Obj,
                    const core::ObjectReloc &R);

} // namespace btftool
} // namespace corecc

#endif
