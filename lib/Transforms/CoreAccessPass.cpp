// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreAccessPass.cpp - CO-RE access chains and builtins --------------===//
//
// Clang marks every access "of interest" to CO-RE with intrinsics instead of
// getelementptr. For
//
//   struct s { int a; struct inner { int x; int y[4]; } in; }
//       __attribute__((preserve_access_index));
//   ... p->in.y[2] ...
//
// it emits a chain, one call per step, each carrying its debug type:
//
//   %in = call ptr @llvm.preserve.struct.access.index(ptr elementtype(%s) %p,
//                                                    i32 1, i32 1)   ; !s
//   %y  = call ptr @llvm.preserve.struct.access.index(ptr elementtype(%inner)
//                                                    %in, i32 1, i32 1)
//   %e  = call ptr @llvm.preserve.array.access.index(ptr elementtype([4 x i32])
//                                                   %y, i32 1, i32 2)
//
// With CO-RE on, this pass turns each place a chain's address is used into
// one relocation: root type "s", access string "0:1:1:2" (root[0], member
// 1, member 1, element 2), kind byte_off, and the offset in this
// compilation's layout:
//
//   %off = call i64 @llvm.bpf.passthrough.i64.p0(i32 0, ptr @corecc.core.7)
//   %e   = getelementptr i8, ptr %p, i64 %off
//
// where @corecc.core.7 carries !corecc.core {byte_off, s, "0:1:1:2", 16}
//
// (see corecc/CoreIR/IRReloc.h for how the backend takes it from there). A
// load of a pointer ends a chain: "p->next->a" is two relocations. An array
// index that is not a constant ends it too; the index is then applied as
// ordinary address arithmetic on the relocated base.
//
// Where Clang leaves a step of such an access as plain arithmetic, the
// pass relocates it as GCC does, so that an object relocates at least what
// either compiler's would: a member of a struct without the attribute
// reached through an attributed member ("foo->other.e", other a plain
// struct: 0:2:0, where clang relocates 0:2 and adds e's offset), and a
// constant step of the root pointer ("(s+2)->b": 2:1, as clang relocates
// "s[2].b").
//
// The builtins become relocations of their own kinds: preserve.field.info
// (byte_off, byte_sz, exists, signed, lshift_u64, rshift_u64 of a chain's
// field), btf.type.id (local/target type id), preserve.type.info (type
// exists/size/matches), preserve.enum.value (enumerator exists/value).
//
// With CO-RE off (-mno-core) every chain means exactly the getelementptr it
// stands for and every builtin is a constant of this compilation's layout,
// as in GCC's -mno-co-re.
//
// Each relocation is reported as an optimization remark of pass "core"
// (-Rpass=core).
//
//===----------------------------------------------------------------------===//

#include "CoreFieldPath.h"
#include "LLVMCoreGlobals.h"
#include "corecc/BTF/RelocKinds.h"
#include "corecc/CoreIR/IRReloc.h"
#include "corecc/Transforms/CoreAccess.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/IntrinsicsBPF.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Passes/PassBuilder.h"

using namespace llvm;
using namespace llvm::PatternMatch;
using namespace corecc;
using namespace corecc::core;
using corecc::btf::relocKindName;

#define DEBUG_TYPE "core"

