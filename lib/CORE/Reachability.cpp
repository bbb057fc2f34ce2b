// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Reachability.cpp - Dead code after CO-RE relocation ----------------===//
//
// A forward data-flow pass per function over a three-level lattice per
// register and per 8-byte stack slot: unknown, a constant, or a pointer into
// the stack (r10 + k). Joins that disagree give unknown. Conditional jumps
// whose operands are both constants have one successor, like the
// verifier's branch pruning on known scalars; everything else has both.
//
// Outline:
//   1. Analyse every loaded program from its first instruction (r1 is the
//      context, r10 the frame pointer, everything else unknown).
//   2. If a reachable instruction calls a BPF function or takes its
//      address, analyse every subprogram too (libbpf appends the called
//      ones; which ones exactly would need the ELF call relocations).
//   3. An instruction is reachable when some path reaches it.
//
//===----------------------------------------------------------------------===//

#include "Reachability.h"
#include "InsnEncoding.h"
#include "llvm/Support/Endian.h"
#include <array>
#include <deque>
#include <optional>

using namespace llvm;
using namespace corecc;
using namespace corecc::core;

namespace {

struct Val {
  enum KindT : uint8_t { Unknown, Const, StackPtr } Kind = Unknown;
  /// The constant, or the offset from r10 for StackPtr.
  uint64_t V = 0;

  static Val unknown() { return {}; }
  static Val constant(uint64_t V) { return {Const, V}; }
  static Val stack(int64_t Off) { return {StackPtr, uint64_t(Off)}; }
  bool isConst() const { return Kind == Const; }
  bool operator==(const Val &O) const { return Kind == O.Kind && V == O.V; }
  bool operator!=(const Val &O) const { return !(*this == O); }
};

constexpr unsigned NumSlots = 64; // 512 bytes of stack, 8 bytes a slot

struct State {
  std::array<Val, 11> R;
  std::array<Val, NumSlots> Slot;

  bool operator==(const State &O) const { return R == O.R && Slot == O.Slot; }

  /// Joins O into this; true if this changed.
  bool join(const State &O) {
    bool Changed = false;
    for (unsigned I = 0; I < R.size(); ++I)
      if (R[I] != O.R[I] && R[I].Kind != Val::Unknown) {
        R[I] = Val::unknown();
        Changed = true;
      }
    for (unsigned I = 0; I < NumSlots; ++I)
      if (Slot[I] != O.Slot[I] && Slot[I].Kind != Val::Unknown) {
        Slot[I] = Val::unknown();
        Changed = true;
      }
    return Changed;
  }

