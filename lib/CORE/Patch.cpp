// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Patch.cpp - Applying a CO-RE resolution to an instruction ----------===//
//
// What libbpf does to the relocated instruction, and when it refuses:
//
//   rX = imm, rX op= imm          the immediate (register sources refused)
//   rX = imm64 ll                 both halves of the 64-bit immediate
//   loads and stores              the 16-bit offset (too big: refused), and
//                                 the access size when the field's size
//                                 changed and the change is safe
//
// With validation on, the instruction must hold the original value.
// A poisoned instruction becomes "call 0xbad2310", which the verifier
// rejects only if it is reachable.
//
//===----------------------------------------------------------------------===//

#include "InsnEncoding.h"
#include "corecc/CORE/Resolver.h"
#include "llvm/Support/Endian.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::core;

namespace {

using namespace corecc::core::insn;

constexpr uint8_t LdImm64 = 0x18;
constexpr int32_t PoisonHelper = 195896080; // 0xbad2310

struct Insn {
  uint8_t *P;
  endianness E;
  uint8_t &code() { return P[0]; }
  int16_t off() { return support::endian::read<int16_t>(P + 2, E); }
  void setOff(int16_t V) { support::endian::write<int16_t>(P + 2, V, E); }
  int32_t imm() { return support::endian::read<int32_t>(P + 4, E); }
  void setImm(int32_t V) { support::endian::write<int32_t>(P + 4, V, E); }
  uint8_t regs() { return P[1]; }
};

Error patchError(CoreErrorCode Code, const Twine &Msg) {
  return make_error<CoreError>(Code, Msg.str());
}

void poison(Insn I) {
  I.code() = 0x85; // BPF_JMP | BPF_CALL
  I.P[1] = 0;
  I.setOff(0);
  I.setImm(PoisonHelper);
}

} // namespace

Expected<std::vector<uint8_t>> core::patchInstruction(ArrayRef<uint8_t> Bytes,
                                                      endianness E,
                                                      const Resolution &R) {
  if (R.Status == Resolution::Failed)
    return patchError(R.ErrorCode, R.Error);
  if (Bytes.size() < 8)
    return patchError(CoreErrorCode::BadInstruction, "truncated instruction");
  std::vector<uint8_t> Out(Bytes.begin(), Bytes.end());
  Insn I{Out.data(), E};
  uint8_t Class = I.code() & 0x07;
  bool IsLdImm64 = I.code() == LdImm64;
  if (IsLdImm64 && Out.size() < 16)
    return patchError(CoreErrorCode::BadInstruction,
                      "LD_IMM64 without its second slot");

  auto Poison = [&]() {
    if (IsLdImm64)
      poison(Insn{Out.data() + 8, E});
    poison(I);
    return Out;
  };
  if (R.Status == Resolution::Poisoned)
    return Poison();

  switch (Class) {
  case ClassALU:
  case ClassALU64:
    if (I.code() & 0x08)
      return patchError(CoreErrorCode::BadInstruction,
                        "relocated ALU instruction has a register source");
    // libbpf compares the s32 immediate, sign-extended, with the u64 value.
    if (R.Validate && uint64_t(int64_t(I.imm())) != R.OrigValue)
      return patchError(CoreErrorCode::BadInstruction,
                        "unexpected immediate " + Twine(I.imm()) +
                            ", expected " + Twine(R.OrigValue));
    I.setImm(static_cast<int32_t>(R.NewValue));
    return Out;
  case ClassLDX:
  case ClassST:
  case ClassSTX: {
    if (R.Validate && uint64_t(int64_t(I.off())) != R.OrigValue)
      return patchError(CoreErrorCode::BadInstruction,
                        "unexpected offset " + Twine(I.off()) + ", expected " +
                            Twine(R.OrigValue));
    if (R.NewValue > INT16_MAX)
      return patchError(CoreErrorCode::ValueTooBig,
                        "offset " + Twine(R.NewValue) +
                            " does not fit the 16-bit offset field");
    if (R.FailMemSizeAdjust)
      return Poison();
    I.setOff(static_cast<int16_t>(R.NewValue));
    if (R.NewSize != R.OrigSize) {
      if (memSizeBytes(I.code()) != int(R.OrigSize))
        return patchError(CoreErrorCode::BadInstruction,
                          "unexpected access size " +
                              Twine(memSizeBytes(I.code())) + ", expected " +
                              Twine(R.OrigSize));
      int Code = memSizeCode(R.NewSize);
      if (Code < 0)
        return patchError(CoreErrorCode::BadInstruction,
                          "invalid new access size " + Twine(R.NewSize));
      I.code() = (I.code() & ~0x18) | Code;
    }
    return Out;
  }
  case ClassLD: {
    Insn Second{Out.data() + 8, E};
    if (!IsLdImm64 || (I.regs() & (E == endianness::little ? 0xf0 : 0x0f)) ||
        I.off() != 0 || Second.code() != 0 || Second.regs() != 0 ||
        Second.off() != 0)
      return patchError(CoreErrorCode::BadInstruction,
                        "LD_IMM64 has an unexpected form");
    uint64_t Imm =
        uint64_t(uint32_t(I.imm())) | (uint64_t(uint32_t(Second.imm())) << 32);
    if (R.Validate && Imm != R.OrigValue)
      return patchError(CoreErrorCode::BadInstruction,
                        "unexpected 64-bit immediate " + Twine(Imm) +
                            ", expected " + Twine(R.OrigValue));
    I.setImm(static_cast<int32_t>(R.NewValue));
    Second.setImm(static_cast<int32_t>(R.NewValue >> 32));
    return Out;
  }
  default:
    return patchError(CoreErrorCode::BadInstruction,
                      "instruction class " + Twine(Class) +
                          " cannot carry a CO-RE relocation");
  }
}
