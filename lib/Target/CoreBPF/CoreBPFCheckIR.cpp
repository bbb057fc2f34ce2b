// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFCheckIR.cpp - Reject what BPF cannot run, at the source -----===//
//
// Some constructs cannot be lowered to BPF at all, and lowering would only
// find them after they became something unrecognisable (a soft-float call
// named __adddf3, a libcall to memcpy). This pass runs right before
// instruction selection (after the generic IR passes of code generation,
// which expand small memcmp calls), reports each one at its source line
// with a message that names the construct, and removes it so that
// selection carries on safely; the driver then refuses to write an output.
//
//   floating-point arithmetic, comparisons and conversions
//   calls through a function pointer (after folding the constant helper
//     pointers of bpf_helper_defs.h, which -O0 leaves as loads)
//   alloca of a runtime size (variable-length arrays)
//   computed gotos (indirectbr)
//   memcpy/memset/memmove of a runtime size, or too large to inline
//   target intrinsics the backend has no instruction for (another target's,
//     or llvm.bpf.* ones that belong to LLVM's own BPF pipeline)
//
// Two llvm.bpf.* intrinsics that LLVM's own BPF pipeline leaves in IR (IR
// given to corecc as .ll/.bc may come from clang-19) are lowered here to
// what they stand for: llvm.bpf.compare(pred, a, b) is "icmp pred a, b" and
// llvm.bpf.passthrough(seq, x) is x.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "corecc/CoreIR/IRReloc.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/IntrinsicsBPF.h"
#include "llvm/IR/Operator.h"
#include "llvm/Pass.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-check-ir"

namespace {

class CoreBPFCheckIR : public FunctionPass {
public:
  static char ID;
  CoreBPFCheckIR() : FunctionPass(ID) {}

  StringRef getPassName() const override { return "CoreBPF IR checks"; }
  bool runOnFunction(Function &F) override;

private:
  bool Changed = false;
  SmallVector<Instruction *, 8> ToErase;
  /// Calls already replaced by what they compute; erased without a report.
  SmallVector<Instruction *, 4> Replaced;

  void report(Instruction &I, const Twine &Msg) {
    Function &F = *I.getFunction();
    F.getContext().diagnose(DiagnosticInfoUnsupported(F, Msg, I.getDebugLoc()));
    ToErase.push_back(&I);
  }

  void checkFloat(Instruction &I);
  void checkCall(CallBase &CB);
  void checkTargetIntrinsic(CallBase &CB, Function &Callee);
  void checkMemIntrinsic(MemIntrinsic &MI);
  void realignMemIntrinsic(MemIntrinsic &MI);
};

} // namespace

char CoreBPFCheckIR::ID = 0;
INITIALIZE_PASS(CoreBPFCheckIR, DEBUG_TYPE, "CoreBPF IR checks", false, false)

FunctionPass *llvm::createCoreBPFCheckIRPass() { return new CoreBPFCheckIR(); }

static const char *floatOpName(const Instruction &I) {
  switch (I.getOpcode()) {
  case Instruction::FAdd:
    return "addition";
  case Instruction::FSub:
    return "subtraction";
  case Instruction::FMul:
    return "multiplication";
  case Instruction::FDiv:
    return "division";
  case Instruction::FRem:
    return "remainder";
  case Instruction::FNeg:
    return "negation";
  case Instruction::FCmp:
    return "comparison";
  case Instruction::FPToSI:
  case Instruction::FPToUI:
    return "conversion to an integer";
  case Instruction::SIToFP:
  case Instruction::UIToFP:
    return "conversion from an integer";
  case Instruction::FPTrunc:
  case Instruction::FPExt:
    return "conversion between float and double";
  default:
    return nullptr;
  }
}

void CoreBPFCheckIR::checkFloat(Instruction &I) {
  if (const char *Op = floatOpName(I))
    report(I, Twine("floating-point ") + Op +
                  " is not supported by BPF (the kernel does not save FPU "
                  "state for BPF programs); use integer or fixed-point "
                  "arithmetic");
}

