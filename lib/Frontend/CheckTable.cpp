// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CheckTable.cpp - The checks, their flags and messages --------------===//
//
// What each message says, and why, is in docs/core-checks.md.
//
//===----------------------------------------------------------------------===//

#include "CheckTable.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace corecc {
namespace plugin {

const CheckInfo Checks[NumChecks] = {
    {"empty-builtin", false, false}, {"bitfield", false, false},
    {"sizeof", false, false},        {"offsetof", false, false},
    {"copy", false, false},          {"attribute", false, false},
    {"anonymous-root", true, false}, {"unrelocatable", false, true},
};

namespace {

struct MessageInfo {
  CheckID Check;
  const char *Format;
};

// The common ending of the messages about copies.
#define COPY_REASON                                                            \
  "but accesses to the copy's fields are relocated to the running kernel's "   \
  "offsets, which can lie outside the copy"

const MessageInfo Messages[NumMessages] = {
    // MsgEmptyBuiltin
    {EmptyBuiltin,
     "__builtin_preserve_access_index has no effect here: the expression "
     "contains no member or array access to relocate"},
    // MsgBitfieldRead: field, record type, which macro (0 probed, 1 direct
    // by program type, 2 direct on own memory), section.
    {Bitfield,
     "bitfield %0 of CO-RE type %1 is read with this compile's shift and "
     "mask (only its byte offset is relocated), so its value is wrong on a "
     "kernel whose layout differs; use "
     "%select{BPF_CORE_READ_BITFIELD_PROBED(), which reads through "
     "bpf_probe_read_kernel and works for any pointer "
     "(BPF_CORE_READ_BITFIELD() loads directly, which tp_btf, fentry, fexit, "
     "lsm and iter programs may do)|BPF_CORE_READ_BITFIELD(), a direct load, "
     "which a '%3' program may do|BPF_CORE_READ_BITFIELD(), a direct load of "
     "the program's own memory}2"},
    // MsgBitfieldWrite: field, record type.
    {Bitfield, "bitfield %0 of CO-RE type %1 is written with this compile's "
               "shift and mask (only its byte offset is relocated), so the "
               "write changes the wrong bits on a kernel whose layout "
               "differs"},
    // MsgSizeof: type.
    {Sizeof, "the size of CO-RE type %0 is this compile's, and the running "
             "kernel's can differ; use bpf_core_type_size(), which libbpf "
             "relocates to the kernel's size"},
    // MsgSizeofConstant: type.
    {Unrelocatable,
     "the size of CO-RE type %0 is this compile's, and the running "
     "kernel's can differ; in a constant expression it cannot be "
     "relocated (bpf_core_type_size() is a run-time value)"},
    // MsgAlignof: type.
    {Unrelocatable,
     "the alignment of CO-RE type %0 is this compile's, and the "
     "running kernel's can differ; CO-RE has no relocation for it"},
    // MsgPointerArith: pointee type.
    {Sizeof, "arithmetic on a pointer to CO-RE type %0 steps by this "
             "compile's size of it, and the running kernel's can differ; "
             "index with a constant instead (&p[n]), which CO-RE relocates "
             "when p is a variable or a member"},
    // MsgPointerDiff: pointee type.
    {Sizeof, "the difference of two pointers to CO-RE type %0 divides by "
             "this compile's size of it, and the running kernel's can "
             "differ"},
    // MsgOffsetof: type, designator.
    {Offsetof, "the offset of '%1' in CO-RE type %0 is this compile's: "
               "offsetof is not relocated; use bpf_core_field_offset(), which "
               "libbpf relocates to the running kernel's offset"},
    // MsgOffsetofConstant: type, designator.
    {Unrelocatable, "the offset of '%1' in CO-RE type %0 is this compile's: a "
                    "constant expression is not relocated, and the running "
                    "kernel's offset can differ"},
    // MsgCopy: type.
    {Copy, "whole-object copy of CO-RE type %0: it copies this compile's "
           "size of it, " COPY_REASON
           "; copy the fields you need with BPF_CORE_READ()"},
    // MsgCopyCall: callee, type.
    {Copy,
     "%0 copies a whole object of CO-RE type %1, of this compile's "
     "size, " COPY_REASON "; copy the fields you need with BPF_CORE_READ()"},
    // MsgCopyParam: function, type.
    {Copy, "%0 takes CO-RE type %1 by value: each call copies this compile's "
           "size of it, " COPY_REASON "; pass a pointer"},
    // MsgCopyReturn: function, type.
    {Copy,
     "%0 returns CO-RE type %1 by value: the copy has this compile's "
     "size of it, " COPY_REASON "; return a pointer or the fields you need"},
    // MsgAttributeUndefined: type.
    {Attribute, "'preserve_access_index' on a declaration of %0 has no "
                "effect: %0 is not defined in this translation unit, so there "
                "is no layout to relocate (put the attribute on the "
                "definition)"},
    // MsgAnonymousRoot: struct/union/enum.
    {AnonymousRoot,
     "CO-RE relocation rooted at an anonymous %select{struct|union|enum}0: "
     "libbpf finds the kernel's type by name and rejects the object at load "
     "time (\"relocation doesn't support anonymous types\")"},
};

#undef COPY_REASON

const char *const Notes[NumNotes] = {
    // NoteAnonymousMember: member, record type.
    "it is the type of member %0 of %1: access it through %1, which roots "
    "the relocation there",
    // NoteAnonymousDefined: struct/union/enum.
    "the anonymous %select{struct|union|enum}0 is defined here; give it the "
    "name of the kernel's type",
};

} // namespace

CheckDiags::CheckDiags(DiagnosticsEngine &DE, const PluginOptions &Opts)
    : DE(DE) {
  for (unsigned C = 0; C < NumChecks; ++C)
    Levels[C] = Opts.levelOf(Checks[C].Name, DE.getIgnoreAllWarnings(),
                             Checks[C].DefaultError, Checks[C].DefaultOff);
  for (unsigned M = 0; M < NumMessages; ++M) {
    const CheckInfo &C = Checks[Messages[M].Check];
    CheckLevel L = Levels[Messages[M].Check];
    if (L == CheckLevel::Ignored)
      continue;
    // The flag, as Clang shows it: [-Werror,-Wx] for a warning made an
    // error (by -Werror=core[-x]), [-Wx] for one that is an error by
    // default.
    bool ByWerror = L == CheckLevel::Error && !C.DefaultError;
    std::string Format = std::string(Messages[M].Format) + " [" +
                         (ByWerror ? "-Werror," : "") + "-Wcore-" + C.Name +
                         "]";
    IDs[M] = DE.getDiagnosticIDs()->getCustomDiagID(
        L == CheckLevel::Error ? DiagnosticIDs::Error : DiagnosticIDs::Warning,
        Format);
  }
  for (unsigned N = 0; N < NumNotes; ++N)
    NoteIDs[N] =
        DE.getDiagnosticIDs()->getCustomDiagID(DiagnosticIDs::Note, Notes[N]);
}

std::optional<DiagnosticBuilder> CheckDiags::report(MessageID M,
                                                    SourceLocation Loc) {
  if (!IDs[M])
    return std::nullopt;
  // Custom diagnostics skip Clang's rule that warnings in system headers
  // are not shown (unless -Wsystem-headers); apply it here.
  if (Levels[Messages[M].Check] == CheckLevel::Warning &&
      DE.getSuppressSystemWarnings() && Loc.isValid() &&
      DE.hasSourceManager()) {
    const SourceManager &SM = DE.getSourceManager();
    if (SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
      return std::nullopt;
  }
  return DE.Report(Loc, IDs[M]);
}

DiagnosticBuilder CheckDiags::note(NoteID N, SourceLocation Loc) {
  return DE.Report(Loc, NoteIDs[N]);
}

} // namespace plugin
} // namespace corecc
