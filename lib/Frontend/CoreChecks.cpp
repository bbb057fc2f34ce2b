// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreChecks.cpp - CO-RE source checks -------------------------------===//
//
// Clang accepts every construct below, and clang-19 compiles it; each is
// wrong only on a kernel whose layout differs from this compile's types, or
// is rejected by libbpf when the object loads. With
//
//   struct task_struct { ...; unsigned in_execve:1; ... }
//       __attribute__((preserve_access_index));   // or vmlinux.h's pragma
//
// the checks find (docs/core-checks.md has the details and the fixes):
//
//   bitfield        t->in_execve              shift and mask not relocated
//   sizeof          sizeof(*t), t + 1         this compile's size
//   offsetof        offsetof(struct task_struct, pid)   not relocated
//   copy            struct task_struct c = *t;          relocations then
//                   apply to the stack copy
//   empty-builtin   __builtin_preserve_access_index(x)  nothing to relocate
//   attribute       struct __attribute__((preserve_access_index)) never;
//                   with no definition: nothing to relocate
//   anonymous-root  struct { int x; } __attribute__((...)) *p; p->x
//                   libbpf rejects relocations on anonymous types
//
// A CO-RE type is a record with preserve_access_index, or any record
// accessed inside __builtin_preserve_access_index(...). What Clang's Sema
// already checks (SemaBPF: the builtins' arguments; the attribute on a
// non-record, or after the definition) is not checked again.
//
// The portable forms must not be reported: libbpf's macros expand to
// sizeof(*(dst)), ((type *)0)->field, __builtin_preserve_field_info(...)
// and copies of their own locals. The visitor therefore tracks where it
// is:
//
//   InQuery      inside __builtin_preserve_{field,type}_info,
//                __builtin_btf_type_id, __builtin_preserve_enum_value:
//                these are the relocated forms; only anonymous roots count
//   InRegion     inside __builtin_preserve_access_index(...)
//   Unevaluated  inside sizeof, alignof, typeof: nothing is read; and in a
//                static assertion, which checks this compile's layout
//   Constant     in a constant expression (global initializer, array bound,
//                case label, enumerator, bitfield width): nothing there is
//                relocated, and a fix-it to a run-time builtin would not
//                compile
//
// and skips what is spelled inside bpf_core_read.h's macros.
//
//===----------------------------------------------------------------------===//

#include "CoreChecks.h"
#include "CheckTable.h"
#include "CoreTypes.h"
#include "corecc/TimeReport.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/TargetBuiltins.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Timer.h"

using namespace clang;
using namespace corecc::plugin;

namespace {

/// The builtins whose arguments name what libbpf relocates: their
/// arguments are the relocated forms.
bool isCoreQuery(unsigned BuiltinID) {
  switch (BuiltinID) {
  case BPF::BI__builtin_preserve_field_info:
  case BPF::BI__builtin_preserve_type_info:
  case BPF::BI__builtin_btf_type_id:
  case BPF::BI__builtin_preserve_enum_value:
    return true;
  default:
    return false;
  }
}

bool hasMemberOrArrayAccess(const Stmt *S) {
  if (!S)
    return false;
  if (isa<MemberExpr>(S) || isa<ArraySubscriptExpr>(S))
    return true;
  for (const Stmt *Child : S->children())
    if (hasMemberOrArrayAccess(Child))
      return true;
  return false;
}

/// E as an access to a bitfield, or null.
const MemberExpr *bitfieldAccess(const Expr *E) {
  const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParens());
  if (!ME)
    return nullptr;
  const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
  return FD && FD->isBitField() ? ME : nullptr;
}

/// Whether E can be written in a macro argument or before "->" or "[" as
/// it is, without parentheses.
bool isPrimary(const Expr *E) {
  E = E->IgnoreImpCasts();
  return isa<DeclRefExpr>(E) || isa<MemberExpr>(E) || isa<ParenExpr>(E) ||
         isa<CallExpr>(E) || isa<ArraySubscriptExpr>(E);
}

/// Whether the C text Text mentions identifier Name.
bool mentions(StringRef Text, StringRef Name) {
  for (size_t I = Text.find(Name); I != StringRef::npos;
       I = Text.find(Name, I + 1)) {
    auto IsIdent = [](char C) { return llvm::isAlnum(C) || C == '_'; };
    bool Before = I > 0 && IsIdent(Text[I - 1]);
    bool After =
        I + Name.size() < Text.size() && IsIdent(Text[I + Name.size()]);
    if (!Before && !After)
      return true;
  }
  return false;
}

/// Whether a program in ELF section Section may load from kernel pointers
/// directly (BTF-typed arguments), so that BPF_CORE_READ_BITFIELD works.
bool allowsDirectReads(StringRef Section) {
  StringRef Kind = Section.split('/').first;
  return llvm::is_contained({"tp_btf", "fentry", "fexit", "fmod_ret",
                             "fentry.s", "fexit.s", "fmod_ret.s", "lsm",
                             "lsm.s", "lsm_cgroup", "iter", "iter.s",
                             "struct_ops", "struct_ops.s"},
                            Kind);
}

/// The tag kind of TD as the messages' %select{struct|union|enum} wants it.
unsigned tagKindIndex(const TagDecl *TD) {
  if (TD->isUnion())
    return 1;
  if (TD->isEnum())
    return 2;
  return 0;
}