namespace {

bool isAccessIntrinsic(const Value *V) {
  auto *II = dyn_cast<IntrinsicInst>(V);
  if (!II)
    return false;
  switch (II->getIntrinsicID()) {
  case Intrinsic::preserve_struct_access_index:
  case Intrinsic::preserve_union_access_index:
  case Intrinsic::preserve_array_access_index:
    return true;
  default:
    return false;
  }
}

const DIType *accessType(const Instruction *I) {
  return dyn_cast_or_null<DIType>(
      I->getMetadata(LLVMContext::MD_preserve_access_index));
}

/// The types of the variables the debug info says Base holds: a local or
/// parameter in memory ("load %p.addr" of its alloca), or in a register.
SmallVector<const DIType *, 2> variableTypes(Value *Base) {
  SmallVector<const DIType *, 2> Types;
  Base = Base->stripPointerCasts();
  if (auto *LI = dyn_cast<LoadInst>(Base))
    if (auto *AI = dyn_cast<AllocaInst>(
            LI->getPointerOperand()->stripPointerCasts())) {
      for (DbgDeclareInst *D : findDbgDeclares(AI))
        Types.push_back(D->getVariable()->getType());
      for (DbgVariableRecord *D : findDVRDeclares(AI))
        Types.push_back(D->getVariable()->getType());
    }
  SmallVector<DbgValueInst *, 2> Values;
  SmallVector<DbgVariableRecord *, 2> Records;
  findDbgValues(Values, Base, &Records);
  for (DbgValueInst *D : Values)
    Types.push_back(D->getVariable()->getType());
  for (DbgVariableRecord *D : Records)
    Types.push_back(D->getVariable()->getType());
  return Types;
}

/// For an access through a pointer to an anonymous struct or union, the
/// typedef that names it in the pointer's declared type ("sockptr_t *arg"
/// for "typedef union {...} sockptr_t"). Clang's metadata is the bare
/// union, but libbpf matches only named roots; LLVM takes the typedef from
/// the variable's debug info in the same way.
const DIType *typedefFromVariable(Value *Base, const DIType *Anon) {
  for (const DIType *VT : variableTypes(Base)) {
    auto *Ptr = dyn_cast_or_null<DIDerivedType>(stripQualifiers(VT));
    if (!Ptr || Ptr->getTag() != dwarf::DW_TAG_pointer_type)
      continue;
    const DIType *Root = relocRootType(Ptr->getBaseType());
    if (Root && Root->getTag() == dwarf::DW_TAG_typedef &&
        stripTypedefsAndQualifiers(Root) == Anon)
      return Root;
  }
  return nullptr;
}

uint64_t constArg(const CallBase *C, unsigned I) {
  return cast<ConstantInt>(C->getArgOperand(I))->getZExtValue();
}

/// Whether an access intrinsic can be part of a relocated chain: array
/// steps need a constant index.
bool isChainable(const IntrinsicInst *II) {
  if (II->getIntrinsicID() != Intrinsic::preserve_array_access_index)
    return true;
  return isa<ConstantInt>(II->getArgOperand(2));
}

/// The type with its typedefs, qualifiers and member wrapper removed.
const DIType *stripToType(const DIType *T) {
  while (auto *D = dyn_cast_or_null<DIDerivedType>(T)) {
    unsigned Tag = D->getTag();
    if (Tag != dwarf::DW_TAG_typedef && Tag != dwarf::DW_TAG_const_type &&
        Tag != dwarf::DW_TAG_volatile_type && Tag != dwarf::DW_TAG_member &&
        Tag != dwarf::DW_TAG_restrict_type)
      break;
    T = D->getBaseType();
  }
  return T;
}

/// Whether access Child continues the chain of access Parent (its base):
/// the type Parent's step arrives at is the one Child indexes. A cast in
/// between, "((struct v1 *)&p->d)->b", starts a new chain rooted at the
/// cast's type, and each chain gets its relocation (v3 0:1, then v1 0:1),
/// as in clang; following one chain through the cast would name the wrong
/// type's member.
bool continuesChain(const IntrinsicInst *Parent, const IntrinsicInst *Child) {
  const DIType *PType = stripToType(accessType(Parent));
  const DIType *CType = stripToType(accessType(Child));
  if (!PType || !CType)
    return true; // no debug types to compare: as written
  // The child indexes through a pointer: a cast to a pointer type.
  if (isa<DIDerivedType>(CType))
    return false;
  if (auto *Ptr = dyn_cast<DIDerivedType>(PType)) {
    if (Ptr->getTag() != dwarf::DW_TAG_pointer_type)
      return false;
    const DIType *Pointee = stripToType(Ptr->getBaseType());
    // "arr_t *p; p[1]->d": the array p[1] decays to its first element.
    if (auto *A = dyn_cast_or_null<DICompositeType>(Pointee);
        A && A->getTag() == dwarf::DW_TAG_array_type && A != CType)
      return stripToType(A->getBaseType()) == CType;
    return Pointee == CType;
  }
  auto *PTy = dyn_cast<DICompositeType>(PType);
  auto *CTy = dyn_cast<DICompositeType>(CType);
  if (!PTy || !CTy)
    return false;
  bool PArray = PTy->getTag() == dwarf::DW_TAG_array_type;
  if (PArray && CTy->getTag() == dwarf::DW_TAG_array_type)
    return PTy->getBaseType() == CTy->getBaseType(); // one multi-dim array
  const DIType *Next;
  if (PArray) {
    Next = PTy->getBaseType();
  } else {
    uint64_t Index =
        Parent->getIntrinsicID() == Intrinsic::preserve_struct_access_index
            ? constArg(Parent, 2)
            : constArg(Parent, 1);
    DINodeArray Elems = PTy->getElements();
    if (Index >= Elems.size())
      return false;
    Next = dyn_cast_or_null<DIType>(Elems[Index]);
  }
  return stripToType(Next) == CTy;
}

/// Rewrites one access intrinsic as the plain address it stands for.
Value *plainAddress(IntrinsicInst &II) {
  IRBuilder<> B(&II);
  Value *Base = II.getArgOperand(0);
  switch (II.getIntrinsicID()) {
  case Intrinsic::preserve_struct_access_index:
    return B.CreateConstInBoundsGEP2_32(II.getParamElementType(0), Base, 0,
                                        constArg(&II, 1));
  case Intrinsic::preserve_array_access_index: {
    SmallVector<Value *, 4> Idx(constArg(&II, 1), B.getInt32(0));
    Idx.push_back(II.getArgOperand(2));
    return B.CreateInBoundsGEP(II.getParamElementType(0), Base, Idx);
  }
  default:
    return Base;
  }
}

/// The debug type access II arrives at, without typedefs and qualifiers:
/// the member's type for a struct or union step, the element's for a step
/// into a one-dimensional array; null when unknown.
const DIType *arrivedType(const IntrinsicInst *II) {
  const DIType *T = stripToType(accessType(II));
  auto *C = dyn_cast_or_null<DICompositeType>(T);
  if (auto *Ptr = dyn_cast_or_null<DIDerivedType>(T);
      Ptr && Ptr->getTag() == dwarf::DW_TAG_pointer_type &&
      II->getIntrinsicID() == Intrinsic::preserve_array_access_index &&
      constArg(II, 1) == 0)
    return stripToType(Ptr->getBaseType());
  if (!C)
    return nullptr;
  if (C->getTag() == dwarf::DW_TAG_array_type) {
    unsigned Dims = llvm::count_if(C->getElements(), [](const DINode *E) {
      return isa_and_nonnull<DISubrange>(E);
    });
    return Dims == 1 ? stripToType(C->getBaseType()) : nullptr;
  }
  uint64_t Index =
      II->getIntrinsicID() == Intrinsic::preserve_struct_access_index
          ? constArg(II, 2)
          : constArg(II, 1);
  DINodeArray Elems = C->getElements();
  if (Index >= Elems.size())
    return nullptr;
  return stripToType(dyn_cast_or_null<DIType>(Elems[Index]));
}

/// The debug member of struct type DI that field Field of the IR struct
/// type ST holds: the one non-bitfield member at the field's offset with
/// its size. -1 if there is no single such member.
int debugMemberIndex(const DICompositeType *DI, StructType *ST, unsigned Field,
                     const DataLayout &DL) {
  const StructLayout *SL = DL.getStructLayout(ST);
  uint64_t Offset = SL->getElementOffsetInBits(Field);
  uint64_t Size = DL.getTypeAllocSizeInBits(ST->getElementType(Field));
  int Found = -1;
  DINodeArray Elems = DI->getElements();
  for (unsigned I = 0; I < Elems.size(); ++I) {
    auto *M = dyn_cast_or_null<DIDerivedType>(Elems[I]);
    if (!M || M->getTag() != dwarf::DW_TAG_member || M->isStaticMember() ||
        M->isBitField() || M->getOffsetInBits() != Offset ||
        typeByteSize(M->getBaseType()) * 8 != Size)
      continue;
    if (Found >= 0)
      return -1;
    Found = static_cast<int>(I);
  }
  return Found;
}

/// A constant, non-negative index that fits an access intrinsic's operand.
std::optional<unsigned> smallIndex(const Value *V) {
  auto *C = dyn_cast<ConstantInt>(V);
  if (!C || C->isNegative() || C->getValue().getActiveBits() > 31)
    return std::nullopt;
  return static_cast<unsigned>(C->getZExtValue());
}

class CoreRewriter {
  Module &M;
  CoreMode Mode;
  bool LittleEndian;
  const DataLayout &DL;

public:
  CoreRewriter(Module &M, CoreMode Mode)
      : M(M), Mode(Mode), LittleEndian(M.getDataLayout().isLittleEndian()),
        DL(M.getDataLayout()) {}

