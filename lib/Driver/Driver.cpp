// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Driver.cpp - corecc: from command line to object -------------------===//
//
// One process does everything:
//
//   1. parse corecc's own options (Options.cpp);
//   2. let Clang's driver turn the rest into one cc1 job per input, for the
//      bpfel/bpfeb triple, with Clang's resource headers;
//   3. run each job in process: -E through Clang's preprocessor, anything
//      else through Clang's code generator with LLVM's passes disabled and
//      the corecc plugin loaded;
//   4. run corecc's pipeline on the module and write what was asked for
//      (Backend.cpp).
//
// Clang sees the target through corecc's own registration: the CoreBPF
// target is the only one registered in this process, so Clang's checks of
// the data layout and cpu are made against it.
//
//===----------------------------------------------------------------------===//

#include "corecc/Driver/Driver.h"
#include "Assembler.h"
#include "DeepStack.h"
#include "HeaderCache.h"
#include "SourceBundle.h"
#include "corecc/Config.h"
#include "corecc/Driver/Backend.h"
#include "corecc/Driver/Options.h"
#include "corecc/Target/CoreBPF.h"
#include "corecc/TimeReport.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticLex.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/CodeGen/CodeGenAction.h"
#include "clang/Driver/Action.h"
#include "clang/Driver/Compilation.h"
#include "clang/Driver/Driver.h"
#include "clang/Driver/Job.h"
#include "clang/Driver/Options.h"
#include "clang/Driver/Tool.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Frontend/Utils.h"
#include "clang/FrontendTool/Utils.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/BuryPointer.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <unistd.h>

using namespace llvm;
using namespace corecc;

namespace {

constexpr const char *ProgName = "corecc";

/// Whether a job asked for -ftime-report: the tables are printed once,
/// before LLVM shuts down (as clang's cc1 does; a timer group printed by its
/// destructor after llvm_shutdown would register LLVM's timer options
/// again).
bool TimeReportWanted = false;

void printError(const Twine &Msg) {
  errs() << ProgName << ": error: " << Msg << "\n";
}

/// Clang's resource directory: -resource-dir, $CORECC_RESOURCE_DIR, or the
/// one found when corecc was configured.
std::string findResourceDir(ArrayRef<std::string> ClangArgs) {
  for (size_t I = 0; I + 1 < ClangArgs.size(); ++I)
    if (ClangArgs[I] == "-resource-dir")
      return ClangArgs[I + 1];
  if (std::optional<std::string> Env =
          sys::Process::GetEnv("CORECC_RESOURCE_DIR"))
    return *Env;
  return CORECC_CLANG_RESOURCE_DIR;
}

/// The plugin: $CORECC_PLUGIN, or lib/corecc-plugin.so next to bin/corecc.
std::string findPlugin(StringRef ExePath) {
  if (std::optional<std::string> Env = sys::Process::GetEnv("CORECC_PLUGIN"))
    return *Env;
  SmallString<256> P(sys::path::parent_path(sys::path::parent_path(ExePath)));
  sys::path::append(P, "lib", CORECC_PLUGIN_NAME);
  return std::string(P);
}

/// The host's multiarch include directory, /usr/include/<arch>-<os>-<env>
/// (Debian's x86_64-linux-gnu: the default triple without its vendor).
/// Clang searches it for the host, not for the bpf triple.
std::string multiarchIncludeDir() {
  Triple T(sys::getDefaultTargetTriple());
  SmallString<64> Dir("/usr/include");
  sys::path::append(Dir, T.getArchName() + "-" + T.getOSName() + "-" +
                             T.getEnvironmentName());
  return std::string(Dir);
}

/// Prints Clang's diagnostics and adds a hint when a header that is not
/// found exists in the host's multiarch directory (<asm/types.h> from
/// <linux/types.h>, <bits/...> from <stdint.h>): a compile with -target bpf
/// does not search it, like clang -target bpf.
class HintingDiagConsumer : public clang::TextDiagnosticPrinter {
  bool Hinted = false;

public:
  using TextDiagnosticPrinter::TextDiagnosticPrinter;

  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    TextDiagnosticPrinter::HandleDiagnostic(Level, Info);
    if (Hinted || Info.getID() != clang::diag::err_pp_file_not_found ||
        Info.getNumArgs() < 1 ||
        Info.getArgKind(0) != clang::DiagnosticsEngine::ak_std_string)
      return;
    std::string Dir = multiarchIncludeDir();
    SmallString<128> Header(Dir);
    sys::path::append(Header, Info.getArgStdStr(0));
    if (!sys::fs::exists(Header))
      return;
    Hinted = true;
    errs() << ProgName << ": note: '" << Info.getArgStdStr(0)
           << "' is in the host's multiarch directory, which compiles with "
              "-target bpf do not search (as with clang -target bpf); add -I"
           << Dir << ", or include vmlinux.h instead of <linux/...> headers\n";
  }
};