/// bpf_helper_defs.h declares helpers as static pointers initialised with
/// the helper number ("static void *(*bpf_map_lookup_elem)(...) = (void *)
/// 1;", const only in newer libbpf). Optimization folds the load; at -O0 it
/// survives, and the call would look indirect. Fold it here when the pointer
/// is constant, or is a file-local variable that is only ever read.
static Value *foldConstantCallee(Value *Callee) {
  auto *LI = dyn_cast<LoadInst>(Callee);
  if (!LI || LI->isVolatile())
    return nullptr;
  auto *GV = dyn_cast<GlobalVariable>(LI->getPointerOperand());
  if (!GV || !GV->hasDefinitiveInitializer())
    return nullptr;
  auto IsPlainLoad = [](const User *U) {
    auto *L = dyn_cast<LoadInst>(U);
    return L && !L->isVolatile();
  };
  if (!GV->isConstant() &&
      !(GV->hasLocalLinkage() && all_of(GV->users(), IsPlainLoad)))
    return nullptr;
  Constant *Init = GV->getInitializer();
  if (auto *CE = dyn_cast<ConstantExpr>(Init))
    if (CE->getOpcode() == Instruction::IntToPtr)
      return CE;
  if (isa<Function>(Init))
    return Init;
  return nullptr;
}

/// A declared (not defined) function that is a C library routine: the
/// optimizer introduces calls to these (memcmp -> bcmp, strlen of a
/// constant), and nothing can resolve them for a BPF program. Extern
/// functions in general are fine: kfuncs (".ksyms") and functions of other
/// objects that libbpf's static linker joins.
static bool isCLibraryRoutine(const Function &F) {
  if (!F.isDeclaration() || F.isIntrinsic() || F.getSection() == ".ksyms")
    return false;
  static const char *const Names[] = {"memcmp",  "bcmp",   "memcpy", "memmove",
                                      "memset",  "memchr", "strlen", "strcmp",
                                      "strncmp", "strcpy", "strchr", "bzero"};
  for (const char *N : Names)
    if (F.getName() == N)
      return true;
  return false;
}

void CoreBPFCheckIR::checkTargetIntrinsic(CallBase &CB, Function &Callee) {
  switch (Callee.getIntrinsicID()) {
  case Intrinsic::bpf_compare: {
    auto *Pred = dyn_cast<ConstantInt>(CB.getArgOperand(0));
    if (!Pred || !CmpInst::isIntPredicate(
                     static_cast<CmpInst::Predicate>(Pred->getZExtValue())))
      break;
    auto *Cmp =
        new ICmpInst(&CB, static_cast<CmpInst::Predicate>(Pred->getZExtValue()),
                     CB.getArgOperand(1), CB.getArgOperand(2));
    Cmp->setDebugLoc(CB.getDebugLoc());
    CB.replaceAllUsesWith(Cmp);
    Replaced.push_back(&CB);
    return;
  }
  case Intrinsic::bpf_passthrough:
    // corecc's CO-RE pass carries relocations this way (corecc/CORE/
    // IRReloc.h); instruction selection takes those.
    if (auto *GV = dyn_cast<GlobalValue>(CB.getArgOperand(1)))
      if (corecc::core::readIRReloc(*GV))
        return;
    CB.replaceAllUsesWith(CB.getArgOperand(1));
    Replaced.push_back(&CB);
    return;
  case Intrinsic::bpf_load_byte:
  case Intrinsic::bpf_load_half:
  case Intrinsic::bpf_load_word:
    // Legacy packet loads: BPF_LD_ABS/BPF_LD_IND (CoreBPFISelLowering.cpp).
    return;
  default:
    break;
  }
  report(CB, "intrinsic '" + Callee.getName() +
                 "' is not supported by corecc's BPF backend" +
                 (Callee.getName().starts_with("llvm.bpf.")
                      ? " (it belongs to LLVM's own BPF pipeline; give "
                        "corecc the C source or unoptimized IR)"
                      : ""));
}

void CoreBPFCheckIR::checkCall(CallBase &CB) {
  // Inline assembly is parsed by the assembler (AsmParser/).
  if (CB.isInlineAsm())
    return;
  Value *Callee = CB.getCalledOperand()->stripPointerCasts();
  if (auto *F = dyn_cast<Function>(Callee)) {
    if (F->isTargetIntrinsic())
      checkTargetIntrinsic(CB, *F);
    else if (isCLibraryRoutine(*F))
      report(CB, "call to the C library function '" + F->getName() +
                     "': BPF programs have no C library to call (with "
                     "optimization, a memcmp of a small constant size is "
                     "expanded inline; otherwise write a bounded loop)");
    return;
  }
  if (auto *CE = dyn_cast<ConstantExpr>(Callee))
    if (CE->getOpcode() == Instruction::IntToPtr)
      return;
  if (Value *Folded = foldConstantCallee(Callee)) {
    CB.setCalledOperand(Folded);
    Changed = true;
    return;
  }
  report(CB, "indirect call through a function pointer is not supported by "
             "BPF: call helpers through their constant address and BPF "
             "functions by name");
}