class CoreVisitor : public RecursiveASTVisitor<CoreVisitor> {
  using Base = RecursiveASTVisitor<CoreVisitor>;

  ASTContext &Ctx;
  const SourceManager &SM;
  const LangOptions &LO;
  Preprocessor &PP;
  CheckDiags &Diags;
  bool CoreccLowering;

  unsigned InRegion = 0;
  unsigned InQuery = 0;
  unsigned Unevaluated = 0;
  unsigned Constant = 0;
  const FunctionDecl *CurFn = nullptr;
  /// sizeof expressions already reported as part of a whole-object copy.
  llvm::DenseSet<const Expr *> Reported;
  /// "p + n" whose result is the base of a relocated "->": corecc's CO-RE
  /// pass steps it by the kernel's size ("(s+2)->b" is "s[2].b",
  /// CoreAccessPass.cpp); LLVM's, in clang-19 with this plugin, does not.
  llvm::DenseSet<const Expr *> RelocatedSteps;
  /// Pointer arithmetic compared with another pointer: a bounds check
  /// ("if (p + 1 > data_end)"), which is about this program's view of the
  /// memory, not the kernel's layout.
  llvm::DenseSet<const Expr *> BoundsChecks;
  /// The other side of a comparison with a CO-RE query
  /// ("bpf_core_field_size(T, f) == sizeof(struct timespec64)"): this
  /// compile's size is the question asked of the kernel, not a mistake.
  llvm::DenseSet<const Expr *> ComparedWithQuery;

  static bool isSizeQuery(const Expr *E) {
    const auto *CE = dyn_cast<CallExpr>(E->IgnoreParenImpCasts());
    if (!CE)
      return false;
    unsigned ID = CE->getBuiltinCallee();
    return ID == BPF::BI__builtin_preserve_field_info ||
           ID == BPF::BI__builtin_preserve_type_info;
  }

  /// Runs F with Counter raised by one.
  template <typename Fn> bool with(unsigned &Counter, Fn F) {
    ++Counter;
    bool R = F();
    --Counter;
    return R;
  }

  bool macroDefined(StringRef Name) const { return PP.isMacroDefined(Name); }

  std::string text(SourceRange R) const { return sourceText(SM, LO, R); }

  /// Whether ME is an access CO-RE relocates.
  bool isCoreAccess(const MemberExpr *ME) const {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    return FD && (InRegion || isCoreRecord(FD->getParent()));
  }

  /// Whether ME starts a relocation: what it applies to is not itself a
  /// relocated access (a pointer dereference, a variable, p[i]).
  bool isChainRoot(const MemberExpr *ME) const {
    if (ME->isArrow())
      return true;
    const Expr *B = ME->getBase()->IgnoreParens();
    while (const auto *AS = dyn_cast<ArraySubscriptExpr>(B)) {
      const Expr *AB = AS->getBase()->IgnoreParenImpCasts();
      if (!AB->getType()->isArrayType())
        return true; // p[i].x: rooted at what p points to
      B = AB->IgnoreParens();
    }
    const auto *BM = dyn_cast<MemberExpr>(B);
    return !BM || !isCoreAccess(BM);
  }

  /// The section of the program that CurFn is, or is the body of (the
  /// BPF_PROG and BPF_KPROBE macros put the body in ____<name>).
  StringRef currentSection() const {
    if (!CurFn)
      return "";
    for (const FunctionDecl *R : CurFn->redecls())
      if (const auto *SA = R->getAttr<SectionAttr>())
        return SA->getName();
    const IdentifierInfo *II = CurFn->getIdentifier();
    if (!II || !II->getName().starts_with("____"))
      return "";
    IdentifierInfo &Outer = Ctx.Idents.get(II->getName().drop_front(4));
    for (const NamedDecl *D :
         Ctx.getTranslationUnitDecl()->lookup(DeclarationName(&Outer)))
      if (const auto *FD = dyn_cast<FunctionDecl>(D))
        for (const FunctionDecl *R : FD->redecls())
          if (const auto *SA = R->getAttr<SectionAttr>())
            return SA->getName();
    return "";
  }