struct Job {
  /// An assembler job ("-cc1as"), run by Assembler.cpp.
  bool Assemble = false;
  std::vector<std::string> CC1Args; // without "-cc1" / "-cc1as"
  /// What the job writes (-o, -MF): removed if it fails, as clang's driver
  /// does, so that a build never picks up a stale object.
  std::vector<std::string> Outputs;
};

/// Removes what a failed job may have left, but only regular files that
/// we may write: never /dev/null or another special file.
void removeOutputs(const Job &J) {
  for (const std::string &F : J.Outputs)
    if (F != "-" && sys::fs::is_regular_file(F) && sys::fs::can_write(F))
      sys::fs::remove(F);
}

/// Runs Clang's driver over the command line and returns its cc1 jobs.
Expected<std::vector<Job>> planJobs(const DriverOptions &O, StringRef ExePath) {
  IntrusiveRefCntPtr<clang::DiagnosticOptions> DiagOpts =
      new clang::DiagnosticOptions();
  auto *Printer = new HintingDiagConsumer(errs(), &*DiagOpts);
  Printer->setPrefix(ProgName);
  clang::DiagnosticsEngine Diags(
      IntrusiveRefCntPtr<clang::DiagnosticIDs>(new clang::DiagnosticIDs()),
      &*DiagOpts, Printer, /*ShouldOwnClient=*/true);

  clang::driver::Driver D(ExePath, O.triple(), Diags, "corecc");
  D.ResourceDir = findResourceDir(O.ClangArgs);
  D.setCheckInputsExist(true);

  std::vector<std::string> Args;
  Args.push_back(ExePath.str());
  Args.push_back("--target=" + O.triple());
  Args.push_back("-mcpu=" + O.CPU);
  Args.insert(Args.end(), O.ClangArgs.begin(), O.ClangArgs.end());
  // Without -target, corecc stands in for the host's clang (CLANG=corecc
  // in a Makefile): its header search ends with the host's multiarch
  // directory, as clang's does. Build systems read that list from
  // "$(CLANG) -v -E - </dev/null" and give it to their BPF compiles as
  // -idirafter (libbpf-bootstrap, the kernel's selftests, sched-ext); so
  // does a BPF compile that includes <linux/types.h> without vmlinux.h.
  // With -target bpf, the search is clang -target bpf's.
  // Only for inputs that are preprocessed: Clang's driver warns that a
  // search directory is unused when compiling a .i (distcc's server
  // compiles what the client preprocessed), .s, .ll or .bc.
  // "-x cpp-output -" (icecream's server reads C, but other tools send a
  // .i on standard input so) is preprocessed already.
  bool StdinPreprocessed = false;
  for (size_t I = 0; I + 1 < O.ClangArgs.size(); ++I)
    if (O.ClangArgs[I] == "-x")
      StdinPreprocessed = StringRef(O.ClangArgs[I + 1]).ends_with("cpp-output");
  auto Preprocessed = [&](StringRef In) {
    StringRef Ext = sys::path::extension(In);
    return (In == "-" && !StdinPreprocessed) || Ext == ".c" || Ext == ".h" ||
           Ext == ".S";
  };
  std::string Multiarch = multiarchIncludeDir();
  if (!O.TargetGiven && llvm::any_of(O.Inputs, Preprocessed) &&
      sys::fs::is_directory(Multiarch) &&
      !llvm::is_contained(O.ClangArgs, "-nostdinc") &&
      !llvm::is_contained(O.ClangArgs, "-nostdlibinc")) {
    Args.push_back("-idirafter");
    Args.push_back(Multiarch);
  }
  // corecc always wants full debug metadata (see Backend.cpp).
  Args.push_back("-g");
  std::vector<const char *> Argv;
  for (const std::string &A : Args)
    Argv.push_back(A.c_str());

  std::unique_ptr<clang::driver::Compilation> C(D.BuildCompilation(Argv));
  if (!C || Diags.hasErrorOccurred())
    return createStringError(inconvertibleErrorCode(), "");

  // -###: show the jobs, run nothing (the driver printed its banner).
  if (C->getArgs().hasArg(clang::driver::options::OPT__HASH_HASH_HASH)) {
    C->getJobs().Print(errs(), "\n", /*Quote=*/true);
    return std::vector<Job>();
  }

  // -v: show the jobs, as Clang does before running them.
  if (O.Verbose)
    C->getJobs().Print(errs(), "\n", /*Quote=*/false);

  std::vector<Job> Jobs;
  for (const clang::driver::Command &Cmd : C->getJobs()) {
    const llvm::opt::ArgStringList &A = Cmd.getArguments();
    if (Cmd.getCreator().isLinkJob())
      return createStringError(
          inconvertibleErrorCode(),
          "linking is not supported: BPF objects are loaded, not linked; "
          "use -c (or -S, -E)");
    bool Assemble = !A.empty() && StringRef(A[0]) == "-cc1as";
    if (A.empty() || (StringRef(A[0]) != "-cc1" && !Assemble))
      return createStringError(
          inconvertibleErrorCode(),
          Twine("this command line needs the external tool '") +
              Cmd.getCreator().getName() +
              "', which corecc does not run (corecc compiles in process)");
    Job J;
    J.Assemble = Assemble;
    for (size_t I = 1; I < A.size(); ++I)
      J.CC1Args.push_back(A[I]);
    // No compiler identification in the object or its debug information
    // (clang's -fno-ident; given here, as the driver would warn that an
    // assembler job leaves it unused).
    if (!Assemble)
      J.CC1Args.push_back("-Qn");
    const auto *JA = dyn_cast<clang::driver::JobAction>(&Cmd.getSource());
    for (const clang::driver::ArgStringMap *Files :
         {&C->getResultFiles(), &C->getFailureResultFiles()}) {
      auto It = JA ? Files->find(JA) : Files->end();
      if (It != Files->end())
        J.Outputs.push_back(It->second);
    }
    Jobs.push_back(std::move(J));
  }
  return Jobs;
}

