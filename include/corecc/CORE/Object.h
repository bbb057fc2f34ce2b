// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/CORE/Object.h - The CO-RE view of a BPF object ----*- C++ -*-===//
//
// What an offline CO-RE checker needs from a BPF ELF object: its .BTF, its
// CO-RE relocation records, and for each record the instruction it
// relocates (the bytes as compiled) and the program that instruction
// belongs to, found the way libbpf finds it:
//
//   section "kprobe/x" (SHF_EXECINSTR)   .BTF.ext core_relo
//   0x000 prog_a (STT_FUNC, size 0x60) <- sec "kprobe/x" #0 insn_off 0x28
//   0x060 prog_b (STT_FUNC, size 0x40) <- sec "kprobe/x" #1 insn_off 0x70
//
// Record #1 relocates instruction 14 of the section, which is instruction 2
// of prog_b; libbpf's debug log says "prog 'prog_b': relo #1: ... insn #2".
// Programs of a section whose name starts with '?' are not loaded by
// default (libbpf's autoload), so libbpf does not relocate them.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_CORE_OBJECT_H
#define CORECC_CORE_OBJECT_H

#include "corecc/BTF/Ext.h"
#include "corecc/BTF/Spec.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace corecc {
namespace core {

/// A function symbol of an executable section: a program, or a subprogram
/// (in ".text").
struct BPFProgram {
  std::string Name;
  std::string Section;
  /// First instruction and instruction count within the section.
  uint32_t FirstInsn = 0;
  uint32_t InsnCount = 0;
  /// False for sections named "?..." (libbpf loads them only on request).
  bool Autoload = true;
  /// A subprogram: a function in ".text", called from programs.
  bool IsSubprogram = false;
};

/// An executable section and its instructions as compiled.
struct BPFSection {
  std::string Name;
  std::vector<uint8_t> Bytes;
  /// Instructions (indexes) that an ELF relocation patches at load time
  /// (map and global-data addresses, calls to other sections), sorted.
  std::vector<uint32_t> ElfRelocInsns;

  bool hasElfReloc(uint32_t Insn) const;
};

/// One CO-RE relocation record with its context.
struct ObjectReloc {
  /// The record's ELF section (the program section's name).
  std::string Section;
  /// Index of the record within its section: libbpf's "relo #N".
  unsigned IndexInSection = 0;
  /// The instruction, counted from the start of the section (the record's
  /// insn_off is 8 times this).
  uint32_t InsnIndex = 0;
  /// The program the instruction belongs to (index into BPFObject::Programs),
  /// if any; libbpf skips records outside every program.
  std::optional<unsigned> Program;
  /// The instruction counted from the start of its program: libbpf's
  /// "insn #N".
  uint32_t ProgInsnIndex = 0;
  btf::CoreReloc Record;
  /// The record's access string ("0:1:2").
  std::string Access;
  /// The instruction as compiled: 8 bytes, 16 for LD_IMM64; empty if the
  /// record points outside its section.
  std::vector<uint8_t> Insn;
};

/// A BPF object file as far as CO-RE is concerned.
struct BPFObject {
  std::string Path;
  /// The object's .BTF (shared: resolutions point into it).
  std::shared_ptr<const btf::Spec> BTF;
  llvm::endianness Endian = llvm::endianness::little;
  /// Executable sections with CO-RE relocations or programs, in file order.
  std::vector<BPFSection> Sections;
  /// Programs and subprograms, in section and offset order.
  std::vector<BPFProgram> Programs;
  /// Every CO-RE relocation record, in .BTF.ext order (sections in the
  /// order of the .BTF.ext, records in their order): the order libbpf
  /// resolves them in.
  std::vector<ObjectReloc> Relocs;

  const BPFSection *section(llvm::StringRef Name) const;
  /// The program containing instruction \p Insn of section \p Section.
  std::optional<unsigned> programAt(llvm::StringRef Section,
                                    uint32_t Insn) const;
};

/// Reads a BPF ELF object. An object without .BTF.ext (or without CO-RE
/// records) has no relocations; one without .BTF is an error.
llvm::Expected<BPFObject> readBPFObject(llvm::StringRef Path);
/// The same from memory; errors name the buffer's identifier.
llvm::Expected<BPFObject> readBPFObject(llvm::MemoryBufferRef Buffer);

/// A C-like rendering of a relocation's access, as corecc's -Rpass=core
/// remarks write it: "task_struct::real_parent", "rec::in.y",
/// "trace_event_raw_sys_enter::args[1]", "rec[1].a"; anonymous members are
/// left out, as C leaves them out. Type relocations give the C type
/// ("struct task_struct", "u64"), enumerator relocations "color::RED".
/// Malformed records give "".
std::string cPath(const btf::Spec &S, uint32_t TypeId, llvm::StringRef Access,
                  uint32_t Kind);

} // namespace core
} // namespace corecc

#endif
