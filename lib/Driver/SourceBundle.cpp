// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- SourceBundle.cpp - The sources a preprocessed file came from -------===//
//
// The bundle is a C comment, so that the .i stays a valid translation unit
// for any compiler:
//
//   /* corecc-sources 1
//   <payload, escaped>
//   */
//   /* corecc-sources-end <offset of the first line above> */
//
// The payload is a sequence of fields, each a tag letter, a decimal length,
// ':' and that many bytes: W (working directory), A (a cc1 argument), F
// (a file's absolute path) followed by D (its bytes). The escaping keeps the
// comment one comment in every language mode, and quiet under -Wcomment: a
// backslash before '\', NUL (as "\0"), a '/' after '*', a '*' after '/'
// and a '?' after '?' (no trigraph).
//
//===----------------------------------------------------------------------===//

#include "SourceBundle.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/PreprocessorOutputOptions.h"
#include "clang/Frontend/Utils.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace llvm;
using namespace corecc;

namespace {

constexpr StringLiteral Header = "/* corecc-sources 1\n";
constexpr StringLiteral Footer = "\n*/\n";
constexpr StringLiteral EndPrefix = "/* corecc-sources-end ";
constexpr StringLiteral EndSuffix = " */\n";

void addField(std::string &Out, char Tag, StringRef Bytes) {
  Out += Tag;
  Out += utostr(Bytes.size());
  Out += ':';
  Out += Bytes;
}

void writeEscaped(raw_ostream &OS, StringRef S) {
  char Prev = 0;
  for (char C : S) {
    if (C == '\\')
      OS << "\\\\";
    else if (C == '\0')
      OS << "\\0";
    else if ((C == '/' && Prev == '*') || (C == '*' && Prev == '/') ||
             (C == '?' && Prev == '?'))
      OS << '\\' << C;
    else
      OS << C;
    Prev = C;
  }
}

Expected<std::string> unescape(StringRef S) {
  std::string Out;
  Out.reserve(S.size());
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C != '\\') {
      Out += C;
      continue;
    }
    if (++I == S.size())
      return createStringError(inconvertibleErrorCode(),
                               "a '\\' ends the payload");
    char E = S[I];
    if (E == '0')
      Out += '\0';
    else if (E == '\\' || E == '/' || E == '*' || E == '?')
      Out += E;
    else
      return createStringError(inconvertibleErrorCode(),
                               "unknown escape '\\" + std::string(1, E) + "'");
  }
  return Out;
}

/// Reads one field of \p Tag at \p Pos.
Expected<std::string> takeField(StringRef P, size_t &Pos, char Tag) {
  auto Bad = [&](const Twine &Why) {
    return createStringError(inconvertibleErrorCode(),
                             "field at byte " + Twine(Pos) + ": " + Why);
  };
  if (Pos >= P.size() || P[Pos] != Tag)
    return Bad("expected '" + std::string(1, Tag) + "'");
  size_t Colon = P.find(':', Pos + 1);
  uint64_t Len;
  if (Colon == StringRef::npos ||
      P.slice(Pos + 1, Colon).getAsInteger(10, Len) ||
      Len > P.size() - Colon - 1)
    return Bad("bad length");
  std::string Out = P.substr(Colon + 1, Len).str();
  Pos = Colon + 1 + Len;
  return Out;
}

std::string workingDirOf(const clang::CompilerInstance &CI) {
  std::string Dir = CI.getFileSystemOpts().WorkingDir;
  if (Dir.empty()) {
    SmallString<256> Cwd;
    if (!sys::fs::current_path(Cwd))
      Dir = Cwd.str().str();
  }
  return Dir;
}

/// -E into a string, as PrintPreprocessedAction writes it into a file.
class PreprocessToString : public clang::PreprocessorFrontendAction {
  std::string &Out;

public:
  explicit PreprocessToString(std::string &Out) : Out(Out) {}
  void ExecuteAction() override {
    clang::CompilerInstance &CI = getCompilerInstance();
    raw_string_ostream OS(Out);
    clang::DoPrintPreprocessedInput(CI.getPreprocessor(), &OS,
                                    CI.getPreprocessorOutputOpts());
  }
};

} // namespace

bool corecc::wantsSourceBundle(const clang::CompilerInstance &CI) {
  const clang::FrontendOptions &FO = CI.getFrontendOpts();
  const clang::PreprocessorOutputOptions &PO = CI.getPreprocessorOutputOpts();
  return FO.ProgramAction == clang::frontend::PrintPreprocessedInput &&
         PO.ShowCPP && PO.ShowLineMarkers && !PO.ShowMacros &&
         FO.Inputs.size() == 1 && FO.Inputs[0].isFile() &&
         FO.Inputs[0].getFile() != "-" &&
         !FO.Inputs[0].getKind().isPreprocessed() &&
         CI.getPreprocessorOpts().ImplicitPCHInclude.empty();
}