/// The actions whose output corecc's backend writes.
bool isCodeGenAction(clang::frontend::ActionKind K) {
  switch (K) {
  case clang::frontend::EmitAssembly:
  case clang::frontend::EmitBC:
  case clang::frontend::EmitLLVM:
  case clang::frontend::EmitObj:
    return true;
  default:
    return false;
  }
}

OutputKind outputKindFor(clang::frontend::ActionKind K) {
  switch (K) {
  case clang::frontend::EmitAssembly:
    return OutputKind::Assembly;
  case clang::frontend::EmitBC:
    return OutputKind::LLVMBitcode;
  case clang::frontend::EmitLLVM:
    return OutputKind::LLVMText;
  default:
    return OutputKind::Object;
  }
}

/// GCC's form of a CO-RE builtin that Clang spells differently. GCC's
/// bpf_core_enum_value passes the enum type as a pointer expression and
/// the enumerator apart: __builtin_preserve_enum_value(typed_ptr, ENUMERATOR,
/// kind). Clang takes two arguments, the enumerator cast to the enum type:
/// *(enum e *)ENUMERATOR. A macro that counts the arguments turns the first
/// into the second; the name inside its own expansion is the builtin again.
void addGCCBuiltinForms(clang::PreprocessorOptions &PPO) {
  // Any other count (up to 8) keeps Clang's form and Clang's diagnostic.
  PPO.addMacroDef("__corecc_pick_3rd(_1,_2,_3,_4,_5,_6,_7,_8,N,...)=N");
  PPO.addMacroDef(
      "__builtin_preserve_enum_value(...)=__corecc_pick_3rd(__VA_ARGS__,"
      "__corecc_enum_value,__corecc_enum_value,__corecc_enum_value,"
      "__corecc_enum_value,__corecc_enum_value,__corecc_enum_value_gcc,"
      "__corecc_enum_value,__corecc_enum_value)(__VA_ARGS__)");
  PPO.addMacroDef("__corecc_enum_value(...)="
                  "__builtin_preserve_enum_value(__VA_ARGS__)");
  PPO.addMacroDef("__corecc_enum_value_gcc(t,v,k)="
                  "__builtin_preserve_enum_value(*(__typeof__(*(t)) *)v,k)");
}