  void checkBitfield(const MemberExpr *ME, bool Write);
  /// A read of the whole object Src (of type T).
  void checkCopy(const Expr *Src, QualType T);
  void checkCopyCall(const CallExpr *CE);
  void checkTypeQuery(const CallExpr *CE, unsigned BuiltinID);
  /// __builtin_preserve_access_index(...): empty-builtin, and what its
  /// argument reads.
  void checkRegionCall(const CallExpr *CE);
  void checkPointerArith(const Expr *E, const Expr *Ptr, const Expr *Index,
                         bool CanFix);
  void checkNullOffsetof(const UnaryOperator *UO);
  void reportAnonymous(const TagDecl *Anon, SourceLocation Loc,
                       SourceRange Range);

public:
  CoreVisitor(ASTContext &Ctx, Preprocessor &PP, CheckDiags &Diags,
              bool CoreccLowering)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()), PP(PP),
        Diags(Diags), CoreccLowering(CoreccLowering) {}

  // Where the visitor is (see the comment at the top).

  bool TraverseFunctionDecl(FunctionDecl *FD) {
    const FunctionDecl *Saved = CurFn;
    CurFn = FD;
    bool R = Base::TraverseFunctionDecl(FD);
    CurFn = Saved;
    return R;
  }

  bool TraverseVarDecl(VarDecl *VD) {
    if (!VD->hasGlobalStorage())
      return Base::TraverseVarDecl(VD);
    return with(Constant, [&] { return Base::TraverseVarDecl(VD); });
  }

  bool TraverseFieldDecl(FieldDecl *FD) {
    return with(Constant, [&] { return Base::TraverseFieldDecl(FD); });
  }

  bool TraverseEnumConstantDecl(EnumConstantDecl *D) {
    return with(Constant, [&] { return Base::TraverseEnumConstantDecl(D); });
  }

  // A static assertion about a CO-RE type's layout checks this compile's
  // headers, which is what it means to do.
  bool TraverseStaticAssertDecl(StaticAssertDecl *D) {
    return with(Unevaluated, [&] { return Base::TraverseStaticAssertDecl(D); });
  }

  bool TraverseConstantArrayTypeLoc(ConstantArrayTypeLoc TL) {
    return with(Constant,
                [&] { return Base::TraverseConstantArrayTypeLoc(TL); });
  }

  bool TraverseCaseStmt(CaseStmt *S, DataRecursionQueue * = nullptr) {
    if (!WalkUpFromCaseStmt(S))
      return false;
    if (!with(Constant, [&] {
          return TraverseStmt(S->getLHS()) && TraverseStmt(S->getRHS());
        }))
      return false;
    return TraverseStmt(S->getSubStmt());
  }

  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *E,
                                        DataRecursionQueue * = nullptr) {
    if (!WalkUpFromUnaryExprOrTypeTraitExpr(E))
      return false;
    return with(Unevaluated, [&] {
      return E->isArgumentType()
                 ? TraverseTypeLoc(E->getArgumentTypeInfo()->getTypeLoc())
                 : TraverseStmt(E->getArgumentExpr());
    });
  }

  bool TraverseTypeOfExprTypeLoc(TypeOfExprTypeLoc TL) {
    return with(Unevaluated,
                [&] { return Base::TraverseTypeOfExprTypeLoc(TL); });
  }

  bool TraverseCallExpr(CallExpr *CE, DataRecursionQueue *Queue = nullptr) {
    unsigned ID = CE->getBuiltinCallee();
    unsigned *Counter = nullptr;
    if (ID == Builtin::BI__builtin_preserve_access_index)
      Counter = &InRegion;
    else if (isCoreQuery(ID))
      Counter = &InQuery;
    if (!Counter)
      return Base::TraverseCallExpr(CE, Queue);
    if (!WalkUpFromCallExpr(CE))
      return false;
    return with(*Counter, [&] {
      for (Stmt *Child : CE->children())
        if (!TraverseStmt(Child))
          return false;
      return true;
    });
  }

  // The checks.

  bool VisitCallExpr(CallExpr *CE) {
    unsigned ID = CE->getBuiltinCallee();
    if (ID == Builtin::BI__builtin_preserve_access_index)
      checkRegionCall(CE);
    else if (isCoreQuery(ID))
      checkTypeQuery(CE, ID);
    else
      checkCopyCall(CE);
    return true;
  }

  bool VisitImplicitCastExpr(ImplicitCastExpr *ICE) {
    if (ICE->getCastKind() != CK_LValueToRValue)
      return true;
    if (const MemberExpr *ME = bitfieldAccess(ICE->getSubExpr()))
      checkBitfield(ME, /*Write=*/false);
    checkCopy(ICE->getSubExpr(), ICE->getType());
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    // Visited before its operands.
    if (BO->isComparisonOp()) {
      if (isSizeQuery(BO->getLHS()))
        ComparedWithQuery.insert(BO->getRHS()->IgnoreParenImpCasts());
      if (isSizeQuery(BO->getRHS()))
        ComparedWithQuery.insert(BO->getLHS()->IgnoreParenImpCasts());
    }
    if (BO->isRelationalOp() && BO->getLHS()->getType()->isPointerType() &&
        BO->getRHS()->getType()->isPointerType()) {
      BoundsChecks.insert(BO->getLHS()->IgnoreParenCasts());
      BoundsChecks.insert(BO->getRHS()->IgnoreParenCasts());
    }
    if (BO->isAssignmentOp())
      if (const MemberExpr *ME = bitfieldAccess(BO->getLHS()))
        checkBitfield(ME, /*Write=*/true);
    const Expr *L = BO->getLHS(), *R = BO->getRHS();
    switch (BO->getOpcode()) {
    case BO_Add:
      if (L->getType()->isPointerType())
        checkPointerArith(BO, L, R, /*CanFix=*/true);
      else if (R->getType()->isPointerType())
        checkPointerArith(BO, R, L, /*CanFix=*/true);
      break;
    case BO_Sub:
      if (L->getType()->isPointerType())
        checkPointerArith(BO, L, R->getType()->isPointerType() ? nullptr : R,
                          /*CanFix=*/false);
      break;
    case BO_AddAssign:
    case BO_SubAssign:
      if (L->getType()->isPointerType())
        checkPointerArith(BO, L, R, /*CanFix=*/false);
      break;
    default:
      break;
    }
    return true;
  }

  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->isIncrementDecrementOp()) {
      const Expr *Sub = UO->getSubExpr();
      if (const MemberExpr *ME = bitfieldAccess(Sub))
        checkBitfield(ME, /*Write=*/true);
      if (Sub->getType()->isPointerType())
        checkPointerArith(UO, Sub, Sub, /*CanFix=*/false);
    } else if (UO->getOpcode() == UO_AddrOf) {
      checkNullOffsetof(UO);
    }
    return true;
  }

  bool VisitMemberExpr(MemberExpr *ME) {
    // Visited before its base: a constant step of the pointer it reads
    // through is relocated with it.
    if (CoreccLowering && ME->isArrow() && !Unevaluated && !Constant &&
        isCoreAccess(ME))
      if (const auto *BO =
              dyn_cast<BinaryOperator>(ME->getBase()->IgnoreParenImpCasts());
          BO && BO->getOpcode() == BO_Add)
        RelocatedSteps.insert(BO);
    // Anonymous roots. Nothing is relocated where nothing is evaluated.
    if (Unevaluated || Constant || !isCoreAccess(ME) || !isChainRoot(ME))
      return true;
    QualType Root = ME->isArrow() ? ME->getBase()->getType()->getPointeeType()
                                  : ME->getBase()->getType();
    if (const TagDecl *Anon = anonymousRoot(Root))
      reportAnonymous(Anon, ME->getMemberLoc(), ME->getSourceRange());
    return true;
  }

  // What is used: a function or global of a header that the walked code
  // names is walked too, once (see walkUsed).
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    Decl *D = nullptr;
    if (auto *FD = dyn_cast<FunctionDecl>(E->getDecl())) {
      const FunctionDecl *Def = nullptr;
      if (FD->hasBody(Def))
        D = const_cast<FunctionDecl *>(Def);
    } else if (auto *VD = dyn_cast<VarDecl>(E->getDecl())) {
      if (VD->hasGlobalStorage() && !VD->isLocalVarDeclOrParm())
        if (VarDecl *Def = VD->getDefinition())
          D = Def;
    }
    if (D && Walked.insert(D).second)
      Pending.push_back(D);
    return true;
  }

  bool VisitUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *E);
  bool VisitOffsetOfExpr(OffsetOfExpr *E);
  bool VisitFunctionDecl(FunctionDecl *FD);
  bool VisitRecordDecl(RecordDecl *RD);

  /// Walks the declarations Roots (what the main file declares and what
  /// a header defines into the object), then
  /// every function and global they name, transitively. A header's
  /// declarations that nothing uses are not looked at: what the checks
  /// report does not depend on how many declarations a header brings
  /// (vmlinux.h's 100k), nor on whether it came from a precompiled header.
  void walkUsed(ArrayRef<Decl *> Roots) {
    for (Decl *D : Roots)
      if (Walked.insert(D).second)
        TraverseDecl(D);
    while (!Pending.empty())
      TraverseDecl(Pending.pop_back_val());
  }