  bool run(Function &F);

private:
  Function *F = nullptr;
  std::unique_ptr<OptimizationRemarkEmitter> ORE;
  bool Changed = false;

  void error(Instruction &I, const Twine &Msg) {
    F->getContext().diagnose(
        DiagnosticInfoUnsupported(*F, Msg, I.getDebugLoc()));
  }

  /// The chain of access intrinsics ending at End, root first, and the
  /// pointer the root is applied to.
  SmallVector<IntrinsicInst *, 8> chainOf(IntrinsicInst *End, Value *&Base);
  /// The field path of a chain; errors are reported at End. Without a
  /// path and without an error (IsError false), the chain has nothing to
  /// relocate: it indexes scalars through a pointer ("int (*pa)[4]").
  std::optional<CoreFieldPath> pathOf(ArrayRef<IntrinsicInst *> Chain,
                                      Instruction &End, bool &IsError);
  /// The C path of P, continued from the chain whose end Base was loaded
  /// from ("task_struct::real_parent" + "->tgid").
  std::string fullPath(const CoreFieldPath &P, const Value *Base) const;
  /// C paths of the relocated chain ends, by the address that replaced
  /// them.
  DenseMap<const Value *, std::string> EndPaths;
  /// Offset of the chain's address from its base, by getelementptr rules
  /// (for a bitfield: its storage unit, which the loaded value's shifts
  /// expect).
  uint64_t gepOffset(ArrayRef<IntrinsicInst *> Chain);

  Value *relocValue(Instruction &At, const IRReloc &R, Type *Ty);
  void remark(Instruction &I, const IRReloc &R);
  bool rootIsNamed(Instruction &I, const IRReloc &R);

  /// Turns the plain steps that continue or start an access chain into
  /// access intrinsics (see the file comment); new ones join Accesses.
  void adoptPlainSteps(SmallVectorImpl<IntrinsicInst *> &Accesses);
  IntrinsicInst *adoptMemberStep(Value &Parent, const DIType *Arrived,
                                 GetElementPtrInst &G);
  void adoptRootIndex(IntrinsicInst &II,
                      SmallVectorImpl<IntrinsicInst *> &Accesses);