/// A job that does not generate code (-E, -M, -fsyntax-only...): Clang's,
/// but -E with debug information appends the files it read
/// (SourceBundle.h).
bool runFrontEndJob(clang::CompilerInstance &CI, const Job &J,
                    const DriverOptions &O) {
  // Only an object with line information needs the sources.
  bool Bundle = O.SourceBundles && (O.emitsBTF() || O.emitsDWARF()) &&
                wantsSourceBundle(CI);
  std::string OutputFile = CI.getFrontendOpts().OutputFile;
  if (OutputFile.empty())
    OutputFile = "-";
  // Standard output, a pipe or a device (-o /dev/stdout) cannot be read
  // back: the text goes to a temporary file first.
  bool Rereadable = OutputFile != "-" && (!sys::fs::exists(OutputFile) ||
                                          sys::fs::is_regular_file(OutputFile));
  std::string TextFile = OutputFile;
  if (Bundle && !Rereadable) {
    SmallString<128> Tmp;
    int FD;
    if (std::error_code EC =
            sys::fs::createTemporaryFile("corecc-preprocessed", "i", FD, Tmp)) {
      printError("cannot create a temporary file: " + EC.message());
      return false;
    }
    sys::Process::SafelyCloseFileDescriptor(FD);
    TextFile = Tmp.str().str();
    CI.getFrontendOpts().OutputFile = TextFile;
  }
  std::unique_ptr<clang::FrontendAction> Act = clang::CreateFrontendAction(CI);
  bool OK = Act && CI.ExecuteAction(*Act);
  if (OK && Bundle)
    if (Error E = writeSourceBundle(CI, J.CC1Args, TextFile, OutputFile)) {
      printError(toString(std::move(E)));
      OK = false;
    }
  if (TextFile != OutputFile)
    sys::fs::remove(TextFile);
  return OK;
}