private:
  llvm::SmallPtrSet<const Decl *, 32> Walked;
  llvm::SmallVector<Decl *, 16> Pending;
};

void CoreVisitor::checkRegionCall(const CallExpr *CE) {
  if (CE->getNumArgs() != 1)
    return;
  const Expr *Arg = CE->getArg(0);
  // The argument is read as it is written, with no lvalue-to-rvalue
  // conversion in the AST: __builtin_preserve_access_index(p->bf) reads a
  // bitfield, __builtin_preserve_access_index(*p) copies an object.
  if (Arg->isGLValue()) {
    with(InRegion, [&] {
      if (const MemberExpr *ME = bitfieldAccess(Arg))
        checkBitfield(ME, /*Write=*/false);
      checkCopy(Arg, Arg->getType());
      return true;
    });
  }
  // empty-builtin: nothing in the argument to relocate. Not where a macro
  // wrote the builtin (libbpf's bpf_core_read() of a plain pointer, a
  // project's `#define _(P) __builtin_preserve_access_index(P)`): the macro
  // serves every use, and at one where nothing is relocated there is
  // nothing wrong to fix.
  if (hasMemberOrArrayAccess(Arg) || CE->getBeginLoc().isMacroID())
    return;
  if (auto B = Diags.report(MsgEmptyBuiltin, CE->getBeginLoc())) {
    *B << CE->getSourceRange();
    // Replace the call by its argument.
    std::string ArgText = text(Arg->getSourceRange());
    CharSourceRange Call = fileRange(SM, LO, CE->getSourceRange());
    if (!ArgText.empty() && Call.isValid())
      *B << FixItHint::CreateReplacement(Call, "(" + ArgText + ")");
  }
}

