// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- HeaderCache.cpp - Precompiled large headers, kept between compiles -===//
//
// When a compile's main file begins (after comments) with an #include of a
// large header that includes nothing itself and is wholly guarded
// (vmlinux.h), the header's meaning depends only on its text, its path and
// the compile's options. corecc then keeps a Clang PCH of it, named by a
// hash of all three and of corecc's own identity, and compiles with
// -include-pch: the PCH defines the guard, so the main file's own #include
// is skipped, as a second #include of the header would be.
//
// Entries, in the cache directory's pch/ folder:
//
//   KEY.seen             the header was seen once; it is precompiled when
//                        it is seen again (a single compile gains nothing)
//   KEY-CONTENT.pch      the PCH, named by the hash of its own bytes
//   KEY.ref              "CONTENT SIZE": which PCH is KEY's
//   KEY-CONTENT.ok       "SIZE MTIME INODE" of the PCH when its bytes last
//                        hashed to CONTENT
//   text-PATHHASH        "SIZE MTIME INODE TEXTHASH" of a header at a path
//   KEY.skip             precompiling gave diagnostics: never cached, so
//                        that a warm compile reports what a cold one does
//
// Every file is written under a unique temporary name and renamed into
// place, so a reader sees a whole file or none, and concurrent compiles
// (make -j) at worst build the same PCH twice. A PCH is used only when its
// bytes hash to its name: a stale or damaged entry is rebuilt, never read.
// Hashing 16 MB on every compile would cost more than the rest of the
// lookup (and page in the whole PCH, of which Clang reads a part), so the
// hash is taken again only when the PCH's size, modification time or inode
// differ from those recorded when it last matched (as ccache trusts a
// file's stat): anything that rewrites it is seen.
//
//===----------------------------------------------------------------------===//

#include "HeaderCache.h"
#include "corecc/Config.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/Utils.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <optional>

using namespace llvm;
using namespace corecc;

