// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- InsnEncoding.h - BPF opcode fields CO-RE looks at --------*- C++ -*-===//
//
// The parts of the BPF instruction encoding (kernel Documentation/bpf/
// standardization/instruction-set.rst) that patching and the reachability
// analysis both read: the instruction class in the low three bits of the
// opcode, the access size of loads and stores in bits 3-4, and the one
// two-slot instruction.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_CORE_INSNENCODING_H
#define CORECC_LIB_CORE_INSNENCODING_H

#include <cstdint>

namespace corecc {
namespace core {
namespace insn {

constexpr uint8_t ClassLD = 0, ClassLDX = 1, ClassST = 2, ClassSTX = 3,
                  ClassALU = 4, ClassJMP = 5, ClassJMP32 = 6, ClassALU64 = 7;

inline uint8_t opClass(uint8_t Code) { return Code & 0x07; }

/// BPF_LD | BPF_IMM | BPF_DW: the 16-byte load of a 64-bit immediate.
constexpr uint8_t OpLdImm64 = 0x18;

/// Bytes a load or store of opcode \p Code accesses (size field 0x18).
inline int memSizeBytes(uint8_t Code) {
  switch (Code & 0x18) {
  case 0x18:
    return 8;
  case 0x00:
    return 4;
  case 0x08:
    return 2;
  default:
    return 1;
  }
}

/// The size field for an access of \p Bytes bytes, or -1 if there is none.
inline int memSizeCode(uint32_t Bytes) {
  switch (Bytes) {
  case 8:
    return 0x18;
  case 4:
    return 0x00;
  case 2:
    return 0x08;
  case 1:
    return 0x10;
  default:
    return -1;
  }
}

} // namespace insn
} // namespace core
} // namespace corecc

#endif