void CoreVisitor::checkBitfield(const MemberExpr *ME, bool Write) {
  if (InQuery || Unevaluated || Constant)
    return;
  const auto *FD = cast<FieldDecl>(ME->getMemberDecl());
  const RecordDecl *RD = FD->getParent();
  if (!isCoreAccess(ME) || hasStableLayout(RD) ||
      isInCoreMacro(SM, ME->getMemberLoc()))
    return;

  // What libbpf's macros take: a pointer and the field path from it,
  // BPF_CORE_READ_BITFIELD(p, in.bf) for p->in.bf. Walk down to the
  // first "->", or to the object itself (then its address is the pointer).
  const MemberExpr *First = ME;
  const Expr *Ptr = nullptr;
  bool TakeAddress = false;
  const Expr *E = ME;
  while (!Ptr) {
    const Expr *Cur = E->IgnoreParens();
    if (const auto *M = dyn_cast<MemberExpr>(Cur)) {
      First = M;
      if (M->isArrow())
        Ptr = M->getBase();
      else
        E = M->getBase();
      continue;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(Cur)) {
      const Expr *AB = AS->getBase()->IgnoreParenImpCasts();
      if (AB->getType()->isArrayType() && isa<MemberExpr>(AB->IgnoreParens())) {
        E = AB;
        continue;
      }
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(Cur);
        UO && UO->getOpcode() == UO_Deref) {
      Ptr = UO->getSubExpr(); // (*p).bf
      continue;
    }
    Ptr = Cur;
    TakeAddress = true;
  }
  const RecordDecl *Root = cast<FieldDecl>(First->getMemberDecl())->getParent();
  if (hasStableLayout(Root))
    return;

  QualType RecordTy = Ctx.getRecordType(RD);
  if (Write) {
    if (auto B = Diags.report(MsgBitfieldWrite, ME->getMemberLoc()))
      *B << FD << RecordTy << ME->getSourceRange();
    return;
  }

  // The direct form where a direct load is what the program does anyway
  // and the verifier allows it; the probed form (a helper call) otherwise.
  StringRef Section = currentSection();
  unsigned Variant = 0;
  if (TakeAddress && isOwnStorage(Ptr))
    Variant = 2;
  else if (allowsDirectReads(Section))
    Variant = 1;
  // The macros declare locals of their own (p and val, val), which a
  // pointer of the same name would meet instead of the caller's.
  std::string PtrText = text(Ptr->getSourceRange());
  auto Clashes = [&](bool Direct) {
    return mentions(PtrText, "val") || (Direct && mentions(PtrText, "p"));
  };
  if (Variant && Clashes(true) && !Clashes(false))
    Variant = 0;
  StringRef Macro =
      Variant ? "BPF_CORE_READ_BITFIELD" : "BPF_CORE_READ_BITFIELD_PROBED";

  auto B = Diags.report(MsgBitfieldRead, ME->getMemberLoc());
  if (!B)
    return;
  *B << FD << RecordTy << Variant << Section.str() << ME->getSourceRange();
  std::string Path = text(SourceRange(First->getMemberLoc(), ME->getEndLoc()));
  CharSourceRange Range = fileRange(SM, LO, ME->getSourceRange());
  if (PtrText.empty() || Path.empty() || Range.isInvalid() ||
      !macroDefined(Macro) || Clashes(Variant != 0))
    return;
  if (!isPrimary(Ptr))
    PtrText = "(" + PtrText + ")";
  if (TakeAddress)
    PtrText = "&" + PtrText;
  *B << FixItHint::CreateReplacement(
      Range, (Macro + "(" + PtrText + ", " + Path + ")").str());
}

void CoreVisitor::checkCopy(const Expr *Src, QualType T) {
  if (InQuery || Unevaluated || Constant)
    return;
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!RD || !(InRegion || isCoreRecord(RD)) || hasStableLayout(RD))
    return;
  // A copy between this program's own objects reads nothing of the
  // kernel's; libbpf's BPF_CORE_READ returns its local __r by value.
  if (isOwnStorage(Src) || isInCoreMacro(SM, Src->getExprLoc()))
    return;
  if (auto B = Diags.report(MsgCopy, Src->getExprLoc()))
    *B << T.getUnqualifiedType() << Src->getSourceRange();
}

void CoreVisitor::checkCopyCall(const CallExpr *CE) {
  if (InQuery || Unevaluated)
    return;
  // memcpy(dst, src, n) and the helpers bpf_probe_read[_kernel](dst, n, src)
  // (function pointers in bpf_helper_defs.h).
  unsigned SrcArg, SizeArg;
  const NamedDecl *Callee = nullptr;
  switch (CE->getBuiltinCallee()) {
  case Builtin::BImemcpy:
  case Builtin::BI__builtin_memcpy:
  case Builtin::BI__builtin_memcpy_inline:
  case Builtin::BImemmove:
  case Builtin::BI__builtin_memmove:
    SrcArg = 1;
    SizeArg = 2;
    Callee = CE->getDirectCallee();
    break;
  default: {
    const auto *DRE =
        dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts());
    if (!DRE || !DRE->getDecl()->getIdentifier() ||
        !llvm::is_contained({"bpf_probe_read", "bpf_probe_read_kernel"},
                            DRE->getDecl()->getName()))
      return;
    SrcArg = 2;
    SizeArg = 1;
    Callee = DRE->getDecl();
    break;
  }
  }
  // bpf_core_read(dst, sizeof(...), src) is libbpf's own CO-RE read.
  if (CE->getNumArgs() <= std::max(SrcArg, SizeArg) ||
      isInCoreMacro(SM, CE->getBeginLoc()))
    return;
  const auto *Size = dyn_cast<UnaryExprOrTypeTraitExpr>(
      CE->getArg(SizeArg)->IgnoreParenImpCasts());
  if (!Size || Size->getKind() != UETT_SizeOf)
    return;
  QualType T = Size->getTypeOfArgument();
  const RecordDecl *RD = recordOf(Ctx, T);
  if (!isCoreRecord(RD) || hasStableLayout(RD))
    return;
  // memcpy between two objects of the program's own.
  if (SizeArg == 2) {
    const Expr *Src = CE->getArg(SrcArg)->IgnoreParenCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(Src);
        UO && UO->getOpcode() == UO_AddrOf && isOwnStorage(UO->getSubExpr()))
      return;
    if (Src->getType()->isArrayType() && isOwnStorage(Src))
      return;
  }
  Reported.insert(Size);
  if (auto B = Diags.report(MsgCopyCall, CE->getBeginLoc()))
    *B << Callee << T.getUnqualifiedType() << CE->getSourceRange();
}

