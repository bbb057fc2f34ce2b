// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreTypes.cpp - What the checks call a CO-RE type ------------------===//

#include "CoreTypes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace corecc {
namespace plugin {

bool isCoreRecord(const RecordDecl *RD) {
  if (!RD)
    return false;
  // An attribute on a forward declaration is inherited by the definition;
  // clang's code generation asks the definition.
  if (const RecordDecl *Def = RD->getDefinition())
    RD = Def;
  return RD->hasAttr<BPFPreserveAccessIndexAttr>();
}

const RecordDecl *recordOf(const ASTContext &Ctx, QualType T) {
  if (T.isNull())
    return nullptr;
  return Ctx.getBaseElementType(T)->getAsRecordDecl();
}

bool hasStableLayout(const RecordDecl *RD) {
  // Layouts fixed by a wire format (their sizes are the protocol's) or by
  // the BPF UAPI (program contexts, which the verifier rewrites, and the
  // objects helpers and kfuncs take). vmlinux.h marks them CO-RE like every
  // other record, so without this list every XDP parser's
  // `if ((void *)(eth + 1) > data_end)` would be reported.
  static const llvm::StringSet<> Stable = {
      // Network headers (include/uapi/linux/{if_ether,if_arp,ip,ipv6,...}).
      "ethhdr", "vlan_hdr", "vlan_ethhdr", "arphdr", "iphdr", "ip_auth_hdr",
      "ip_esp_hdr", "ipv6hdr", "ipv6_opt_hdr", "ipv6_rt_hdr", "frag_hdr",
      "tcphdr", "udphdr", "icmphdr", "icmp6hdr", "igmphdr", "sctphdr",
      "gre_base_hdr", "in_addr", "in6_addr", "sockaddr", "sockaddr_in",
      "sockaddr_in6", "sockaddr_un", "sockaddr_ll", "sockaddr_nl",
      "sockaddr_vm", "__kernel_sockaddr_storage",
      // Other user-space ABI: system-call arguments, whose layout a kernel
      // cannot change without breaking programs (include/uapi/linux/*.h).
      // The 32-bit compat forms are as fixed as the native ones.
      "iovec", "user_msghdr", "mmsghdr", "compat_iovec", "compat_msghdr",
      "compat_mmsghdr", "ucred", "__kernel_timespec", "__kernel_old_timeval",
      "__kernel_old_timespec", "timespec", "timeval", "rlimit", "sock_filter",
      "sock_fprog", "seccomp_data", "bpf_insn",
      // The saved registers: fixed by the architecture's ABI (ptrace shows
      // them to user space), so one -D__TARGET_ARCH_x build fits every
      // kernel of that architecture.
      "pt_regs", "user_pt_regs", "user_regs_struct",
      // BPF program contexts and UAPI objects (include/uapi/linux/bpf.h).
      "__sk_buff", "xdp_md", "bpf_sock", "bpf_sock_tuple", "bpf_tcp_sock",
      "bpf_xdp_sock", "bpf_sock_addr", "bpf_sock_ops", "sk_msg_md",
      "sk_reuseport_md", "bpf_sk_lookup", "bpf_sysctl", "bpf_sockopt",
      "bpf_flow_keys", "bpf_perf_event_data", "bpf_perf_event_value",
      "bpf_raw_tracepoint_args", "bpf_fib_lookup", "bpf_redir_neigh",
      "bpf_spin_lock", "bpf_res_spin_lock", "bpf_timer", "bpf_wq", "bpf_dynptr",
      "bpf_list_head", "bpf_list_node", "bpf_rb_root", "bpf_rb_node",
      "bpf_refcount", "bpf_pidns_info", "bpf_tunnel_key", "bpf_xfrm_state",
      "bpf_cgroup_dev_ctx", "bpf_iter_num", "bpf_stack_build_id",
      // Program contexts whose loads the verifier checks or rewrites by
      // their own rules (netfilter programs), and perf's UAPI records.
      "bpf_nf_ctx", "perf_branch_entry", "perf_event_header"};
  // An anonymous struct or union inside a record has that record's layout
  // ("sizeof(tuple->ipv6)" of bpf_sock_tuple).
  while (RD && !RD->getIdentifier() && !RD->getTypedefNameForAnonDecl())
    RD = dyn_cast<RecordDecl>(RD->getDeclContext());
  return RD && RD->getIdentifier() && Stable.contains(RD->getName());
}

const TagDecl *anonymousRoot(QualType T) {
  const Type *Ty = T.getTypePtrOrNull();
  while (Ty) {
    if (isa<TypedefType>(Ty))
      return nullptr;
    if (const auto *TT = dyn_cast<TagType>(Ty)) {
      const TagDecl *TD = TT->getDecl();
      return TD->getIdentifier() ? nullptr : TD;
    }
    // One step of sugar at a time (elaborated `struct s`, typeof, parens,
    // attributes), so that a typedef on the way is seen.
    QualType Next = Ty->getLocallyUnqualifiedSingleStepDesugaredType();
    if (Next.getTypePtr() == Ty)
      return nullptr;
    Ty = Next.getTypePtr();
  }
  return nullptr;
}

bool isInCoreMacro(const SourceManager &SM, SourceLocation Loc) {
  if (!Loc.isMacroID())
    return false;
  // The token's spelling: in bpf_core_read.h for the macros' own tokens, in
  // the user's file for what the user passed as an argument.
  SourceLocation Spelling = SM.getSpellingLoc(Loc);
  StringRef File = SM.getFilename(Spelling);
  return llvm::sys::path::filename(File) == "bpf_core_read.h";
}

bool isOwnStorage(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      // A member of a record of the program's own (an event, a map value)
      // is the program's memory, wherever the pointer to it comes from.
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
          FD && !isCoreRecord(FD->getParent()))
        return true;
      if (ME->isArrow())
        return false;
      E = ME->getBase();
      continue;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      // a[i] on an array (decayed to a pointer), not on a pointer.
      const Expr *Base = AS->getBase()->IgnoreParenImpCasts();
      if (!Base->getType()->isArrayType())
        return false;
      E = Base;
      continue;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return isa<VarDecl>(DRE->getDecl());
    return isa<CompoundLiteralExpr>(E);
  }
  return false;
}

CharSourceRange fileRange(const SourceManager &SM, const LangOptions &LO,
                          SourceRange R) {
  if (R.isInvalid())
    return CharSourceRange();
  return Lexer::makeFileCharRange(CharSourceRange::getTokenRange(R), SM, LO);
}

std::string sourceText(const SourceManager &SM, const LangOptions &LO,
                       SourceRange R) {
  CharSourceRange FR = fileRange(SM, LO, R);
  if (FR.isInvalid())
    return "";
  bool Invalid = false;
  StringRef Text = Lexer::getSourceText(FR, SM, LO, &Invalid);
  return Invalid ? "" : Text.str();
}

} // namespace plugin
} // namespace corecc