namespace {

/// Below this a header parses faster than a PCH is worth.
constexpr uint64_t MinHeaderBytes = 256 * 1024;

/// Bumped when the entries' format or meaning changes.
constexpr const char *CacheFormat = "corecc-header-cache-1";

StringRef skipBlanksAndComments(StringRef S) {
  while (true) {
    S = S.ltrim(" \t\r\n\f\v");
    if (S.starts_with("//")) {
      size_t NL = S.find('\n');
      if (NL == StringRef::npos)
        return "";
      // A backslash at the end of a line comment continues it.
      if (NL > 0 && S.substr(0, NL).rtrim('\r').ends_with("\\"))
        return S; // unusual: let the caller decline
      S = S.drop_front(NL + 1);
    } else if (S.starts_with("/*")) {
      size_t End = S.find("*/", 2);
      if (End == StringRef::npos)
        return "";
      S = S.drop_front(End + 2);
    } else {
      return S;
    }
  }
}

/// The directive word of a line that is a directive ("include" for
/// "#  include <x>"), or "".
StringRef directiveOf(StringRef Line) {
  Line = Line.ltrim(" \t");
  if (!Line.consume_front("#"))
    return "";
  Line = Line.ltrim(" \t");
  return Line.take_while([](char C) { return isAlnum(C) || C == '_'; });
}

struct LeadingInclude {
  std::string Name;
  bool Angled = false;
};

/// The #include the main file starts with, if it is the first thing in it.
std::optional<LeadingInclude> leadingInclude(StringRef Source) {
  Source.consume_front("\xEF\xBB\xBF");
  StringRef S = skipBlanksAndComments(Source);
  StringRef Line = S.take_until([](char C) { return C == '\n'; });
  if (directiveOf(Line) != "include" || Line.contains('\\'))
    return std::nullopt;
  StringRef Rest = Line.ltrim(" \t").drop_front().ltrim(" \t");
  Rest = Rest.drop_front(strlen("include")).ltrim(" \t");
  LeadingInclude LI;
  char Close;
  if (Rest.consume_front("\""))
    Close = '"';
  else if (Rest.consume_front("<"))
    Close = '>', LI.Angled = true;
  else
    return std::nullopt; // a macro names the header
  size_t End = Rest.find(Close);
  if (End == 0 || End == StringRef::npos)
    return std::nullopt;
  LI.Name = Rest.substr(0, End).str();
  // Only a comment may follow on the line.
  StringRef Tail = Rest.drop_front(End + 1).trim(" \t\r");
  if (!Tail.empty() && !Tail.starts_with("//") && !Tail.starts_with("/*"))
    return std::nullopt;
  return LI;
}

/// Why Header cannot be precompiled once for every compile that starts
/// with it, or "" if it can: it must include nothing (its meaning is its
/// own text) and be wholly inside its guard (#pragma once, or #ifndef G /
/// #define G ... #endif with no #else at the top), so that the main file's
/// #include of it, after the PCH, is skipped entirely.
std::string whyNotPrecompilable(StringRef Header) {
  if (Header.contains("__has_include"))
    return "it uses __has_include";
  StringRef S = skipBlanksAndComments(Header);
  StringRef First = S.take_until([](char C) { return C == '\n'; });
  bool PragmaOnce = false;
  if (directiveOf(First) == "pragma") {
    SmallVector<StringRef, 3> Words;
    First.split(Words, ' ', -1, /*KeepEmpty=*/false);
    PragmaOnce = Words.size() >= 2 && Words[1].trim() == "once";
  }
  if (!PragmaOnce) {
    if (directiveOf(First) != "ifndef")
      return "it has no include guard";
    StringRef Guard = First.ltrim(" \t#").drop_front(strlen("ifndef")).trim();
    StringRef Next = skipBlanksAndComments(S.drop_front(First.size()));
    StringRef Define = Next.take_until([](char C) { return C == '\n'; });
    if (directiveOf(Define) != "define" ||
        Define.ltrim(" \t#").drop_front(strlen("define")).trim() != Guard)
      return "it has no include guard";
  }
  // One pass over the lines: nesting, and nothing outside the guard.
  int Depth = 0;
  bool Closed = false;
  StringRef Rest = Header;
  while (!Rest.empty()) {
    auto [Line, Tail] = Rest.split('\n');
    Rest = Tail;
    StringRef D = directiveOf(Line);
    if (D.empty())
      continue;
    if (D == "include" || D == "include_next" || D == "import")
      return "it includes other files";
    if (PragmaOnce)
      continue;
    if (Closed)
      return "it has directives after its guard";
    if (D == "if" || D == "ifdef" || D == "ifndef") {
      ++Depth;
    } else if (D == "else" || D == "elif" || D == "elifdef" ||
               D == "elifndef") {
      if (Depth == 1)
        return "its guard has an #else";
    } else if (D == "endif") {
      if (--Depth == 0) {
        Closed = true;
        if (!skipBlanksAndComments(Rest).empty())
          return "it has text after its guard";
      }
    }
  }
  if (!PragmaOnce && !Closed)
    return "its guard is not closed";
  return "";
}

std::string hexHash(ArrayRef<uint8_t> Data) {
  BLAKE3Result<16> H = BLAKE3::hash<16>(Data);
  return toHex(H, /*LowerCase=*/true);
}

ArrayRef<uint8_t> bytes(StringRef S) {
  return ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(S.data()),
                           S.size());
}

/// The cc1 arguments that name this compile's input and outputs, which do
/// not change what the header means: left out of the key, so that every
/// source of a project shares one entry.
bool isPerCompileArg(StringRef A, bool &TakesValue) {
  static const StringSet<> WithValue = {
      "-main-file-name", "-o", "-dependency-file", "-MT", "-MQ", "-x"};
  static const StringSet<> Alone = {"-emit-obj",
                                    "-S",
                                    "-emit-llvm",
                                    "-emit-llvm-bc",
                                    "-emit-llvm-only",
                                    "-sys-header-deps",
                                    "-MP",
                                    "-MV",
                                    "-fsyntax-only"};
  TakesValue = WithValue.contains(A);
  return TakesValue || Alone.contains(A);
}