  void rewriteChainEnd(IntrinsicInst &End);
  void rewriteFieldInfo(CallInst &CI);
  void rewriteTypeInfo(CallInst &CI, bool IsTypeId);
  void rewriteEnumValue(CallInst &CI);
};

/// A GEP of all-zero indices into a struct type: how Clang reaches a
/// union's storage or a struct's first member. Same address, same object
/// in the debug types, so not a step of its own in an access chain
/// ("&((v1 *)&arg->d[4])->b": the union member d, its storage, then [4]).
static bool isStorageGEP(const Value *V) {
  auto *GEP = dyn_cast<GetElementPtrInst>(V);
  return GEP && GEP->hasAllZeroIndices() &&
         GEP->getSourceElementType()->isStructTy();
}

static Value *throughStorageGEPs(Value *V) {
  while (isStorageGEP(V))
    V = cast<GetElementPtrInst>(V)->getPointerOperand();
  return V;
}

/// Whether use U of the access Parent stays in Parent's chain: the base of
/// an access that continues it, directly or through storage GEPs.
static bool staysInChain(const Use &U, const IntrinsicInst *Parent) {
  if (U.getOperandNo() != 0)
    return false;
  if (auto *UserII = dyn_cast<IntrinsicInst>(U.getUser()))
    return isAccessIntrinsic(UserII) && isChainable(UserII) &&
           continuesChain(Parent, UserII);
  const User *GEP = U.getUser();
  return isStorageGEP(GEP) && !GEP->use_empty() &&
         llvm::all_of(GEP->uses(), [Parent](const Use &GU) {
           return staysInChain(GU, Parent);
         });
}

SmallVector<IntrinsicInst *, 8> CoreRewriter::chainOf(IntrinsicInst *End,
                                                      Value *&Base) {
  SmallVector<IntrinsicInst *, 8> Chain;
  Value *V = End;
  while (auto *II = dyn_cast<IntrinsicInst>(V)) {
    if (!isAccessIntrinsic(II) || !isChainable(II) ||
        (!Chain.empty() && !continuesChain(II, Chain.back())))
      break;
    Chain.push_back(II);
    V = throughStorageGEPs(II->getArgOperand(0));
  }
  std::reverse(Chain.begin(), Chain.end());
  // A root that indexes an array (not a pointer) has no named type to
  // relocate against: apply it as plain arithmetic and start after it.
  while (!Chain.empty() &&
         Chain.front()->getIntrinsicID() ==
             Intrinsic::preserve_array_access_index &&
         constArg(Chain.front(), 1) != 0) {
    V = Chain.front();
    Chain.erase(Chain.begin());
  }
  Base = V;
  return Chain;
}

/// Dimensions of an array debug type, outermost first.
static SmallVector<uint64_t, 4> arrayDims(const DIType *T) {
  SmallVector<uint64_t, 4> Dims;
  if (auto *C = dyn_cast_or_null<DICompositeType>(T))
    for (const DINode *E : C->getElements())
      if (auto *SR = dyn_cast_or_null<DISubrange>(E)) {
        auto *Cnt = dyn_cast_if_present<ConstantInt *>(SR->getCount());
        Dims.push_back(Cnt && Cnt->getSExtValue() > 0 ? Cnt->getSExtValue()
                                                      : 0);
      }
  return Dims;
}

static bool hasTag(const DIType *T, dwarf::Tag Tag) {
  return T && T->getTag() == Tag;
}

static bool isRecord(const DIType *T) {
  return hasTag(T, dwarf::DW_TAG_structure_type) ||
         hasTag(T, dwarf::DW_TAG_union_type) ||
         hasTag(T, dwarf::DW_TAG_class_type);
}

std::optional<CoreFieldPath>
CoreRewriter::pathOf(ArrayRef<IntrinsicInst *> Chain, Instruction &End,
                     bool &IsError) {
  IsError = false;
  IntrinsicInst *First = Chain.front();
  const DIType *Root = nullptr;
  uint64_t FirstIndex = 0;
  size_t Start = 0;
  if (First->getIntrinsicID() == Intrinsic::preserve_array_access_index) {
    // "p[1].x": the metadata is the pointer type. As in clang (and as
    // libbpf reads it), the root is the struct the pointer points to and
    // the first access index counts such structs; indices into an array
    // the pointer points to ("(*pa)[3]": pa[1][2].x) are folded into it.
    // Indexing a pointer to an array typedef ("typedef u arr_t[7]; arr_t
    // *p; p[1]") carries the array type itself, at dimension 0.
    const DIType *Meta = stripTypedefsAndQualifiers(accessType(First));
    const DIType *Pointee = nullptr;
    if (auto *Ptr = dyn_cast_or_null<DIDerivedType>(Meta);
        Ptr && Ptr->getTag() == dwarf::DW_TAG_pointer_type)
      Pointee = Ptr->getBaseType();
    else if (hasTag(Meta, dwarf::DW_TAG_array_type) && constArg(First, 1) == 0)
      Pointee = Meta;
    if (!Pointee) {
      error(End, "CO-RE access without the debug type Clang attaches to it");
      IsError = true;
      return std::nullopt;
    }
    FirstIndex = constArg(First, 2);
    Start = 1;
    if (const DIType *PT = stripTypedefsAndQualifiers(Pointee);
        hasTag(PT, dwarf::DW_TAG_array_type)) {
      SmallVector<uint64_t, 4> Dims = arrayDims(PT);
      uint64_t Stride = 1;
      for (uint64_t D : Dims)
        Stride *= D;
      FirstIndex *= Stride;
      for (uint64_t D : Dims) {
        IntrinsicInst *II = Start < Chain.size() ? Chain[Start] : nullptr;
        if (!II || D == 0)
          return std::nullopt; // stops inside the array: plain arithmetic
        // "p[1]->d": a member of the array's first element (the array
        // decays to a pointer to it, with no index of its own).
        if (II->getIntrinsicID() != Intrinsic::preserve_array_access_index &&
            Start == 1)
          break;
        if (II->getIntrinsicID() != Intrinsic::preserve_array_access_index ||
            constArg(II, 1) != 1)
          return std::nullopt;
        Stride /= D;
        FirstIndex += constArg(II, 2) * Stride;
        ++Start;
      }
      Pointee = cast<DICompositeType>(PT)->getBaseType();
    }
    if (!isRecord(stripTypedefsAndQualifiers(Pointee)))
      return std::nullopt; // "int *p; p[4]": nothing that can move
    Root = relocRootType(Pointee);
  } else {
    Root = relocRootType(accessType(First));
    if (Root && Root->getName().empty() && isRecord(Root))
      if (const DIType *TD = typedefFromVariable(First->getArgOperand(0), Root))
        Root = TD;
  }
  if (!Root) {
    error(End, "CO-RE access without the debug type Clang attaches to it");
    IsError = true;
    return std::nullopt;
  }
  CoreFieldPath P(Root, FirstIndex);
  for (size_t I = Start; I < Chain.size(); ++I) {
    IntrinsicInst *II = Chain[I];
    Error E = Error::success();
    switch (II->getIntrinsicID()) {
    case Intrinsic::preserve_struct_access_index:
      E = P.addMember(static_cast<unsigned>(constArg(II, 2)));
      break;
    case Intrinsic::preserve_union_access_index:
      E = P.addMember(static_cast<unsigned>(constArg(II, 1)));
      break;
    default:
      E = P.addElement(constArg(II, 2));
      break;
    }
    if (E) {
      error(End, "cannot follow CO-RE access " + P.cPath() + ": " +
                     toString(std::move(E)));
      IsError = true;
      return std::nullopt;
    }
  }
  return P;
}

std::string CoreRewriter::fullPath(const CoreFieldPath &P,
                                   const Value *Base) const {
  auto *L =
      dyn_cast_or_null<LoadInst>(Base ? Base->stripPointerCasts() : nullptr);
  if (!L)
    return P.cPath();
  auto It = EndPaths.find(L->getPointerOperand()->stripPointerCasts());
  if (It == EndPaths.end())
    return P.cPath();
  StringRef Steps = P.cSteps();
  if (Steps.consume_front("::"))
    return It->second + "->" + Steps.str();
  return It->second + Steps.str();
}

uint64_t CoreRewriter::gepOffset(ArrayRef<IntrinsicInst *> Chain) {
  uint64_t Off = 0;
  for (IntrinsicInst *II : Chain) {
    Type *Elem = II->getParamElementType(0);
    switch (II->getIntrinsicID()) {
    case Intrinsic::preserve_struct_access_index:
      Off += DL.getStructLayout(cast<StructType>(Elem))
                 ->getElementOffset(static_cast<unsigned>(constArg(II, 1)));
      break;
    case Intrinsic::preserve_array_access_index: {
      uint64_t Dims = constArg(II, 1);
      Type *T = Elem;
      for (uint64_t D = 0; D < Dims; ++D)
        if (auto *AT = dyn_cast<ArrayType>(T))
          T = AT->getElementType();
      Off += constArg(II, 2) * DL.getTypeAllocSize(Dims ? T : Elem);
      break;
    }
    default:
      break;
    }
  }
  return Off;
}

bool CoreRewriter::rootIsNamed(Instruction &I, const IRReloc &R) {
  if (R.Kind == BTF::BTF_TYPE_ID_LOCAL || !R.Root->getName().empty())
    return true;
  error(I, "CO-RE " + relocKindName(R.Kind) + " relocation on " + R.Path +
               ": the root type is anonymous, and libbpf only matches named "
               "types against the kernel; give the type a name or access "
               "it through a named struct");
  return false;
}

void CoreRewriter::remark(Instruction &I, const IRReloc &R) {
  ORE->emit([&]() {
    std::string Value = R.Kind == BTF::ENUM_VALUE
                            ? std::to_string(static_cast<int64_t>(R.Value))
                            : std::to_string(R.Value);
    if (R.Kind == BTF::BTF_TYPE_ID_LOCAL || R.Kind == BTF::BTF_TYPE_ID_REMOTE)
      Value = "<its BTF id>";
    return OptimizationRemark(DEBUG_TYPE, "Relocation", &I)
           << "CO-RE " << relocKindName(R.Kind) << " relocation on "
           << typeDisplayName(R.Root) << ", access \"" << R.Access
           << "\": " << R.Path << " = " << Value;
  });
}

/// The value of relocation R as an instruction before At. It is an opaque
/// call, "llvm.bpf.passthrough(0, @corecc.core.N)", rather than a load of
/// the global: the optimizer may sink two loads from different globals into
/// one load from a phi of their addresses, but never replaces a constant
/// argument of an intrinsic by a phi.
Value *CoreRewriter::relocValue(Instruction &At, const IRReloc &R, Type *Ty) {
  GlobalVariable *G = getIRRelocGlobal(M, R, Type::getInt64Ty(M.getContext()));
  IRBuilder<> B(&At);
  CallInst *C = createRelocValue(B, *G, R.Kind, Ty);
  C->setName("core." + relocKindName(R.Kind));
  C->setDebugLoc(At.getDebugLoc());
  return C;
}

IntrinsicInst *CoreRewriter::adoptMemberStep(Value &Parent,
                                             const DIType *Arrived,
                                             GetElementPtrInst &G) {
  if (G.getPointerOperand() != &Parent || G.getNumIndices() != 2 ||
      !match(G.getOperand(1), m_Zero()))
    return nullptr;
  std::optional<unsigned> Index = smallIndex(G.getOperand(2));
  auto *To = dyn_cast_or_null<DICompositeType>(Arrived);
  if (!Index || !To)
    return nullptr;
  // A GEP of zeros that an access continues is how Clang reaches storage
  // (isStorageGEP): the chain already goes through it.
  if (llvm::any_of(G.users(), [&](const User *U) {
        auto *UII = dyn_cast<IntrinsicInst>(U);
        return UII && isAccessIntrinsic(UII);
      }))
    return nullptr;
  IRBuilder<> B(&G);
  B.SetCurrentDebugLocation(G.getDebugLoc());
  Value *New = nullptr;
  Type *Src = G.getSourceElementType();
  if (auto *ST = dyn_cast<StructType>(Src);
      ST && To->getTag() == dwarf::DW_TAG_structure_type &&
      *Index < ST->getNumElements()) {
    // A union's IR type holds one member's layout: which member an access
    // means is not in the IR, so unions stay as written.
    int Member = debugMemberIndex(To, ST, *Index, DL);
    if (Member < 0)
      return nullptr;
    New = B.CreatePreserveStructAccessIndex(ST, &Parent, *Index, Member,
                                            const_cast<DICompositeType *>(To));
  } else if (auto *AT = dyn_cast<ArrayType>(Src);
             AT && To->getTag() == dwarf::DW_TAG_array_type &&
             arrayDims(To).size() == 1 &&
             arrayDims(To)[0] == AT->getNumElements()) {
    New = B.CreatePreserveArrayAccessIndex(AT, &Parent, 1, *Index,
                                           const_cast<DICompositeType *>(To));
  }
  if (!New)
    return nullptr;
  New->takeName(&G);
  G.replaceAllUsesWith(New);
  G.eraseFromParent();
  return cast<IntrinsicInst>(New);
}

void CoreRewriter::adoptRootIndex(IntrinsicInst &II,
                                  SmallVectorImpl<IntrinsicInst *> &Accesses) {
  if (II.getIntrinsicID() == Intrinsic::preserve_array_access_index)
    return;
  auto *G = dyn_cast<GetElementPtrInst>(II.getArgOperand(0));
  if (!G || G->getNumIndices() != 1 ||
      G->getSourceElementType() != II.getParamElementType(0))
    return;
  std::optional<unsigned> Index = smallIndex(G->getOperand(1));
  auto *Rec = dyn_cast_or_null<DICompositeType>(accessType(&II));
  if (!Index || *Index == 0 || !Rec || !isRecord(Rec))
    return;
  // "(s+2)->b" is "s[2].b": the index steps over the root's kernel size.
  auto *PtrTy = DIDerivedType::get(
      M.getContext(), dwarf::DW_TAG_pointer_type, "", nullptr, 0, nullptr,
      const_cast<DICompositeType *>(Rec), DL.getPointerSizeInBits(), 0, 0,
      std::nullopt, std::nullopt, DINode::FlagZero);
  IRBuilder<> B(G);
  B.SetCurrentDebugLocation(G->getDebugLoc());
  Value *New = B.CreatePreserveArrayAccessIndex(
      G->getSourceElementType(), G->getPointerOperand(), 0, *Index, PtrTy);
  II.setArgOperand(0, New);
  Accesses.push_back(cast<IntrinsicInst>(New));
  if (G->use_empty())
    G->eraseFromParent();
}

void CoreRewriter::adoptPlainSteps(SmallVectorImpl<IntrinsicInst *> &Accesses) {
  for (size_t I = 0; I < Accesses.size(); ++I) {
    IntrinsicInst *II = Accesses[I];
    if (!isChainable(II))
      continue;
    const DIType *Arrived = arrivedType(II);
    SmallVector<std::pair<Value *, GetElementPtrInst *>, 4> Steps;
    for (User *U : II->users()) {
      if (auto *G = dyn_cast<GetElementPtrInst>(U))
        Steps.push_back({II, G});
      // "t->ptr_u->v": a struct reached through a pointer member starts a
      // chain of its own (GCC's core-attr-6.c: T 0:3, then U 0:1:1:1).
      auto *L = dyn_cast<LoadInst>(U);
      auto *Ptr = dyn_cast_or_null<DIDerivedType>(Arrived);
      if (L && L->getPointerOperand() == II && L->getType()->isPointerTy() &&
          Ptr && Ptr->getTag() == dwarf::DW_TAG_pointer_type)
        for (User *LU : L->users())
          if (auto *G = dyn_cast<GetElementPtrInst>(LU))
            Steps.push_back({L, G});
    }
    for (auto [Base, G] : Steps) {
      const DIType *To =
          Base == II ? Arrived
                     : stripToType(cast<DIDerivedType>(Arrived)->getBaseType());
      if (IntrinsicInst *New = adoptMemberStep(*Base, To, *G))
        Accesses.push_back(New);
    }
  }
  for (size_t I = 0, E = Accesses.size(); I < E; ++I)
    adoptRootIndex(*Accesses[I], Accesses);
}

void CoreRewriter::rewriteChainEnd(IntrinsicInst &End) {
  Value *Base = nullptr;
  SmallVector<IntrinsicInst *, 8> Chain = chainOf(&End, Base);
  if (Chain.empty())
    return;
  bool IsError;
  std::optional<CoreFieldPath> P = pathOf(Chain, End, IsError);
  if (!P)
    return;
  IRReloc R;
  R.Kind = BTF::FIELD_BYTE_OFFSET;
  R.Root = P->root();
  R.Access = P->accessString();
  R.Path = fullPath(*P, Base);
  // Where the IR's access goes: for a bitfield, the storage unit Clang
  // loads and shifts. libbpf's byte_off of a bitfield is the start of the
  // smallest aligned unit of the member's type that holds it, which can
  // lie before the storage unit ("int a; char b; int c:12;": 4, not 5).
  // libbpf patches the relocated instruction with its value (it does not
  // validate bitfield offsets), so the relocation carries libbpf's value
  // and the difference stays ordinary arithmetic after it: the load then
  // reads the same bytes before and after libbpf patches it against this
  // layout.
  uint64_t Local = gepOffset(Chain);
  R.Value = Local;
  if (const DIDerivedType *Mem = P->member(); Mem && Mem->isBitField()) {
    if (Expected<uint64_t> Off =
            P->fieldValue(BTF::FIELD_BYTE_OFFSET, LittleEndian))
      R.Value = *Off;
    else
      consumeError(Off.takeError());
  }
  if (!rootIsNamed(End, R))
    return;

  Value *Off = relocValue(End, R, Type::getInt64Ty(M.getContext()));
  IRBuilder<> B(&End);
  B.SetCurrentDebugLocation(End.getDebugLoc());
  Value *Addr = B.CreateGEP(B.getInt8Ty(), Base, Off, End.getName());
  if (Local != R.Value)
    Addr = B.CreateConstGEP1_64(B.getInt8Ty(), Addr, Local - R.Value);
  remark(End, R);
  EndPaths[Addr] = R.Path;
  // Only the uses that leave the chain take the relocated address; the
  // rest of the chain is rewritten from its own ends.
  End.replaceUsesWithIf(Addr,
                        [&End](Use &U) { return !staysInChain(U, &End); });
  Changed = true;
}

void CoreRewriter::rewriteFieldInfo(CallInst &CI) {
  uint32_t Kind = static_cast<uint32_t>(constArg(&CI, 1));
  auto *End = dyn_cast<IntrinsicInst>(CI.getArgOperand(0));
  Value *Base = nullptr;
  SmallVector<IntrinsicInst *, 8> Chain;
  if (End && isAccessIntrinsic(End))
    Chain = chainOf(End, Base);
  if (Kind > BTF::FIELD_RSHIFT_U64) {
    // clang emits the number as the relocation kind, which libbpf then
    // reads as another kind (10 is enumval_exists) and rejects.
    error(CI, "__builtin_preserve_field_info kind " + Twine(Kind) +
                  " is not a field query: the kinds are 0 (byte_off), 1 "
                  "(byte_sz), 2 (field_exists), 3 (signed), 4 (lshift_u64) "
                  "and 5 (rshift_u64)");
    CI.replaceAllUsesWith(Constant::getNullValue(CI.getType()));
    return;
  }
  bool IsError = false;
  std::optional<CoreFieldPath> P;
  if (!Chain.empty())
    P = pathOf(Chain, *End, IsError);
  if (!P) {
    if (!IsError)
      error(CI, "__builtin_preserve_field_info needs a member access of a "
                "struct or union with preserve_access_index");
    CI.replaceAllUsesWith(Constant::getNullValue(CI.getType()));
    return;
  }
  Expected<uint64_t> V = P->fieldValue(Kind, LittleEndian);
  if (!V) {
    error(CI, "CO-RE " + relocKindName(Kind) + " of " + P->cPath() + ": " +
                  toString(V.takeError()));
    CI.replaceAllUsesWith(Constant::getNullValue(CI.getType()));
    return;
  }
  IRReloc R{Kind, P->root(), P->accessString(), *V, fullPath(*P, Base)};
  Value *New;
  if (Mode == CoreMode::Off || !rootIsNamed(CI, R)) {
    New = ConstantInt::get(CI.getType(), *V);
  } else {
    New = relocValue(CI, R, CI.getType());
    remark(CI, R);
  }
  CI.replaceAllUsesWith(New);
}

void CoreRewriter::rewriteTypeInfo(CallInst &CI, bool IsTypeId) {
  // The type as written, typedef included (bpf_core_type_exists(pid_t)
  // asks about the typedef), without its qualifiers.
  const DIType *Root = stripQualifiers(accessType(&CI));
  if (!Root) {
    error(CI, "CO-RE type query without the debug type Clang attaches to it");
    CI.replaceAllUsesWith(Constant::getNullValue(CI.getType()));
    return;
  }
  uint64_t Flag = constArg(&CI, 1);
  IRReloc R;
  R.Root = Root;
  R.Access = "0";
  R.Path = typeDisplayName(Root);
  if (IsTypeId) {
    R.Kind = Flag ? BTF::BTF_TYPE_ID_REMOTE : BTF::BTF_TYPE_ID_LOCAL;
  } else {
    R.Kind = Flag == 1   ? BTF::TYPE_SIZE
             : Flag == 2 ? BTF::TYPE_MATCH
                         : BTF::TYPE_EXISTENCE;
    R.Value = R.Kind == BTF::TYPE_SIZE ? typeByteSize(Root) : 1;
  }
  Value *New;
  if (Mode == CoreMode::Off && !IsTypeId) {
    New = ConstantInt::get(CI.getType(), R.Value);
  } else if (!rootIsNamed(CI, R)) {
    New = ConstantInt::get(CI.getType(), R.Value);
  } else {
    // With CO-RE off a type id is still this program's BTF id: the backend
    // writes it without a relocation record.
    if (Mode == CoreMode::Off)
      R.Kind |= IRRelocValueOnly;
    New = relocValue(CI, R, CI.getType());
    if (Mode == CoreMode::On)
      remark(CI, R);
  }
  CI.replaceAllUsesWith(New);
}

void CoreRewriter::rewriteEnumValue(CallInst &CI) {
  const DIType *Root = relocRootType(accessType(&CI));
  auto *Enum =
      dyn_cast_or_null<DICompositeType>(stripTypedefsAndQualifiers(Root));
  // The second argument names the enumerator: "NAME:VALUE".
  StringRef Spec;
  if (auto *GV =
          dyn_cast<GlobalVariable>(CI.getArgOperand(1)->stripPointerCasts()))
    if (auto *Data =
            dyn_cast_or_null<ConstantDataSequential>(GV->getInitializer()))
      Spec = Data->getAsCString();
  auto [Name, ValueText] = Spec.split(':');
  int Index = -1;
  int64_t EnumValue = 0;
  if (Enum) {
    int I = 0;
    for (const DINode *E : Enum->getElements()) {
      if (auto *En = dyn_cast_or_null<DIEnumerator>(E)) {
        if (En->getName() == Name) {
          Index = I;
          const APInt &V = En->getValue();
          EnumValue = En->isUnsigned() ? V.zextOrTrunc(64).getZExtValue()
                                       : V.sextOrTrunc(64).getSExtValue();
          // libbpf reads the value of a 4-byte enum (BTF_KIND_ENUM) as a
          // signed 32-bit number, whatever the enum's signedness, and
          // validates the instruction against that: 0x80000000u is
          // 0xffffffff80000000 to it, before and after relocation.
          if (typeByteSize(Enum) <= 4)
            EnumValue = static_cast<int32_t>(static_cast<uint32_t>(EnumValue));
          break;
        }
        ++I;
      }
    }
  }
  if (Index < 0) {
    error(CI, "CO-RE enumerator query for '" + Name +
                  "', which is not an enumerator of the given enum type");
    CI.replaceAllUsesWith(Constant::getNullValue(CI.getType()));
    return;
  }
  IRReloc R;
  R.Kind = constArg(&CI, 2) ? BTF::ENUM_VALUE : BTF::ENUM_VALUE_EXISTENCE;
  R.Root = Root;
  R.Access = std::to_string(Index);
  R.Value = R.Kind == BTF::ENUM_VALUE ? static_cast<uint64_t>(EnumValue) : 1;
  R.Path = (Root->getName().empty() ? std::string("<anon>")
                                    : Root->getName().str()) +
           "::" + Name.str();
  Value *New;
  if (Mode == CoreMode::Off || !rootIsNamed(CI, R)) {
    New = ConstantInt::get(CI.getType(), R.Value);
  } else {
    New = relocValue(CI, R, CI.getType());
    remark(CI, R);
  }
  CI.replaceAllUsesWith(New);
}

bool CoreRewriter::run(Function &Fn) {
  F = &Fn;
  ORE = std::make_unique<OptimizationRemarkEmitter>(F);
  Changed = false;

  SmallVector<IntrinsicInst *, 32> Accesses;
  SmallVector<CallInst *, 16> Builtins;
  SmallVector<IntrinsicInst *, 4> Others;
  for (Instruction &I : instructions(*F)) {
    auto *II = dyn_cast<IntrinsicInst>(&I);
    if (!II)
      continue;
    switch (II->getIntrinsicID()) {
    case Intrinsic::preserve_struct_access_index:
    case Intrinsic::preserve_union_access_index:
    case Intrinsic::preserve_array_access_index:
      Accesses.push_back(II);
      break;
    case Intrinsic::bpf_preserve_field_info:
    case Intrinsic::bpf_btf_type_id:
    case Intrinsic::bpf_preserve_type_info:
    case Intrinsic::bpf_preserve_enum_value:
      Builtins.push_back(II);
      break;
    case Intrinsic::bpf_passthrough:
      // A relocation value this pass made, in IR that comes back to it
      // (corecc -S -emit-llvm, then corecc on the .ll): it stays.
      if (auto *G =
              dyn_cast<GlobalValue>(II->getArgOperand(1)->stripPointerCasts());
          G && readIRReloc(*G))
        break;
      Others.push_back(II);
      break;
    case Intrinsic::preserve_static_offset:
      Others.push_back(II);
      break;
    default:
      break;
    }
  }
  if (Accesses.empty() && Builtins.empty() && Others.empty())
    return false;
  if (Mode == CoreMode::On)
    adoptPlainSteps(Accesses);

  // The builtins first: they read the chains they query.
  for (CallInst *CI : Builtins) {
    switch (CI->getIntrinsicID()) {
    case Intrinsic::bpf_preserve_field_info:
      rewriteFieldInfo(*CI);
      break;
    case Intrinsic::bpf_btf_type_id:
      rewriteTypeInfo(*CI, /*IsTypeId=*/true);
      break;
    case Intrinsic::bpf_preserve_type_info:
      rewriteTypeInfo(*CI, /*IsTypeId=*/false);
      break;
    default:
      rewriteEnumValue(*CI);
      break;
    }
    CI->eraseFromParent();
    Changed = true;
  }

  if (Mode == CoreMode::On) {
    // Every chained access with a use outside its chain gets a relocation.
    for (IntrinsicInst *II : Accesses) {
      if (!isChainable(II))
        continue;
      bool UsedOutside = llvm::any_of(
          II->uses(), [II](const Use &U) { return !staysInChain(U, II); });
      if (UsedOutside)
        rewriteChainEnd(*II);
    }
  }

  // What is left is plain address arithmetic: variable array indices, the
  // arithmetic of CO-RE-off builds, and chain steps now without uses.
  for (IntrinsicInst *II : llvm::reverse(Accesses)) {
    if (II->use_empty()) {
      II->eraseFromParent();
      continue;
    }
    II->replaceAllUsesWith(plainAddress(*II));
    II->eraseFromParent();
  }
  for (IntrinsicInst *II : Others) {
    Value *V = II->getIntrinsicID() == Intrinsic::bpf_passthrough
                   ? II->getArgOperand(1)
                   : II->getArgOperand(0);
    II->replaceAllUsesWith(V);
    II->eraseFromParent();
  }
  return true;
}

} // namespace

PreservedAnalyses CoreAccessPass::run(Module &M, ModuleAnalysisManager &) {
  // IR that LLVM's own BPF passes have lowered first (LLVMCoreGlobals.cpp).
  bool Changed = importLLVMCoreGlobals(M, Mode);
  CoreRewriter R(M, Mode);
  for (Function &F : M)
    if (!F.isDeclaration())
      Changed |= R.run(F);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

void corecc::registerCorePasses(PassBuilder &PB, CoreMode Mode) {
  PB.registerPipelineStartEPCallback(
      [Mode](ModulePassManager &MPM, OptimizationLevel) {
        MPM.addPass(CoreAccessPass(Mode));
      });
}