Error corecc::writeSourceBundle(clang::CompilerInstance &CI,
                                ArrayRef<std::string> CC1Args,
                                StringRef TextPath, StringRef OutputPath) {
  auto Fail = [&](const Twine &What, const Twine &Why) {
    return createStringError(inconvertibleErrorCode(),
                             "cannot " + What + ": " + Why);
  };
  std::string Payload;
  std::string WorkingDir = workingDirOf(CI);
  addField(Payload, 'W', WorkingDir);
  // Where the text and a depfile go does not change what is preprocessed,
  // and a cache that runs -E into a temporary file (ccache) must see the
  // same bundle every time.
  for (size_t I = 0; I < CC1Args.size(); ++I) {
    StringRef A = CC1Args[I];
    if (A == "-o" || A == "-dependency-file" || A == "-MT" || A == "-MQ") {
      ++I;
      continue;
    }
    addField(Payload, 'A', A);
  }

  // Every file found, also those only looked at (__has_include): on the
  // other machine, the same lookups must find the same files.
  clang::FileManager &FM = CI.getFileManager();
  SmallVector<clang::OptionalFileEntryRef, 64> Found;
  FM.GetUniqueIDMapping(Found);
  std::vector<std::pair<std::string, clang::FileEntryRef>> Files;
  for (clang::OptionalFileEntryRef F : Found) {
    if (!F)
      continue;
    SmallString<256> Path(F->getName());
    if (!sys::path::is_absolute(Path)) {
      SmallString<256> Abs(WorkingDir);
      sys::path::append(Abs, Path);
      Path = Abs;
    }
    Files.emplace_back(Path.str().str(), *F);
  }
  llvm::sort(Files,
             [](const auto &A, const auto &B) { return A.first < B.first; });
  for (auto &[Path, Ref] : Files) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
        FM.getBufferForFile(Ref, /*isVolatile=*/false,
                            /*RequiresNullTerminator=*/false);
    if (!Buf)
      return Fail("read '" + Path + "' for the preprocessed output",
                  Buf.getError().message());
    addField(Payload, 'F', Path);
    addField(Payload, 'D', (*Buf)->getBuffer());
  }

  ErrorOr<std::unique_ptr<MemoryBuffer>> Text =
      MemoryBuffer::getFile(TextPath, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!Text)
    return Fail("read '" + TextPath + "'", Text.getError().message());
  uint64_t TextSize = (*Text)->getBufferSize();

  bool Append = OutputPath == TextPath;
  std::error_code EC;
  raw_fd_ostream OS(OutputPath, EC,
                    Append ? sys::fs::OF_Append : sys::fs::OF_None);
  if (EC)
    return Fail("write '" + OutputPath + "'", EC.message());
  if (!Append)
    OS << (*Text)->getBuffer();
  OS << Header;
  writeEscaped(OS, Payload);
  OS << Footer << EndPrefix << TextSize << EndSuffix;
  OS.flush();
  if (OS.has_error()) {
    std::string Msg = OS.error().message();
    OS.clear_error();
    return Fail("write '" + OutputPath + "'", Msg);
  }
  return Error::success();
}

Expected<std::optional<SourceBundle>> corecc::readSourceBundle(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(
      Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buf)
    return std::nullopt; // Clang says why when it opens the input
  return readSourceBundle(*Buf);
}

bool corecc::mayHaveSourceBundle(StringRef Text) {
  return Text.ends_with(EndSuffix);
}

Expected<std::optional<SourceBundle>>
corecc::readSourceBundle(std::unique_ptr<MemoryBuffer> &Buf) {
  StringRef All = Buf->getBuffer();
  if (!All.ends_with(EndSuffix))
    return std::nullopt;
  size_t LastLine = All.rfind('\n', All.size() - 2);
  LastLine = LastLine == StringRef::npos ? 0 : LastLine + 1;
  StringRef End = All.substr(LastLine);
  if (!End.consume_front(EndPrefix))
    return std::nullopt;
  End.consume_back(EndSuffix);
  auto Bad = [](const Twine &Why) {
    return createStringError(inconvertibleErrorCode(), Why);
  };
  uint64_t TextSize;
  if (End.getAsInteger(10, TextSize) || TextSize > LastLine ||
      !All.substr(TextSize).starts_with(Header) ||
      LastLine < TextSize + Header.size() + Footer.size() ||
      All.slice(LastLine - Footer.size(), LastLine) != Footer)
    return Bad("its end line does not point at the bundle (edited?)");

  Expected<std::string> Payload =
      unescape(All.slice(TextSize + Header.size(), LastLine - Footer.size()));
  if (!Payload)
    return Payload.takeError();
  SourceBundle B;
  StringRef P = *Payload;
  size_t Pos = 0;
  Expected<std::string> W = takeField(P, Pos, 'W');
  if (!W)
    return W.takeError();
  B.WorkingDir = std::move(*W);
  while (Pos < P.size() && P[Pos] == 'A') {
    Expected<std::string> A = takeField(P, Pos, 'A');
    if (!A)
      return A.takeError();
    B.CC1Args.push_back(std::move(*A));
  }
  while (Pos < P.size()) {
    Expected<std::string> F = takeField(P, Pos, 'F');
    if (!F)
      return F.takeError();
    Expected<std::string> D = takeField(P, Pos, 'D');
    if (!D)
      return D.takeError();
    B.Files.emplace_back(std::move(*F), std::move(*D));
  }
  if (B.WorkingDir.empty() || B.CC1Args.empty())
    return Bad("no working directory or no arguments");
  B.Text = All.take_front(TextSize);
  B.Input = std::move(Buf);
  return std::optional<SourceBundle>(std::move(B));
}