  /// The slot holding stack offset Off (negative, 8-aligned), if any.
  Val *slot(int64_t Off) {
    if (Off >= 0 || Off < -int64_t(NumSlots * 8) || Off % 8)
      return nullptr;
    return &Slot[(-Off) / 8 - 1];
  }
  /// Forgets the slots overlapping [Off, Off + Size).
  void clobber(int64_t Off, int64_t Size) {
    for (int64_t B = Off; B < Off + Size; ++B) {
      int64_t Aligned = B >= 0 ? B - B % 8 : -((-B + 7) / 8) * 8;
      if (Val *S = slot(Aligned))
        *S = Val::unknown();
    }
  }
  /// Forgets every slot at or above Off (a helper given a pointer to Off
  /// may write anywhere from there up).
  void clobberFrom(int64_t Off) {
    for (int64_t O = -int64_t(NumSlots * 8); O < 0; O += 8)
      if (O + 8 > Off)
        if (Val *S = slot(O))
          *S = Val::unknown();
  }
};

struct Insn {
  uint8_t Code, Dst, Src;
  int16_t Off;
  int32_t Imm;
};

Insn decode(const uint8_t *P, endianness E) {
  Insn I;
  I.Code = P[0];
  if (E == endianness::little) {
    I.Dst = P[1] & 0xf;
    I.Src = P[1] >> 4;
  } else {
    I.Dst = P[1] >> 4;
    I.Src = P[1] & 0xf;
  }
  I.Off = support::endian::read<int16_t>(P + 2, E);
  I.Imm = support::endian::read<int32_t>(P + 4, E);
  return I;
}

using namespace corecc::core::insn;

uint64_t signExtend(uint64_t V, unsigned Bits) {
  if (Bits >= 64)
    return V;
  uint64_t M = uint64_t(1) << (Bits - 1);
  V &= (uint64_t(1) << Bits) - 1;
  return (V ^ M) - M;
}

/// ALU on constants; std::nullopt when the result is not a constant.
std::optional<uint64_t> alu(uint8_t Op, bool Is64, int16_t Off, uint64_t A,
                            uint64_t B) {
  unsigned Bits = Is64 ? 64 : 32;
  uint64_t Mask = Is64 ? ~uint64_t(0) : 0xffffffffu;
  A &= Mask;
  B &= Mask;
  bool Signed = Off == 1; // cpu v4 sdiv/smod
  uint64_t R;
  switch (Op) {
  case 0x00:
    R = A + B;
    break;
  case 0x10:
    R = A - B;
    break;
  case 0x20:
    R = A * B;
    break;
  case 0x30:
    if (B == 0)
      R = 0;
    else if (Signed)
      R = uint64_t(int64_t(signExtend(A, Bits)) / int64_t(signExtend(B, Bits)));
    else
      R = A / B;
    break;
  case 0x90:
    if (B == 0)
      R = A;
    else if (Signed)
      R = uint64_t(int64_t(signExtend(A, Bits)) % int64_t(signExtend(B, Bits)));
    else
      R = A % B;
    break;
  case 0x40:
    R = A | B;
    break;
  case 0x50:
    R = A & B;
    break;
  case 0xa0:
    R = A ^ B;
    break;
  case 0x60:
    R = A << (B & (Bits - 1));
    break;
  case 0x70:
    R = A >> (B & (Bits - 1));
    break;
  case 0xc0:
    R = uint64_t(int64_t(signExtend(A, Bits)) >> (B & (Bits - 1)));
    break;
  default:
    return std::nullopt;
  }
  return R & Mask;
}

/// A conditional jump on constants: taken or not; std::nullopt if unknown.
std::optional<bool> condition(uint8_t Op, bool Is64, uint64_t A, uint64_t B) {
  unsigned Bits = Is64 ? 64 : 32;
  uint64_t Mask = Is64 ? ~uint64_t(0) : 0xffffffffu;
  A &= Mask;
  B &= Mask;
  int64_t SA = int64_t(signExtend(A, Bits)), SB = int64_t(signExtend(B, Bits));
  switch (Op) {
  case 0x10:
    return A == B;
  case 0x50:
    return A != B;
  case 0x20:
    return A > B;
  case 0x30:
    return A >= B;
  case 0xa0:
    return A < B;
  case 0xb0:
    return A <= B;
  case 0x40:
    return (A & B) != 0;
  case 0x60:
    return SA > SB;
  case 0x70:
    return SA >= SB;
  case 0xc0:
    return SA < SB;
  case 0xd0:
    return SA <= SB;
  default:
    return std::nullopt;
  }
}

class FunctionWalk {
public:
  FunctionWalk(const BPFSection &Sec, const std::vector<uint8_t> &Code,
               endianness E, uint32_t First, uint32_t Count,
               std::vector<bool> &Reached, bool &CallsFunctions)
      : Sec(Sec), Code(Code), E(E), First(First), End(First + Count),
        Reached(Reached), CallsFunctions(CallsFunctions) {}

  void run() {
    if (First >= End || size_t(End) * 8 > Code.size())
      return;
    In.assign(End - First, std::nullopt);
    State Entry;
    Entry.R[10] = Val::stack(0);
    propagate(First, Entry);
    while (!Work.empty()) {
      uint32_t PC = Work.front();
      Work.pop_front();
      step(PC, *In[PC - First]);
    }
  }

private:
  void propagate(uint32_t To, const State &S) {
    if (To < First || To >= End)
      return;
    std::optional<State> &Slot = In[To - First];
    if (!Slot) {
      Slot = S;
    } else if (!Slot->join(S)) {
      return;
    }
    Reached[To] = true;
    Work.push_back(To);
  }