void CoreVisitor::checkTypeQuery(const CallExpr *CE, unsigned BuiltinID) {
  // SemaBPF rejects an anonymous type in __builtin_preserve_type_info; the
  // member access of __builtin_preserve_field_info is checked as an access
  // (VisitMemberExpr). Left: the kernel's type id of an anonymous type
  // (clang-19: "fatal error: error in backend: Empty type name for
  // BTF_TYPE_ID_REMOTE reloc") and the enumerators of an anonymous enum.
  if (CE->getNumArgs() != 2 || Unevaluated)
    return;
  if (BuiltinID == BPF::BI__builtin_btf_type_id) {
    // Flag 0 is the program's own type id: libbpf does not look it up.
    std::optional<llvm::APSInt> Flag =
        CE->getArg(1)->getIntegerConstantExpr(Ctx);
    if (!Flag || *Flag == 0)
      return;
  } else if (BuiltinID != BPF::BI__builtin_preserve_enum_value) {
    return;
  }
  const Expr *Arg = CE->getArg(0)->IgnoreImpCasts();
  if (const TagDecl *Anon = anonymousRoot(Arg->getType()))
    reportAnonymous(Anon, CE->getBeginLoc(), CE->getSourceRange());
}

void CoreVisitor::reportAnonymous(const TagDecl *Anon, SourceLocation Loc,
                                  SourceRange Range) {
  {
    auto B = Diags.report(MsgAnonymousRoot, Loc);
    if (!B)
      return;
    *B << tagKindIndex(Anon) << Range;
  }
  // How to reach it by a name: through the member it is the type of, or a
  // name of its own. (One with a typedef name is never reached without
  // the typedef in C: the typedef roots the relocation.)
  if (const auto *Parent = dyn_cast<RecordDecl>(Anon->getDeclContext()))
    for (const FieldDecl *F : Parent->fields())
      if (F->getIdentifier() && Parent->getIdentifier() &&
          Ctx.getBaseElementType(F->getType())->getAsTagDecl() == Anon) {
        Diags.note(NoteAnonymousMember, F->getLocation())
            << F << Ctx.getRecordType(Parent);
        return;
      }
  Diags.note(NoteAnonymousDefined, Anon->getLocation()) << tagKindIndex(Anon);
}

void CoreVisitor::checkPointerArith(const Expr *E, const Expr *Ptr,
                                    const Expr *Index, bool CanFix) {
  if (InQuery || Unevaluated)
    return;
  QualType Pointee = Ptr->getType()->getPointeeType();
  const RecordDecl *RD = Pointee->getAsRecordDecl();
  if (!isCoreRecord(RD) || hasStableLayout(RD) ||
      isInCoreMacro(SM, E->getExprLoc()))
    return;
  if (BoundsChecks.count(E))
    return;
  if (RelocatedSteps.count(E) && Index) {
    std::optional<llvm::APSInt> N = Index->getIntegerConstantExpr(Ctx);
    if (N && !N->isNegative() && N->getActiveBits() < 32)
      return;
  }
  bool IsDiff = !Index;
  auto B =
      Diags.report(IsDiff ? MsgPointerDiff : MsgPointerArith, E->getExprLoc());
  if (!B)
    return;
  *B << Pointee.getUnqualifiedType() << E->getSourceRange();
  // p + n -> &p[n], which clang emits as a relocated array access when p
  // is a variable or a member of a CO-RE type (and n a constant, which
  // libbpf scales by the kernel's size).
  if (!CanFix || Constant)
    return;
  const Expr *P = Ptr->IgnoreParenImpCasts();
  bool Relocated = false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(P))
    Relocated = isa<VarDecl>(DRE->getDecl());
  else if (const auto *ME = dyn_cast<MemberExpr>(P))
    Relocated = ME->getMemberDecl()->hasAttr<BPFPreserveAccessIndexAttr>();
  std::optional<llvm::APSInt> N = Index->getIntegerConstantExpr(Ctx);
  if (!Relocated || !N || N->isNegative())
    return;
  std::string PtrText = text(Ptr->getSourceRange());
  std::string IndexText = text(Index->getSourceRange());
  CharSourceRange Range = fileRange(SM, LO, E->getSourceRange());
  if (PtrText.empty() || IndexText.empty() || Range.isInvalid())
    return;
  *B << FixItHint::CreateReplacement(Range,
                                     "&" + PtrText + "[" + IndexText + "]");
}