IntrusiveRefCntPtr<vfs::FileSystem>
corecc::bundleFileSystem(const SourceBundle &B) {
  auto Mem = makeIntrusiveRefCnt<vfs::InMemoryFileSystem>();
  for (const auto &[Path, Bytes] : B.Files)
    Mem->addFile(Path, 0,
                 MemoryBuffer::getMemBuffer(Bytes, Path,
                                            /*RequiresNullTerminator=*/true));
  auto FS =
      makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  FS->pushOverlay(Mem);
  return FS;
}

Error corecc::importSourceBundle(clang::CompilerInvocation &Inv,
                                 const SourceBundle &B,
                                 bool KeepCompilationDir) {
  std::vector<const char *> Argv;
  for (const std::string &A : B.CC1Args)
    Argv.push_back(A.c_str());
  clang::CompilerInvocation Client;
  IntrusiveRefCntPtr<clang::DiagnosticOptions> DiagOpts =
      new clang::DiagnosticOptions();
  clang::DiagnosticsEngine Quiet(
      IntrusiveRefCntPtr<clang::DiagnosticIDs>(new clang::DiagnosticIDs()),
      &*DiagOpts, new clang::IgnoringDiagConsumer(), /*ShouldOwnClient=*/true);
  if (!clang::CompilerInvocation::CreateFromArgs(Client, Argv, Quiet) ||
      Client.getFrontendOpts().Inputs.size() != 1)
    return createStringError(inconvertibleErrorCode(),
                             "its arguments are not a compile of one file");

  // What preprocessing read, and how.
  Inv.getPreprocessorOpts() = Client.getPreprocessorOpts();
  Inv.getHeaderSearchOpts() = Client.getHeaderSearchOpts();
  Inv.getPreprocessorOutputOpts() = Client.getPreprocessorOutputOpts();
  Inv.getFileSystemOpts() = Client.getFileSystemOpts();
  if (Inv.getFileSystemOpts().WorkingDir.empty())
    Inv.getFileSystemOpts().WorkingDir = B.WorkingDir;
  Inv.getFrontendOpts().Inputs = Client.getFrontendOpts().Inputs;

  // The names the debug information gives the compile.
  clang::CodeGenOptions &CGO = Inv.getCodeGenOpts();
  const clang::CodeGenOptions &ClientCGO = Client.getCodeGenOpts();
  CGO.MainFileName = ClientCGO.MainFileName;
  if (!KeepCompilationDir) {
    CGO.DebugCompilationDir = ClientCGO.DebugCompilationDir.empty()
                                  ? B.WorkingDir
                                  : ClientCGO.DebugCompilationDir;
    CGO.CoverageCompilationDir = ClientCGO.CoverageCompilationDir;
  }
  return Error::success();
}

bool corecc::reproducesText(const clang::CompilerInvocation &Inv,
                            IntrusiveRefCntPtr<vfs::FileSystem> FS,
                            const SourceBundle &B) {
  clang::CompilerInstance CI;
  auto Copy = std::make_shared<clang::CompilerInvocation>(Inv);
  Copy->getFrontendOpts().ProgramAction =
      clang::frontend::PrintPreprocessedInput;
  Copy->getFrontendOpts().Plugins.clear();
  Copy->getDependencyOutputOpts() = clang::DependencyOutputOptions();
  CI.setInvocation(std::move(Copy));
  CI.createDiagnostics(new clang::IgnoringDiagConsumer(),
                       /*ShouldOwnClient=*/true);
  CI.createFileManager(std::move(FS));
  std::string Out;
  Out.reserve(B.Text.size());
  PreprocessToString Act(Out);
  return CI.ExecuteAction(Act) && !CI.getDiagnostics().hasErrorOccurred() &&
         Out == B.Text;
}