/// Writes Data to Path through a unique temporary file and a rename.
bool writeAtomically(const Twine &Path, StringRef Data) {
  SmallString<256> Tmp;
  int FD;
  if (sys::fs::createUniqueFile(Path + "-%%%%%%%%.tmp", FD, Tmp))
    return false;
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Data;
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      sys::fs::remove(Tmp);
      return false;
    }
  }
  if (sys::fs::rename(Tmp, Path)) {
    sys::fs::remove(Tmp);
    return false;
  }
  return true;
}

/// A depfile as Clang writes it, without the files the PCH was built from:
/// the main file's #include names the header itself, as it does without
/// the cache, while the PCH would add it again under its absolute path.
class DepFileWithoutPCHInputs : public clang::DependencyFileGenerator {
public:
  using DependencyFileGenerator::DependencyFileGenerator;
  void attachToASTReader(clang::ASTReader &) override {}
};

class HeaderCache {
  clang::CompilerInstance &CI;
  ArrayRef<std::string> CC1Args;
  const HeaderCacheSettings &S;
  StringRef ExePath;
  function_ref<void(clang::CompilerInvocation &)> Configure;

  void say(const Twine &Msg) {
    if (S.Verbose)
      errs() << "corecc: header cache: " << Msg << "\n";
  }

  std::optional<std::string> lookupHeader(StringRef MainFile,
                                          const LeadingInclude &LI);
  std::string key(StringRef HeaderName, StringRef TextHash);
  std::optional<std::string> headerTextHash(StringRef Header, uint64_t &Size);
  bool buildPCH(StringRef HeaderName, StringRef Key, std::string &PCHPath);
  std::optional<std::string> validEntry(StringRef Key);
  void usePCH(StringRef PCHPath, StringRef HeaderName);

public:
  HeaderCache(clang::CompilerInstance &CI, ArrayRef<std::string> CC1Args,
              const HeaderCacheSettings &S, StringRef ExePath,
              function_ref<void(clang::CompilerInvocation &)> Configure)
      : CI(CI), CC1Args(CC1Args), S(S), ExePath(ExePath), Configure(Configure) {
  }
  void run();
};