/// The preprocessed text on standard input, as Clang's file manager
/// keeps it for the compile: a copy if it ends like a bundle, else null
/// (and the compile reads the same text).
std::unique_ptr<MemoryBuffer> stdinIfBundled(clang::CompilerInstance &CI) {
  if (!CI.hasFileManager())
    CI.createFileManager();
  Expected<clang::FileEntryRef> In = CI.getFileManager().getSTDIN();
  if (!In) {
    consumeError(In.takeError()); // Clang reports it when it opens the input
    return nullptr;
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> View =
      CI.getFileManager().getBufferForFile(*In);
  if (!View || !mayHaveSourceBundle((*View)->getBuffer()))
    return nullptr;
  return MemoryBuffer::getMemBufferCopy((*View)->getBuffer(), "<stdin>");
}

/// A compile of a .i that carries its sources (SourceBundle.h) becomes a
/// compile of those sources, on a file system that has them, when they
/// preprocess to the .i's text. The .i may come on standard input as C
/// (icecream sends "-x c -"). Returns that file system, or null: compile
/// the text.
IntrusiveRefCntPtr<vfs::FileSystem>
useSourceBundle(clang::CompilerInstance &CI, const DriverOptions &O,
                std::optional<SourceBundle> &Bundle) {
  const clang::FrontendOptions &FO = CI.getFrontendOpts();
  if (!O.SourceBundles || FO.Inputs.size() != 1 || !FO.Inputs[0].isFile())
    return nullptr;
  clang::Language Lang = FO.Inputs[0].getKind().getLanguage();
  if (Lang != clang::Language::C && Lang != clang::Language::CXX)
    return nullptr;
  std::string Input = FO.Inputs[0].getFile().str();
  auto Note = [&](const Twine &What) {
    if (O.Verbose)
      errs() << ProgName << ": " << Input << ": " << What << "\n";
  };
  Expected<std::optional<SourceBundle>> B = std::optional<SourceBundle>();
  if (Input == "-") {
    if (std::unique_ptr<MemoryBuffer> Text = stdinIfBundled(CI))
      B = readSourceBundle(Text);
  } else {
    B = readSourceBundle(Input);
  }
  if (!B) {
    Note("compiling the text: the sources it carries are unreadable (" +
         toString(B.takeError()) + ")");
    return nullptr;
  }
  if (!*B)
    return nullptr;
  // An explicit compilation directory wins over the client's.
  bool KeepDir = llvm::any_of(O.ClangArgs, [](StringRef A) {
    return A.starts_with("-fdebug-compilation-dir") ||
           A.starts_with("-ffile-compilation-dir");
  });
  clang::CompilerInvocation Inv(CI.getInvocation());
  if (Error E = importSourceBundle(Inv, **B, KeepDir)) {
    Note("compiling the text: the sources it carries are unusable (" +
         toString(std::move(E)) + ")");
    return nullptr;
  }
  addGCCBuiltinForms(Inv.getPreprocessorOpts());
  IntrusiveRefCntPtr<vfs::FileSystem> FS = bundleFileSystem(**B);
  if (!reproducesText(Inv, FS, **B)) {
    Note("compiling the text: the sources it carries do not preprocess to "
         "it with this compile's options (edited, or other options)");
    return nullptr;
  }
  CI.getInvocation() = std::move(Inv);
  CI.createFileManager(FS);
  Note("compiling the " + Twine((*B)->Files.size()) +
       " source files it carries (they preprocess to its text)");
  Bundle = std::move(**B);
  return FS;
}

/// Compiles one cc1 job. Returns false on error (already reported).
bool runJob(const Job &J, const DriverOptions &O, StringRef ExePath,
            StringRef PluginPath) {
  auto CI = std::make_unique<clang::CompilerInstance>();
  std::vector<const char *> Argv;
  for (const std::string &A : J.CC1Args)
    Argv.push_back(A.c_str());
  {
    // Errors in the arguments themselves, before their diagnostic options
    // are known.
    IntrusiveRefCntPtr<clang::DiagnosticOptions> ArgDiagOpts =
        new clang::DiagnosticOptions();
    clang::DiagnosticsEngine ArgDiags(
        IntrusiveRefCntPtr<clang::DiagnosticIDs>(new clang::DiagnosticIDs()),
        &*ArgDiagOpts, new HintingDiagConsumer(errs(), &*ArgDiagOpts),
        /*ShouldOwnClient=*/true);
    if (!clang::CompilerInvocation::CreateFromArgs(
            CI->getInvocation(), Argv, ArgDiags, ExePath.str().c_str()))
      return false;
  }
  // The compile's diagnostics follow its options ([-Wflag] names,
  // -fdiagnostics-parseable-fixits, -fno-caret-diagnostics, colours...).
  CI->createDiagnostics(
      new HintingDiagConsumer(errs(), &CI->getDiagnosticOpts()),
      /*ShouldOwnClient=*/true);

  addGCCBuiltinForms(CI->getPreprocessorOpts());

  clang::FrontendOptions &FO = CI->getFrontendOpts();
  clang::frontend::ActionKind Requested = FO.ProgramAction;
  std::string OutputFile = FO.OutputFile;

  // The corecc plugin, once, with corecc's CO-RE mode.
  if (!PluginPath.empty() &&
      llvm::find(FO.Plugins, PluginPath.str()) == FO.Plugins.end()) {
    if (sys::fs::exists(PluginPath))
      FO.Plugins.push_back(PluginPath.str());
    else
      errs() << ProgName << ": warning: corecc plugin not found at '"
             << PluginPath << "'; CO-RE source checks are disabled\n";
  }
  std::vector<std::string> &PArgs = FO.PluginArgs["corecc"];
  PArgs.push_back(
      (O.isCoreEnabled() ? protocol::CoreOn : protocol::CoreOff).str());
  PArgs.push_back(protocol::CoreccLowering.str());
  PArgs.insert(PArgs.end(), O.PluginArgs.begin(), O.PluginArgs.end());
  CI->LoadRequestedPlugins();

  // Everything but code generation (-E, -M, -fsyntax-only...) is Clang's.
  if (!isCodeGenAction(Requested))
    return runFrontEndJob(*CI, J, O);

  // Code generation: Clang builds the module, corecc runs the passes.
  bool Timed = CI->getCodeGenOpts().TimePasses;
  TimeReportWanted |= Timed;
  std::optional<SourceBundle> Bundle;
  IntrusiveRefCntPtr<vfs::FileSystem> BundleFS =
      useSourceBundle(*CI, O, Bundle);
  if (!BundleFS) {
    NamedRegionTimer T("header-cache", "Header cache (lookup, PCH build)",
                       TimeReportGroup, TimeReportTitle, Timed);
    useHeaderCache(
        *CI, J.CC1Args,
        headerCacheSettings(O.HeaderCache, O.HeaderCacheDir, O.Verbose),
        ExePath, [](clang::CompilerInvocation &Inv) {
          addGCCBuiltinForms(Inv.getPreprocessorOpts());
        });
  }
  CI->getCodeGenOpts().DisableLLVMPasses = true;
  auto Ctx = std::make_unique<LLVMContext>();
  clang::EmitLLVMOnlyAction Act(Ctx.get());
  {
    NamedRegionTimer T("front-end",
                       "Front end (parse, Sema, CO-RE checks, IR generation)",
                       TimeReportGroup, TimeReportTitle, Timed);
    if (!CI->ExecuteAction(Act))
      return false;
  }
  std::unique_ptr<Module> M = Act.takeModule();
  if (!M)
    return false;

  BackendDiagnostics Diags(*Ctx, ProgName);
  Diags.setInlineAsmLocator([&SM = CI->getSourceManager()](uint64_t Cookie) {
    clang::SourceLocation L = clang::SourceLocation::getFromRawEncoding(
        static_cast<clang::SourceLocation::UIntTy>(Cookie));
    clang::PresumedLoc P = SM.getPresumedLoc(L);
    if (P.isInvalid())
      return std::string();
    return (Twine(P.getFilename()) + ":" + Twine(P.getLine()) + ":" +
            Twine(P.getColumn()))
        .str();
  });
  const clang::CodeGenOptions &CGO = CI->getCodeGenOpts();
  Diags.setRemarkPatterns(CGO.OptimizationRemark.Regex,
                          CGO.OptimizationRemarkMissed.Regex,
                          CGO.OptimizationRemarkAnalysis.Regex);
  CoreBPFOptions TO;
  TO.CPU = O.CPU;
  TO.OptLevel = O.codeGenOptLevel();
  TO.SourceFS = BundleFS;
  auto TMOrErr = createCoreBPFTargetMachine(Triple(O.triple()), TO);
  if (!TMOrErr) {
    printError(toString(TMOrErr.takeError()));
    return false;
  }

  OutputKind Kind = outputKindFor(Requested);
  BackendOptions BO;
  BO.OptLevel = O.OptLevel;
  BO.SizeLevel = O.SizeLevel;
  BO.Core = O.isCoreEnabled() ? CoreMode::On : CoreMode::Off;
  BO.EmitBTF = O.emitsBTF();
  BO.EmitDWARF = O.emitsDWARF();
  BO.KeepDebugInfoInIR = O.emitsBTF();
  BO.TimeReport = Timed;

  std::error_code EC;
  ToolOutputFile Out(OutputFile.empty() ? "-" : OutputFile, EC,
                     Kind == OutputKind::LLVMText ||
                             Kind == OutputKind::Assembly
                         ? sys::fs::OF_Text
                         : sys::fs::OF_None);
  if (EC) {
    printError("cannot open output file '" + OutputFile + "': " + EC.message());
    return false;
  }
  {
    // The ELF writer seeks back to patch headers; a pipe (-o -) cannot.
    std::optional<buffer_ostream> Buffered;
    raw_pwrite_stream *OS = &Out.os();
    if (!Out.os().supportsSeeking())
      OS = &Buffered.emplace(Out.os());
    if (Error E = runBackend(*M, **TMOrErr, BO, Kind, *OS)) {
      printError(toString(std::move(E)));
      Out.os().clear_error();
      return false;
    }
  }
  // Write errors (a full disk, -o /dev/full) show only when the stream is
  // flushed; report them here rather than let the stream's destructor
  // abort.
  StringRef OutPath = OutputFile.empty() ? "-" : StringRef(OutputFile);
  if (OutPath == "-")
    Out.os().flush(); // never close stdout
  else
    Out.os().close();
  if (Out.os().has_error()) {
    printError("cannot write output file '" + OutPath +
               "': " + Out.os().error().message());
    Out.os().clear_error();
    return false;
  }
  if (Diags.errorCount())
    return false;
  Out.keep();
  // As clang's -disable-free: the process ends soon, and tearing down the
  // module, its context and the front end's state costs a few percent of a
  // compile for nothing.
  BuryPointer(std::move(M));
  BuryPointer(std::move(Ctx));
  BuryPointer(std::move(CI));
  return true;
}

/// The job being run, for the fatal-error handler.
const Job *CurrentJob = nullptr;

/// LLVM's report_fatal_error (an output stream that failed to write in
/// Clang's -E, a backend that cannot go on) ends here: one "corecc: error:"
/// line instead of "LLVM ERROR" or a crash report, the job's outputs
/// removed, exit status 1.
void onFatalError(void *, const char *Reason, bool GenCrashDiag) {
  StringRef Why(Reason);
  if (Why.consume_front("IO failure on output stream: ") && CurrentJob &&
      !CurrentJob->Outputs.empty())
    errs() << ProgName << ": error: cannot write output file '"
           << CurrentJob->Outputs.front() << "': " << Why << "\n";
  else
    errs() << ProgName
           << ": error: " << (GenCrashDiag ? "internal error: " : "") << Reason
           << "\n";
  if (CurrentJob)
    removeOutputs(*CurrentJob);
  errs().flush();
  _exit(1);
}

void printVersion(raw_ostream &OS) {
  OS << "corecc version " << CORECC_VERSION << " (LLVM and Clang "
     << CORECC_LLVM_VERSION << ", CoreBPF backend)\n"
     << "Target: bpfel (default), bpfeb; default cpu v3\n";
}

} // namespace