  Val src(const State &S, const Insn &I, bool Is64) const {
    if (I.Code & 0x08)
      return I.Src < 11 ? S.R[I.Src] : Val::unknown();
    return Val::constant(Is64 ? uint64_t(int64_t(I.Imm)) : uint32_t(I.Imm));
  }

  /// The stack offset addressed by base register Reg + Off, if it is one.
  std::optional<int64_t> stackAddr(const State &S, uint8_t Reg,
                                   int16_t Off) const {
    if (Reg > 10 || S.R[Reg].Kind != Val::StackPtr)
      return std::nullopt;
    return int64_t(S.R[Reg].V) + Off;
  }

  void call(State &S) {
    // Arguments that point into the stack may be written through.
    for (unsigned A = 1; A <= 5; ++A)
      if (S.R[A].Kind == Val::StackPtr)
        S.clobberFrom(int64_t(S.R[A].V));
    for (unsigned A = 0; A <= 5; ++A)
      S.R[A] = Val::unknown();
  }

  void step(uint32_t PC, State S) {
    Insn I = decode(Code.data() + size_t(PC) * 8, E);
    uint8_t Class = I.Code & 0x07;
    uint8_t Op = I.Code & 0xf0;
    auto SetDst = [&](Val V) {
      if (I.Dst < 10)
        S.R[I.Dst] = V;
    };
    switch (Class) {
    case ClassALU:
    case ClassALU64: {
      bool Is64 = Class == ClassALU64;
      if (I.Dst >= 10)
        return; // the verifier rejects writes to r10
      Val D = S.R[I.Dst];
      Val V = src(S, I, Is64);
      if (Op == 0xb0) { // mov
        if ((I.Code & 0x08) && I.Off && V.isConst())
          V = Val::constant(signExtend(V.V, I.Off)); // movsx
        else if ((I.Code & 0x08) && I.Off)
          V = Val::unknown();
        if (!Is64 && V.isConst())
          V.V &= 0xffffffffu;
        else if (!Is64)
          V = Val::unknown();
        SetDst(V);
      } else if (Op == 0x80) { // neg
        SetDst(D.isConst() ? Val::constant(Is64 ? 0 - D.V : uint32_t(0 - D.V))
                           : Val::unknown());
      } else if (Is64 && D.Kind == Val::StackPtr && V.isConst() &&
                 (Op == 0x00 || Op == 0x10)) {
        SetDst(
            Val::stack(Op == 0x00 ? int64_t(D.V + V.V) : int64_t(D.V - V.V)));
      } else if (D.isConst() && V.isConst()) {
        std::optional<uint64_t> R = alu(Op, Is64, I.Off, D.V, V.V);
        SetDst(R ? Val::constant(*R) : Val::unknown());
      } else {
        SetDst(Val::unknown());
      }
      propagate(PC + 1, S);
      return;
    }
    case ClassLD:
      if (I.Code == OpLdImm64) {
        // A plain 64-bit constant unless the loader rewrites it (map and
        // global-data addresses carry an ELF relocation or a src_reg).
        if (I.Src == 0 && !Sec.hasElfReloc(PC) &&
            size_t(PC + 1) * 8 + 8 <= Code.size()) {
          Insn Hi = decode(Code.data() + size_t(PC + 1) * 8, E);
          SetDst(Val::constant(uint64_t(uint32_t(I.Imm)) |
                               (uint64_t(uint32_t(Hi.Imm)) << 32)));
        } else {
          if (I.Src == 4) // BPF_PSEUDO_FUNC: a callback's address
            CallsFunctions = true;
          SetDst(Val::unknown());
        }
        propagate(PC + 2, S);
        return;
      }
      // Legacy packet loads: r0 and the argument registers change.
      call(S);
      propagate(PC + 1, S);
      return;
    case ClassLDX: {
      Val V = Val::unknown();
      if (std::optional<int64_t> A = stackAddr(S, I.Src, I.Off))
        if ((I.Code & 0xe0) == 0x60 && memSizeBytes(I.Code) == 8)
          if (Val *Slot = S.slot(*A))
            V = *Slot;
      SetDst(V);
      propagate(PC + 1, S);
      return;
    }
    case ClassST:
    case ClassSTX: {
      std::optional<int64_t> A = stackAddr(S, I.Dst, I.Off);
      uint8_t Mode = I.Code & 0xe0;
      int Size = memSizeBytes(I.Code);
      if (Mode == 0xc0) { // atomics
        if (A)
          S.clobber(*A, Size);
        if (I.Imm & 0x01 && I.Src < 10) // BPF_FETCH
          S.R[I.Src] = Val::unknown();
        if (I.Imm == 0xf1) // cmpxchg
          S.R[0] = Val::unknown();
      } else if (A) {
        Val V = Class == ClassST ? Val::constant(uint64_t(int64_t(I.Imm)))
                : I.Src < 11     ? S.R[I.Src]
                                 : Val::unknown();
        Val *Slot = Size == 8 ? S.slot(*A) : nullptr;
        if (Slot)
          *Slot = V;
        else
          S.clobber(*A, Size);
      }
      propagate(PC + 1, S);
      return;
    }
    case ClassJMP:
    case ClassJMP32: {
      bool Is64 = Class == ClassJMP;
      if (Op == 0x00) { // ja / gotol
        propagate(Is64 ? PC + 1 + I.Off : PC + 1 + I.Imm, S);
        return;
      }
      if (Op == 0x80 && Is64) { // call
        if (I.Src == 1)
          CallsFunctions = true;
        call(S);
        propagate(PC + 1, S);
        return;
      }
      if (Op == 0x90) // exit
        return;
      Val A = I.Dst < 11 ? S.R[I.Dst] : Val::unknown();
      Val B = I.Code & 0x08 ? (I.Src < 11 ? S.R[I.Src] : Val::unknown())
                            : Val::constant(uint64_t(int64_t(I.Imm)));
      std::optional<bool> Taken;
      if (A.isConst() && B.isConst())
        Taken = condition(Op, Is64, A.V, B.V);
      if (!Taken || *Taken)
        propagate(PC + 1 + I.Off, S);
      if (!Taken || !*Taken)
        propagate(PC + 1, S);
      return;
    }
    }
  }