/// The object Ptr points into, if it is a stack slot or a global whose
/// alignment we know or may raise, and Ptr's constant offset in it.
static Value *alignableBase(Value *Ptr, const DataLayout &DL, int64_t &Off) {
  APInt Offset(DL.getIndexTypeSizeInBits(Ptr->getType()), 0);
  Value *Base = Ptr->stripAndAccumulateConstantOffsets(
      DL, Offset, /*AllowNonInbounds=*/true);
  Off = Offset.getSExtValue();
  if (isa<AllocaInst>(Base))
    return Base;
  if (auto *GV = dyn_cast<GlobalVariable>(Base))
    if (GV->getAlign().valueOrOne() >= Align(8) ||
        (GV->hasLocalLinkage() && !GV->hasSection()))
      return Base;
  return nullptr;
}

static void raiseAlignment(Value *Base) {
  if (auto *AI = dyn_cast<AllocaInst>(Base)) {
    if (AI->getAlign() < Align(8))
      AI->setAlignment(Align(8));
  } else if (auto *GV = dyn_cast<GlobalVariable>(Base)) {
    if (GV->getAlign().valueOrOne() < Align(8))
      GV->setAlignment(Align(8));
  }
}

/// A constant-size memset/memcpy into a stack slot or global often starts
/// at an odd offset: "char buf[448]; memset(buf, 0, 448); buf[0] = 1" is
/// shortened by the optimizer to 447 bytes at buf + 1, alignment 1, which
/// instruction selection would store byte by byte (over the 128-store limit,
/// and the verifier rejects misaligned stack accesses, so wider stores are
/// not an option). Knowing the object's alignment, split off the few bytes
/// up to the next 8-byte boundary and mark the rest 8-byte aligned:
///   memset(buf + 1, c, 7); memset(buf + 8, c, 440)  (align 8: 55 stores)
/// memmove is left alone (splitting it could reorder overlapping copies).
void CoreBPFCheckIR::realignMemIntrinsic(MemIntrinsic &MI) {
  auto *Len = cast<ConstantInt>(MI.getLength());
  uint64_t Size = Len->getZExtValue();
  if (isa<MemMoveInst>(MI) || Size < 16)
    return;
  const DataLayout &DL = MI.getDataLayout();
  auto *MT = dyn_cast<MemTransferInst>(&MI);
  if (MI.getDestAlign().valueOrOne() >= Align(8) &&
      (!MT || MT->getSourceAlign().valueOrOne() >= Align(8)))
    return;
  int64_t DstOff = 0, SrcOff = 0;
  Value *DstBase = alignableBase(MI.getRawDest(), DL, DstOff);
  Value *SrcBase = MT ? alignableBase(MT->getRawSource(), DL, SrcOff) : nullptr;
  if (!DstBase || (MT && (!SrcBase || (DstOff - SrcOff) % 8 != 0)))
    return;
  raiseAlignment(DstBase);
  if (SrcBase)
    raiseAlignment(SrcBase);
  uint64_t Head = (8 - (DstOff % 8 + 8) % 8) % 8;
  IRBuilder<> B(&MI);
  Align HeadAlign = commonAlignment(Align(8), DstOff);
  if (Head) {
    Instruction *H;
    if (MT)
      H = B.CreateMemCpy(MI.getRawDest(), HeadAlign, MT->getRawSource(),
                         HeadAlign, Head, MI.isVolatile());
    else
      H = B.CreateMemSet(MI.getRawDest(), cast<MemSetInst>(MI).getValue(), Head,
                         HeadAlign, MI.isVolatile());
    H->setDebugLoc(MI.getDebugLoc());
    MI.setDest(B.CreateConstGEP1_64(B.getInt8Ty(), MI.getRawDest(), Head));
    if (MT)
      MT->setSource(
          B.CreateConstGEP1_64(B.getInt8Ty(), MT->getRawSource(), Head));
    MI.setLength(ConstantInt::get(Len->getType(), Size - Head));
  }
  MI.setDestAlignment(Align(8));
  if (MT)
    MT->setSourceAlignment(Align(8));
  Changed = true;
}