void CoreVisitor::checkNullOffsetof(const UnaryOperator *UO) {
  // &((T *)0)->f (libbpf's and the kernel's offsetof): clang emits it as a
  // relocated access in a function, but folds it in a constant expression.
  if (!Constant || InQuery || Unevaluated)
    return;
  const Expr *Cur = UO->getSubExpr()->IgnoreParens();
  const Expr *Last = Cur;
  const MemberExpr *Arrow = nullptr;
  while (!Arrow) {
    if (const auto *ME = dyn_cast<MemberExpr>(Cur)) {
      if (ME->isArrow())
        Arrow = ME;
      else
        Cur = ME->getBase()->IgnoreParens();
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(Cur)) {
      Cur = AS->getBase()->IgnoreParenImpCasts();
    } else {
      return;
    }
  }
  const Expr *Base = Arrow->getBase();
  if (Base->IgnoreParenCasts()->isNullPointerConstant(
          Ctx, Expr::NPC_ValueDependentIsNotNull) == Expr::NPCK_NotNull)
    return;
  QualType T = Base->getType()->getPointeeType();
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!isCoreRecord(RD) || hasStableLayout(RD))
    return;
  std::string Path =
      text(SourceRange(Arrow->getMemberLoc(), Last->getEndLoc()));
  if (Path.empty())
    Path = Arrow->getMemberDecl()->getNameAsString();
  if (auto B = Diags.report(MsgOffsetofConstant, UO->getExprLoc()))
    *B << T.getUnqualifiedType() << Path << UO->getSourceRange();
}

bool CoreVisitor::VisitUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *E) {
  UnaryExprOrTypeTrait K = E->getKind();
  if (K != UETT_SizeOf && K != UETT_AlignOf && K != UETT_PreferredAlignOf)
    return true;
  if (InQuery || Unevaluated || Reported.count(E) || ComparedWithQuery.count(E))
    return true;
  QualType T = E->getTypeOfArgument();
  const RecordDecl *RD = recordOf(Ctx, T);
  if (!RD || !(InRegion || isCoreRecord(RD)) || hasStableLayout(RD))
    return true;
  // sizeof(local) is the size of the program's own object, which is what
  // a buffer length wants.
  if (!E->isArgumentType() && isOwnStorage(E->getArgumentExpr()))
    return true;
  if (isInCoreMacro(SM, E->getBeginLoc()))
    return true;
  QualType Shown = T.getUnqualifiedType();
  if (K != UETT_SizeOf) {
    if (auto B = Diags.report(MsgAlignof, E->getBeginLoc()))
      *B << Shown << E->getSourceRange();
    return true;
  }
  auto B =
      Diags.report(Constant ? MsgSizeofConstant : MsgSizeof, E->getBeginLoc());
  if (!B)
    return true;
  *B << Shown << E->getSourceRange();
  // sizeof(X), sizeof X -> bpf_core_type_size(X): the macro takes a type
  // or an expression (typeof). Not for arrays: libbpf relocates the size
  // of named types.
  if (Constant || T->isArrayType() || !macroDefined("bpf_core_type_size"))
    return true;
  SourceRange ArgRange;
  if (E->isArgumentType()) {
    ArgRange = E->getArgumentTypeInfo()->getTypeLoc().getSourceRange();
  } else {
    const Expr *Arg = E->getArgumentExpr();
    if (const auto *PE = dyn_cast<ParenExpr>(Arg))
      Arg = PE->getSubExpr();
    ArgRange = Arg->getSourceRange();
  }
  std::string ArgText = text(ArgRange);
  CharSourceRange Range = fileRange(SM, LO, E->getSourceRange());
  if (!ArgText.empty() && Range.isValid())
    *B << FixItHint::CreateReplacement(Range,
                                       "bpf_core_type_size(" + ArgText + ")");
  return true;
}

bool CoreVisitor::VisitOffsetOfExpr(OffsetOfExpr *E) {
  if (InQuery || Unevaluated)
    return true;
  QualType T = E->getTypeSourceInfo()->getType();
  const RecordDecl *Root = T->getAsRecordDecl();
  if (!Root || !(InRegion || isCoreRecord(Root)) || hasStableLayout(Root) ||
      isInCoreMacro(SM, E->getBeginLoc()))
    return true;
  // The designator, for the message and for bpf_core_field_offset(T, d),
  // which expands to ((T *)0)->d: members joined by ".", indices as
  // written. Members of anonymous structs and unions are not named.
  std::string Designator;
  bool CanFix = true;
  for (unsigned I = 0, N = E->getNumComponents(); I < N; ++I) {
    const OffsetOfNode &Node = E->getComponent(I);
    if (Node.getKind() == OffsetOfNode::Field) {
      const FieldDecl *F = Node.getField();
      if (!F->getIdentifier())
        continue;
      if (!Designator.empty())
        Designator += ".";
      Designator += F->getName();
    } else if (Node.getKind() == OffsetOfNode::Array) {
      std::string Index =
          text(E->getIndexExpr(Node.getArrayExprIndex())->getSourceRange());
      CanFix &= !Index.empty();
      Designator += "[" + Index + "]";
    } else {
      CanFix = false;
    }
  }
  auto B = Diags.report(Constant ? MsgOffsetofConstant : MsgOffsetof,
                        E->getBeginLoc());
  if (!B)
    return true;
  *B << T.getUnqualifiedType() << Designator << E->getSourceRange();
  if (Constant || !CanFix || !macroDefined("bpf_core_field_offset"))
    return true;
  std::string TypeText =
      text(E->getTypeSourceInfo()->getTypeLoc().getSourceRange());
  if (TypeText.empty())
    TypeText = T.getAsString(Ctx.getPrintingPolicy());
  CharSourceRange Range = fileRange(SM, LO, E->getSourceRange());
  if (Range.isValid())
    *B << FixItHint::CreateReplacement(
        Range, "bpf_core_field_offset(" + TypeText + ", " + Designator + ")");
  return true;
}