  const BPFSection &Sec;
  const std::vector<uint8_t> &Code;
  endianness E;
  uint32_t First, End;
  std::vector<bool> &Reached;
  bool &CallsFunctions;
  std::vector<std::optional<State>> In;
  std::deque<uint32_t> Work;
};

} // namespace

std::vector<std::vector<bool>>
core::reachableInsns(const BPFObject &Obj,
                     const std::vector<std::vector<uint8_t>> &Code,
                     const std::vector<bool> &Loaded) {
  std::vector<std::vector<bool>> Reached(Obj.Sections.size());
  for (size_t I = 0; I < Obj.Sections.size(); ++I)
    Reached[I].assign(Code[I].size() / 8, false);
  auto SectionIndex = [&](const std::string &Name) -> std::optional<size_t> {
    for (size_t I = 0; I < Obj.Sections.size(); ++I)
      if (Obj.Sections[I].Name == Name)
        return I;
    return std::nullopt;
  };
  bool CallsFunctions = false;
  auto Walk = [&](const BPFProgram &P) {
    std::optional<size_t> S = SectionIndex(P.Section);
    if (!S)
      return;
    FunctionWalk(Obj.Sections[*S], Code[*S], Obj.Endian, P.FirstInsn,
                 P.InsnCount, Reached[*S], CallsFunctions)
        .run();
  };
  for (size_t I = 0; I < Obj.Programs.size(); ++I)
    if (!Obj.Programs[I].IsSubprogram && I < Loaded.size() && Loaded[I])
      Walk(Obj.Programs[I]);
  if (CallsFunctions)
    for (const BPFProgram &P : Obj.Programs)
      if (P.IsSubprogram)
        Walk(P);
  return Reached;
}