void CoreBPFCheckIR::checkMemIntrinsic(MemIntrinsic &MI) {
  const char *Name = isa<MemSetInst>(MI)    ? "memset"
                     : isa<MemMoveInst>(MI) ? "memmove"
                                            : "memcpy";
  auto *Len = dyn_cast<ConstantInt>(MI.getLength());
  if (!Len) {
    report(MI, Twine(Name) +
                   " with a size known only at run time is not supported by "
                   "BPF (there is no library routine to call); use a "
                   "constant size or a bounded loop");
    return;
  }
  realignMemIntrinsic(MI);
  // Instruction selection expands up to MaxInlineMemStores stores of the
  // widest access the alignment allows.
  uint64_t Width = MI.getDestAlign().valueOrOne().value();
  if (auto *MT = dyn_cast<MemTransferInst>(&MI))
    Width =
        std::min<uint64_t>(Width, MT->getSourceAlign().valueOrOne().value());
  Width = std::min<uint64_t>(Width, 8);
  uint64_t Max = uint64_t(MaxInlineMemStores) * Width;
  if (Len->getZExtValue() > Max)
    report(MI, Twine(Name) + " of " + Twine(Len->getZExtValue()) +
                   " bytes is too large to inline (at most " + Twine(Max) +
                   " bytes with " + Twine(Width) +
                   "-byte alignment); BPF has no library routine to call");
}

bool CoreBPFCheckIR::runOnFunction(Function &F) {
  Changed = false;
  ToErase.clear();
  Replaced.clear();
  for (Instruction &I : instructions(F)) {
    checkFloat(I);
    if (auto *AI = dyn_cast<AllocaInst>(&I)) {
      if (!AI->isStaticAlloca() && !isa<ConstantInt>(AI->getArraySize()))
        report(I, "variable-length arrays and alloca of a runtime size are "
                  "not supported by BPF: stack frames have a fixed size");
    } else if (auto *MI = dyn_cast<MemIntrinsic>(&I)) {
      checkMemIntrinsic(*MI);
    } else if (auto *II = dyn_cast<IntrinsicInst>(&I);
               II && (II->getIntrinsicID() == Intrinsic::stacksave ||
                      II->getIntrinsicID() == Intrinsic::stackrestore)) {
      // Scope bookkeeping of variable-length arrays (which are reported
      // above); with fixed frames there is nothing to save or restore.
      Replaced.push_back(II);
    } else if (auto *CB = dyn_cast<CallBase>(&I)) {
      checkCall(*CB);
    }
  }
  // A computed goto: Clang funnels every "goto *p" through one block whose
  // indirectbr has no location of its own; point at the address computation
  // before it, or at a goto that jumps to it.
  for (BasicBlock &BB : F) {
    auto *IBI = dyn_cast<IndirectBrInst>(BB.getTerminator());
    if (!IBI)
      continue;
    auto Located = [](const DebugLoc &L) { return L && L.getLine(); };
    DebugLoc DL = IBI->getDebugLoc();
    for (auto It = IBI->getReverseIterator(); !Located(DL) && It != BB.rend();
         ++It)
      DL = It->getDebugLoc();
    for (BasicBlock *Pred : predecessors(&BB))
      if (!Located(DL))
        DL = Pred->getTerminator()->getDebugLoc();
    F.getContext().diagnose(DiagnosticInfoUnsupported(
        F, "indirect branch (computed goto) is not supported by BPF", DL));
    changeToUnreachable(IBI);
    Changed = true;
  }
  for (Instruction *I : ToErase) {
    if (!I->getType()->isVoidTy())
      I->replaceAllUsesWith(PoisonValue::get(I->getType()));
    I->eraseFromParent();
  }
  for (Instruction *I : Replaced) {
    if (!I->getType()->isVoidTy())
      I->replaceAllUsesWith(PoisonValue::get(I->getType()));
    I->eraseFromParent();
  }
  return Changed || !ToErase.empty() || !Replaced.empty();
}
