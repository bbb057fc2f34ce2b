// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFDiagnostics.h - Source locations for backend errors -*- C++
//-*-===//
//
// Errors about a whole function (its signature, its stack frame) have no
// instruction to point at, and debug information records only the line of a
// function, not its column. Clang points such errors at the function's name,
// and so do we: the name is looked up on the function's line in the source
// file, giving "prog.c:12:5: error: function 'f' takes 6 arguments".
//
//   int six(int a, int b, int c, int d, int e, int f) { ... }
//       ^ column 5
//
// When the source cannot be read (IR input, a deleted file) the location is
// the function's line alone.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFDIAGNOSTICS_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFDIAGNOSTICS_H

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugLoc.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace llvm {
namespace corebpf {

/// The 1-based column of identifier Name on line Line of File's text, or 0:
/// its first whole-word occurrence, followed by "(" when \p Declarator (a
/// function's name is followed by its parameter list).
inline unsigned findNameColumn(StringRef Text, unsigned Line, StringRef Name,
                               bool Declarator = true) {
  StringRef Rest = Text;
  for (unsigned L = 1; L < Line; ++L) {
    size_t NL = Rest.find('\n');
    if (NL == StringRef::npos)
      return 0;
    Rest = Rest.drop_front(NL + 1);
  }
  StringRef LineText = Rest.take_until([](char C) { return C == '\n'; });
  auto IsIdent = [](char C) { return isAlnum(C) || C == '_' || C == '$'; };
  for (size_t Pos = LineText.find(Name); Pos != StringRef::npos;
       Pos = LineText.find(Name, Pos + 1)) {
    bool StartOK = Pos == 0 || !IsIdent(LineText[Pos - 1]);
    size_t End = Pos + Name.size();
    bool EndOK = End == LineText.size() || !IsIdent(LineText[End]);
    if (StartOK && EndOK &&
        (!Declarator || LineText.drop_front(End).ltrim().starts_with("(")))
      return Pos + 1;
  }
  return 0;
}

/// The text of \p File: embedded in the debug information (-gembed-source)
/// or read from \p FS into \p Buf, which keeps it alive; "" if unreadable.
inline StringRef sourceTextOf(const DIFile *File, vfs::FileSystem &FS,
                              std::unique_ptr<MemoryBuffer> &Buf) {
  if (!File)
    return "";
  if (std::optional<StringRef> Embedded = File->getSource())
    return *Embedded;
  SmallString<256> Path(File->getFilename());
  if (!sys::path::is_absolute(Path) && !File->getDirectory().empty()) {
    Path = File->getDirectory();
    sys::path::append(Path, File->getFilename());
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> B =
      FS.getBufferForFile(Path, /*FileSize=*/-1,
                          /*RequiresNullTerminator=*/false);
  if (!B)
    return "";
  Buf = std::move(*B);
  return Buf->getBuffer();
}

/// Where to report a problem with function F as a whole: its name in the
/// source, or its line, or nowhere (no debug information). It reads the
/// source file: call it only for a diagnostic that is reported (once per
/// function for every function would make a compile quadratic in the
/// file's size).
inline DiagnosticLocation functionLocation(const Function &F,
                                           vfs::FileSystem &FS) {
  const DISubprogram *SP = F.getSubprogram();
  if (!SP)
    return DiagnosticLocation();
  std::unique_ptr<MemoryBuffer> Buf;
  unsigned Col =
      findNameColumn(sourceTextOf(SP->getFile(), FS, Buf), SP->getLine(),
                     SP->getName().empty() ? F.getName() : SP->getName());
  if (!Col)
    return DiagnosticLocation(SP);
  DebugLoc DL = DILocation::get(F.getContext(), SP->getLine(), Col,
                                const_cast<DISubprogram *>(SP));
  return DiagnosticLocation(DL);
}

} // namespace corebpf
} // namespace llvm

#endif
