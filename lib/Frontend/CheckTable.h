// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CheckTable.h - The checks, their flags and messages ------*- C++ -*-===//
//
// One row per check (the <name> of -Wcore-<name>), one row per message a
// check can give. CheckDiags turns the rows into Clang diagnostics at the
// level the flags give (PluginOptions.h): Clang 19 does not map custom
// diagnostics by flag, so the flag is part of the message, as Clang prints
// it: "... [-Wcore-<name>]", "... [-Werror,-Wcore-<name>]".
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_FRONTEND_CHECKTABLE_H
#define CORECC_LIB_FRONTEND_CHECKTABLE_H

#include "PluginOptions.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>
#include <string>

namespace corecc {
namespace plugin {

enum CheckID {
  EmptyBuiltin,
  Bitfield,
  Sizeof,
  Offsetof,
  Copy,
  Attribute,
  AnonymousRoot,
  Unrelocatable,
  NumChecks
};

struct CheckInfo {
  const char *Name;
  /// An error unless -Wno-error=core[-<name>] (what it finds cannot load).
  bool DefaultError;
  /// Off unless -Wcore-<name> names it (-Wcore does not): what it finds has
  /// no CO-RE alternative the program could use, so by default it would be
  /// noise nobody can act on.
  bool DefaultOff;
};

extern const CheckInfo Checks[NumChecks];

/// The messages, each of one check. The text is a Clang diagnostic format
/// (%0, %select{...}).
enum MessageID {
  MsgEmptyBuiltin,
  MsgBitfieldRead,
  MsgBitfieldWrite,
  MsgSizeof,
  MsgSizeofConstant,
  MsgAlignof,
  MsgPointerArith,
  MsgPointerDiff,
  MsgOffsetof,
  MsgOffsetofConstant,
  MsgCopy,
  MsgCopyCall,
  MsgCopyParam,
  MsgCopyReturn,
  MsgAttributeUndefined,
  MsgAnonymousRoot,
  NumMessages
};

/// Notes, which follow a message that was given.
enum NoteID { NoteAnonymousMember, NoteAnonymousDefined, NumNotes };

/// The diagnostic IDs of the enabled checks, at their levels.
class CheckDiags {
  clang::DiagnosticsEngine &DE;
  CheckLevel Levels[NumChecks] = {};
  unsigned IDs[NumMessages] = {};
  unsigned NoteIDs[NumNotes] = {};

public:
  CheckDiags(clang::DiagnosticsEngine &DE, const PluginOptions &Opts);

  /// Starts message M at Loc, or returns std::nullopt when its check is off
  /// (or, for a warning, when Loc is in a system header, as Clang does).
  std::optional<clang::DiagnosticBuilder> report(MessageID M,
                                                 clang::SourceLocation Loc);
  /// Starts a note; give it only after a message that was reported.
  clang::DiagnosticBuilder note(NoteID N, clang::SourceLocation Loc);
};

} // namespace plugin
} // namespace corecc

#endif