bool CoreVisitor::VisitFunctionDecl(FunctionDecl *FD) {
  // Once per function, at its first declaration.
  if (FD->isImplicit() || !FD->isFirstDecl())
    return true;
  for (const ParmVarDecl *P : FD->parameters()) {
    const RecordDecl *RD = P->getType()->getAsRecordDecl();
    if (!isCoreRecord(RD) || hasStableLayout(RD))
      continue;
    if (auto B = Diags.report(MsgCopyParam, P->getLocation()))
      *B << FD << P->getType().getUnqualifiedType() << P->getSourceRange();
  }
  QualType Ret = FD->getReturnType();
  const RecordDecl *RD = Ret->getAsRecordDecl();
  if (isCoreRecord(RD) && !hasStableLayout(RD))
    if (auto B = Diags.report(MsgCopyReturn, FD->getLocation()))
      *B << FD << Ret.getUnqualifiedType() << FD->getReturnTypeSourceRange();
  return true;
}

bool CoreVisitor::VisitRecordDecl(RecordDecl *RD) {
  // The attribute on a declaration whose record is defined later reaches
  // the definition (it is inherited); one after the definition is Clang's
  // -Wignored-attributes. What is left: no definition at all.
  if (RD->getDefinition())
    return true;
  SourceLocation Begin = SM.getExpansionLoc(RD->getBeginLoc());
  SourceLocation End = SM.getExpansionLoc(RD->getEndLoc());
  for (const auto *A : RD->specific_attrs<BPFPreserveAccessIndexAttr>()) {
    if (A->isImplicit() || A->isInherited())
      continue;
    // Written in the declaration, not applied by #pragma clang attribute
    // (vmlinux.h's pragma covers its forward declarations too).
    SourceLocation Loc = SM.getExpansionLoc(A->getLocation());
    if (!SM.isPointWithin(Loc, Begin, End))
      continue;
    if (auto B = Diags.report(MsgAttributeUndefined, A->getLocation()))
      *B << Ctx.getRecordType(RD) << A->getRange();
  }
  return true;
}

class CoreChecksConsumer : public ASTConsumer {
  CompilerInstance &CI;
  PluginOptions Opts;
  /// The main file's top-level declarations and what a header puts in
  /// the object by itself, in order.
  std::vector<Decl *> Roots;

public:
  CoreChecksConsumer(CompilerInstance &CI, const PluginOptions &Opts)
      : CI(CI), Opts(Opts) {}

  /// A header's definition that is in the object whether or not the main
  /// file names it: a program or global with external linkage, or one
  /// kept by a section or "used" (strobemeta.h and pyperf.h define the
  /// selftests' programs).
  static bool isEmittedAnyway(const Decl *D) {
    const auto *ND = dyn_cast<NamedDecl>(D);
    if (!ND || (!ND->hasAttr<SectionAttr>() && !ND->hasAttr<UsedAttr>() &&
                !ND->isExternallyVisible()))
      return false;
    if (const auto *FD = dyn_cast<FunctionDecl>(D))
      return FD->doesThisDeclarationHaveABody();
    if (const auto *VD = dyn_cast<VarDecl>(D))
      return VD->isThisDeclarationADefinition() != VarDecl::DeclarationOnly;
    return false;
  }

  bool HandleTopLevelDecl(DeclGroupRef DG) override {
    const SourceManager &SM = CI.getSourceManager();
    for (Decl *D : DG)
      if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())) ||
          isEmittedAnyway(D))
        Roots.push_back(D);
    return true;
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    // After a real error the AST may be incomplete; errors that are
    // warnings made errors by -Werror do not count.
    if (CI.getDiagnostics().hasUncompilableErrorOccurred())
      return;
    llvm::NamedRegionTimer T("core-checks",
                             "(in the front end) CO-RE source checks",
                             corecc::TimeReportGroup, corecc::TimeReportTitle,
                             CI.getCodeGenOpts().TimePasses);
    CheckDiags Diags(CI.getDiagnostics(), Opts);
    CoreVisitor V(Ctx, CI.getPreprocessor(), Diags, Opts.CoreccLowering);
    V.walkUsed(Roots);
  }
};

} // namespace

bool corecc::plugin::isKnownCheck(StringRef Name) {
  for (const CheckInfo &C : Checks)
    if (Name == C.Name)
      return true;
  return false;
}

std::string corecc::plugin::knownCheckNames() {
  std::string Names;
  for (const CheckInfo &C : Checks)
    Names += (Names.empty() ? "" : ", ") + std::string(C.Name);
  return Names;
}

std::unique_ptr<ASTConsumer>
corecc::plugin::createCoreChecksConsumer(CompilerInstance &CI,
                                         const PluginOptions &Opts) {
  return std::make_unique<CoreChecksConsumer>(CI, Opts);
}