/// The header as the compile's #include finds it, with Clang's own search
/// (the main file's directory for "", then -iquote, -I, the system
/// directories), named as Clang names it: that name is in the object's
/// debug information.
std::optional<std::string> HeaderCache::lookupHeader(StringRef MainFile,
                                                     const LeadingInclude &LI) {
  clang::FileManager FM(clang::FileSystemOptions{});
  IntrusiveRefCntPtr<clang::DiagnosticOptions> DO =
      new clang::DiagnosticOptions();
  clang::DiagnosticsEngine Diags(
      IntrusiveRefCntPtr<clang::DiagnosticIDs>(new clang::DiagnosticIDs()),
      &*DO, new clang::IgnoringDiagConsumer(), /*ShouldOwnClient=*/true);
  clang::SourceManager SM(Diags, FM);
  clang::CompilerInvocation &Inv = CI.getInvocation();
  clang::HeaderSearch HS(Inv.getHeaderSearchOptsPtr(), SM, Diags,
                         Inv.getLangOpts(), /*Target=*/nullptr);
  clang::ApplyHeaderSearchOptions(HS, Inv.getHeaderSearchOpts(),
                                  Inv.getLangOpts(),
                                  Triple(Inv.getTargetOpts().Triple));
  Expected<clang::FileEntryRef> Main = FM.getFileRef(MainFile);
  if (!Main) {
    consumeError(Main.takeError());
    return std::nullopt;
  }
  // The main file has header info once the preprocessor enters it; the
  // search of its directory reads it (whether it is a system file).
  HS.getFileInfo(*Main);
  std::pair<clang::OptionalFileEntryRef, clang::DirectoryEntryRef> Includer(
      *Main, Main->getDir());
  clang::ConstSearchDirIterator CurDir = nullptr;
  clang::OptionalFileEntryRef F = HS.LookupFile(
      LI.Name, clang::SourceLocation(), LI.Angled, nullptr, &CurDir, Includer,
      nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
  if (!F)
    return std::nullopt;
  return F->getName().str();
}

/// The hash of the header's text. Reading and hashing 5 MB costs about as
/// much as the rest of a hit, so the hash is kept with the header's size,
/// modification time and inode (pch/text-HASH_OF_PATH) and reused while
/// they hold, as ccache's direct mode does; a header modified less than two
/// seconds ago is read every time (a write in the same instant as the
/// record would not change its time).
std::optional<std::string> HeaderCache::headerTextHash(StringRef Header,
                                                       uint64_t &Size) {
  SmallString<256> Abs(Header);
  sys::fs::make_absolute(Abs);
  SmallString<256> Memo(S.Dir);
  sys::path::append(Memo, "pch", "text-" + hexHash(bytes(Abs)));
  sys::fs::file_status St;
  if (sys::fs::status(Header, St))
    return std::nullopt;
  std::string Stamp =
      utostr(St.getSize()) + " " +
      utostr(St.getLastModificationTime().time_since_epoch().count()) + " " +
      utostr(St.getUniqueID().getFile()) + " ";
  Size = St.getSize();
  if (ErrorOr<std::unique_ptr<MemoryBuffer>> M = MemoryBuffer::getFile(Memo)) {
    StringRef Rec = (*M)->getBuffer();
    if (Rec.consume_front(Stamp) && Rec.size() == 33 && Rec.back() == '\n' &&
        all_of(Rec.drop_back(), isHexDigit))
      return Rec.drop_back().str();
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(Header);
  if (!Buf)
    return std::nullopt;
  Size = (*Buf)->getBufferSize();
  std::string Hash = hexHash(bytes((*Buf)->getBuffer()));
  auto Age = std::chrono::system_clock::now() - St.getLastModificationTime();
  if (Size == St.getSize() && Age > std::chrono::seconds(2))
    writeAtomically(Memo, Stamp + Hash + "\n");
  return Hash;
}

std::string HeaderCache::key(StringRef HeaderName, StringRef TextHash) {
  std::string K;
  raw_string_ostream OS(K);
  OS << CacheFormat << '\0' << CORECC_VERSION << '\0'
     << clang::getClangFullVersion() << '\0';
  // This build of corecc: a rebuilt compiler must not read its
  // predecessor's PCHs.
  sys::fs::file_status St;
  if (!sys::fs::status(ExePath, St))
    OS << St.getSize() << '.'
       << St.getLastModificationTime().time_since_epoch().count();
  OS << '\0';
  SmallString<256> CWD;
  sys::fs::current_path(CWD);
  OS << CWD << '\0' << HeaderName << '\0' << TextHash << '\0';
  StringRef Input = CI.getFrontendOpts().Inputs[0].getFile();
  for (size_t I = 0; I < CC1Args.size(); ++I) {
    bool TakesValue;
    if (isPerCompileArg(CC1Args[I], TakesValue)) {
      I += TakesValue;
      continue;
    }
    if (CC1Args[I] == Input)
      continue;
    OS << CC1Args[I] << '\0';
  }
  return hexHash(bytes(K));
}

/// The PCH of Key, if its reference names one whose bytes are whole.
/// "SIZE MTIME INODE" of the file at Path, or "" if it cannot be read.
std::string statStamp(const Twine &Path) {
  sys::fs::file_status St;
  if (sys::fs::status(Path, St))
    return "";
  return utostr(St.getSize()) + " " +
         utostr(St.getLastModificationTime().time_since_epoch().count()) + " " +
         utostr(St.getUniqueID().getFile()) + "\n";
}

std::optional<std::string> HeaderCache::validEntry(StringRef Key) {
  SmallString<256> Ref(S.Dir);
  sys::path::append(Ref, "pch", Key + ".ref");
  ErrorOr<std::unique_ptr<MemoryBuffer>> RefBuf = MemoryBuffer::getFile(Ref);
  if (!RefBuf)
    return std::nullopt;
  auto [Content, Size] = (*RefBuf)->getBuffer().trim().split(' ');
  uint64_t Bytes;
  if (Content.size() != 32 || !all_of(Content, isHexDigit) ||
      Size.getAsInteger(10, Bytes)) {
    say("damaged reference " + Ref + ": rebuilding");
    return std::nullopt;
  }
  SmallString<256> PCH(S.Dir);
  sys::path::append(PCH, "pch", Key + "-" + Content + ".pch");
  std::string OkPath = (PCH.str().drop_back(strlen(".pch")) + ".ok").str();
  std::string Stamp = statStamp(PCH);
  if (!Stamp.empty()) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Ok = MemoryBuffer::getFile(OkPath);
    if (Ok && (*Ok)->getBuffer() == Stamp &&
        Stamp.compare(0, Size.size() + 1, (Size + " ").str()) == 0)
      return std::string(PCH);
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFile(PCH, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!Buf || (*Buf)->getBufferSize() != Bytes ||
      hexHash(bytes((*Buf)->getBuffer())) != Content) {
    say("damaged or missing entry " + PCH + ": rebuilding");
    // The rebuilt PCH may differ (it records the header's modification
    // time) and take another name: leave no damaged file behind.
    sys::fs::remove(PCH);
    sys::fs::remove(OkPath);
    return std::nullopt;
  }
  writeAtomically(OkPath, Stamp);
  return std::string(PCH);
}

/// Precompiles HeaderName with the compile's own options into the cache.
bool HeaderCache::buildPCH(StringRef HeaderName, StringRef Key,
                           std::string &PCHPath) {
  SmallString<256> Base(S.Dir);
  sys::path::append(Base, "pch", Key);

  auto PCI = std::make_unique<clang::CompilerInstance>();
  std::vector<const char *> Argv;
  for (const std::string &A : CC1Args)
    Argv.push_back(A.c_str());
  auto *Counter = new clang::DiagnosticConsumer();
  {
    IntrusiveRefCntPtr<clang::DiagnosticOptions> DO =
        new clang::DiagnosticOptions();
    clang::DiagnosticsEngine ArgDiags(
        IntrusiveRefCntPtr<clang::DiagnosticIDs>(new clang::DiagnosticIDs()),
        &*DO, new clang::IgnoringDiagConsumer(), /*ShouldOwnClient=*/true);
    if (!clang::CompilerInvocation::CreateFromArgs(PCI->getInvocation(), Argv,
                                                   ArgDiags))
      return false;
  }
  clang::CompilerInvocation &Inv = PCI->getInvocation();
  Configure(Inv);
  clang::FrontendOptions &FO = Inv.getFrontendOpts();
  FO.Inputs.clear();
  FO.Inputs.emplace_back(HeaderName,
                         clang::InputKind(clang::Language::C).getHeader());
  FO.ProgramAction = clang::frontend::GeneratePCH;
  FO.Plugins.clear();
  FO.PluginArgs.clear();
  FO.AddPluginActions.clear();
  Inv.getDependencyOutputOpts() = clang::DependencyOutputOptions();
  SmallString<256> Tmp;
  int FD;
  if (sys::fs::createUniqueFile(Base + "-%%%%%%%%.tmp", FD, Tmp))
    return false;
  sys::Process::SafelyCloseFileDescriptor(FD);
  FO.OutputFile = std::string(Tmp);
  PCI->createDiagnostics(Counter, /*ShouldOwnClient=*/true);

  clang::GeneratePCHAction Act;
  bool OK = PCI->ExecuteAction(Act);
  bool Quiet = Counter->getNumWarnings() == 0 && Counter->getNumErrors() == 0;
  PCI.reset();
  if (!OK || !Quiet) {
    sys::fs::remove(Tmp);
    if (!Quiet) {
      // A warm compile would not repeat the header's warnings; and a
      // header that has errors with these options (-Werror) would fail
      // again: either way, never try again for this key.
      writeAtomically(Base + ".skip", "");
      say("'" + HeaderName + "' gives diagnostics: not cached");
    }
    return false;
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(
      Tmp, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buf) {
    sys::fs::remove(Tmp);
    return false;
  }
  std::string Content = hexHash(bytes((*Buf)->getBuffer()));
  std::string Size = utostr((*Buf)->getBufferSize());
  Buf->reset();
  PCHPath = (Base + "-" + Content + ".pch").str();
  if (sys::fs::rename(Tmp, PCHPath)) {
    sys::fs::remove(Tmp);
    return false;
  }
  writeAtomically(Base + "-" + Content + ".ok", statStamp(PCHPath));
  return writeAtomically(Base + ".ref", Content + " " + Size + "\n");
}

/// The name the PCH gives the header: absolute, without "." components
/// (Clang's ASTWriter stores input files so; ".." stays).
std::string pchFileName(StringRef Name) {
  SmallString<256> P(Name);
  sys::fs::make_absolute(P);
  sys::path::remove_dots(P, /*remove_dot_dot=*/false);
  return std::string(P);
}

void HeaderCache::usePCH(StringRef PCHPath, StringRef HeaderName) {
  // The debug information names the header as the #include found it
  // ("../include/vmlinux.h", "./vmlinux.h"): map the PCH's name back.
  std::string Stored = pchFileName(HeaderName);
  if (Stored != HeaderName)
    CI.getCodeGenOpts().DebugPrefixMap.emplace_back(Stored, HeaderName);
  clang::PreprocessorOptions &PPO = CI.getPreprocessorOpts();
  PPO.ImplicitPCHInclude = PCHPath.str();
  // The key stands for every option Clang would compare, and the bytes
  // were checked; the header's modification time may differ from the
  // PCH's record (a checkout, a touch) without its text differing.
  PPO.DisablePCHOrModuleValidation = clang::DisableValidationForModuleKind::PCH;
  clang::DependencyOutputOptions &DO = CI.getDependencyOutputOpts();
  if (!DO.OutputFile.empty()) {
    CI.addDependencyCollector(std::make_shared<DepFileWithoutPCHInputs>(DO));
    DO.OutputFile.clear();
  }
}

void HeaderCache::run() {
  clang::FrontendOptions &FO = CI.getFrontendOpts();
  if (FO.Inputs.size() != 1 || !FO.Inputs[0].isFile() ||
      FO.Inputs[0].getKind().getLanguage() != clang::Language::C ||
      FO.Inputs[0].getKind().isPreprocessed() ||
      FO.Inputs[0].getKind().isHeader() || FO.Inputs[0].getFile() == "-")
    return;
  const clang::PreprocessorOptions &PPO = CI.getPreprocessorOpts();
  if (!PPO.Includes.empty() || !PPO.MacroIncludes.empty() ||
      !PPO.ImplicitPCHInclude.empty() || !PPO.RemappedFiles.empty() ||
      CI.getLangOpts().Modules) {
    say("not used with -include, -imacros, -include-pch or modules");
    return;
  }
  StringRef MainFile = FO.Inputs[0].getFile();
  ErrorOr<std::unique_ptr<MemoryBuffer>> Main = MemoryBuffer::getFile(MainFile);
  if (!Main)
    return;
  std::optional<LeadingInclude> LI = leadingInclude((*Main)->getBuffer());
  if (!LI) {
    say("not used: '" + MainFile + "' does not start with an #include");
    return;
  }
  std::optional<std::string> Header = lookupHeader(MainFile, *LI);
  if (!Header)
    return; // Clang's error, without the cache
  uint64_t HeaderSize = 0;
  std::optional<std::string> TextHash = headerTextHash(*Header, HeaderSize);
  if (!TextHash)
    return;
  if (HeaderSize < MinHeaderBytes) {
    say("not used: '" + *Header + "' is small (" + utostr(HeaderSize) +
        " bytes)");
    return;
  }
  // The map that names the header as the #include did would come after
  // the user's, and only one map applies to a path.
  if (pchFileName(*Header) != *Header &&
      !CI.getCodeGenOpts().DebugPrefixMap.empty()) {
    say("not used: '" + *Header +
        "' is not an absolute path without . components, and "
        "-fdebug-prefix-map is given");
    return;
  }
  std::string Key = key(*Header, *TextHash);
  SmallString<256> Base(S.Dir);
  sys::path::append(Base, "pch", Key);
  // An entry exists only for text that passed the check below, and the key
  // holds the text's hash: a hit needs no second scan of 5 MB.
  if (std::optional<std::string> PCH = validEntry(Key)) {
    say("hit: '" + *Header + "' from " + *PCH);
    usePCH(*PCH, *Header);
    return;
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> HeaderBuf =
      MemoryBuffer::getFile(*Header);
  if (!HeaderBuf)
    return;
  // The text must be the one the key was made from (it may have changed
  // since it was hashed): else the next compile finds the new text.
  if (hexHash(bytes((*HeaderBuf)->getBuffer())) != *TextHash)
    return;
  if (std::string Why = whyNotPrecompilable((*HeaderBuf)->getBuffer());
      !Why.empty()) {
    say("not used: '" + *Header + "': " + Why);
    return;
  }
  if (sys::fs::exists(Base + ".skip")) {
    say("not used: '" + *Header + "' gives diagnostics");
    return;
  }
  if (!sys::fs::exists(Base + ".seen")) {
    SmallString<256> PCHDir(S.Dir);
    sys::path::append(PCHDir, "pch");
    if (sys::fs::create_directories(PCHDir) ||
        !writeAtomically(Base + ".seen", "")) {
      say("not used: cannot write to " + PCHDir);
      return;
    }
    say("miss: '" + *Header + "' seen for the first time; it is " +
        "precompiled when seen again");
    return;
  }
  std::string PCH;
  if (!buildPCH(*Header, Key, PCH)) {
    say("not used: '" + *Header + "' could not be precompiled");
    return;
  }
  say("miss: '" + *Header + "' precompiled into " + PCH);
  usePCH(PCH, *Header);
}

} // namespace

HeaderCacheSettings corecc::headerCacheSettings(std::optional<bool> Flag,
                                                StringRef FlagDir,
                                                bool Verbose) {
  HeaderCacheSettings S;
  S.Verbose = Verbose;
  if (!Flag) {
    std::optional<std::string> Env = sys::Process::GetEnv("CORECC_CACHE");
    Flag = !Env || !(*Env == "0" || StringRef(*Env).equals_insensitive("off"));
  }
  if (!*Flag) {
    S.Enabled = false;
    return S;
  }
  if (!FlagDir.empty()) {
    S.Dir = FlagDir.str();
  } else if (std::optional<std::string> D =
                 sys::Process::GetEnv("CORECC_CACHE_DIR");
             D && !D->empty()) {
    S.Dir = *D;
  } else if (std::optional<std::string> X =
                 sys::Process::GetEnv("XDG_CACHE_HOME");
             X && sys::path::is_absolute(*X)) {
    SmallString<256> P(*X);
    sys::path::append(P, "corecc");
    S.Dir = std::string(P);
  } else if (std::optional<std::string> H = sys::Process::GetEnv("HOME");
             H && !H->empty()) {
    SmallString<256> P(*H);
    sys::path::append(P, ".cache", "corecc");
    S.Dir = std::string(P);
  } else {
    S.Enabled = false;
  }
  return S;
}

void corecc::useHeaderCache(
    clang::CompilerInstance &CI, ArrayRef<std::string> CC1Args,
    const HeaderCacheSettings &S, StringRef ExePath,
    function_ref<void(clang::CompilerInvocation &)> Configure) {
  if (!S.Enabled) {
    if (S.Verbose)
      errs() << "corecc: header cache: off\n";
    return;
  }
  HeaderCache(CI, CC1Args, S, ExePath, Configure).run();
}