int corecc::runCompiler(ArrayRef<const char *> Argv, StringRef ExePath) {
  Expected<DriverOptions> OOrErr = parseDriverOptions(Argv);
  if (!OOrErr) {
    printError(toString(OOrErr.takeError()));
    return 1;
  }
  DriverOptions &O = *OOrErr;
  for (const std::string &W : O.Warnings)
    errs() << ProgName << ": warning: " << W << "\n";

  if (O.PrintHelp) {
    outs() << driverHelpText();
    return 0;
  }
  // Questions that Clang's driver answers without an input, as clang
  // -target bpf does: -print-resource-dir, -print-file-name=include,
  // -print-prog-name=corecc (icecc-create-env), -dumpmachine, -dumpversion.
  bool DriverQuery = llvm::any_of(O.ClangArgs, [](StringRef A) {
    return A.starts_with("-print-") || A.starts_with("--print-") ||
           A == "-dumpmachine" || A == "-dumpversion";
  });
  if (O.PrintVersion || (O.Verbose && !O.hasInputs() && !DriverQuery)) {
    printVersion(O.PrintVersion ? outs() : errs());
    if (!O.hasInputs())
      return 0;
  }
  if (!O.hasInputs() && !DriverQuery) {
    printError("no input files");
    return 1;
  }
  if (O.Verbose)
    printVersion(errs());

  if (!O.LLVMArgs.empty()) {
    std::vector<const char *> LArgs = {"corecc (-mllvm)"};
    for (const std::string &A : O.LLVMArgs)
      LArgs.push_back(A.c_str());
    if (!cl::ParseCommandLineOptions(LArgs.size(), LArgs.data(), "", &errs()))
      return 1;
  }

  // The only target this process knows: Clang and corecc both get ours.
  initializeCoreBPFTarget();

  Expected<std::vector<Job>> Jobs = planJobs(O, ExePath);
  if (!Jobs) {
    std::string Msg = toString(Jobs.takeError());
    if (!Msg.empty())
      printError(Msg);
    return 1;
  }
  std::string Plugin = findPlugin(ExePath);
  bool OK = true;
  install_fatal_error_handler(onFatalError);
  for (const Job &J : *Jobs) {
    CurrentJob = &J;
    bool JobOK =
        J.Assemble
            ? runAssemblerJob(J.CC1Args, ProgName)
            : runOnDeepStack([&] { return runJob(J, O, ExePath, Plugin); });
    CurrentJob = nullptr;
    if (!JobOK)
      removeOutputs(J);
    OK &= JobOK;
  }
  if (TimeReportWanted) {
    TimerGroup::printAll(errs());
    TimerGroup::clearAll();
  }
  return OK ? 0 : 1;
}
