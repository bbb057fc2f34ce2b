// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- DeepStack.cpp - Run the compiler on a large stack ------------------===//
//
// Part of corecc. See DeepStack.h.
//
// The overflow is caught by a SIGSEGV handler that runs on an alternate
// signal stack of the compile thread: a fault just below that thread's
// stack is an overflow, anything else goes to the handler that was there
// before (LLVM's crash reporter, or a sanitizer's).
//
//===----------------------------------------------------------------------===//

#include "DeepStack.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/thread.h"
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace llvm;

namespace {

/// The compile thread's stack, [Low, High); zero in other threads.
thread_local uintptr_t StackLow = 0;
thread_local size_t StackSize = 0;
struct sigaction PreviousSegv;
/// Room for the report: printing Clang's entries needs a few KB.
constexpr size_t AltStackBytes = 256 << 10;
/// How far below the stack a fault still counts as running off its end (a
/// frame larger than the guard page jumps over it).
constexpr uintptr_t GuardSlack = 1 << 20;

/// "x.c:3:7: current parser token '-'" -> location "x.c:3:7", rest "current
/// parser token '-'", if the entry starts with file:line:col.
bool splitLocation(StringRef Entry, StringRef &Loc, StringRef &Rest) {
  // Find "<file>:<line>:<col>: " from the left.
  size_t Pos = 0;
  for (int Colons = 0; Colons < 3; ++Colons) {
    size_t C = Entry.find(':', Pos);
    if (C == StringRef::npos)
      return false;
    if (Colons > 0) {
      StringRef Num = Entry.slice(Pos, C);
      if (Num.empty() || Num.find_first_not_of("0123456789") != StringRef::npos)
        return false;
    }
    Pos = C + 1;
  }
  Loc = Entry.take_front(Pos - 1);
  Rest = Entry.drop_front(Pos).trim();
  return true;
}

[[noreturn]] void reportOverflow() {
  std::string Context, Location;
  bool ContextIsToken = false;
  for (auto *E =
           static_cast<const PrettyStackTraceEntry *>(SavePrettyStackState());
       E; E = E->getNextEntry()) {
    SmallString<256> Text;
    raw_svector_ostream OS(Text);
    E->print(OS);
    // The parser's "current parser token" entry says where the nesting
    // is; otherwise the innermost entry with a location.
    StringRef Loc, Rest;
    if (!splitLocation(Text.str().trim(), Loc, Rest))
      continue;
    bool Token = Rest.starts_with("current parser token");
    if (Location.empty() || (Token && !ContextIsToken)) {
      Location = Loc.str();
      Context = Rest.str();
      ContextIsToken = Token;
    }
  }
  raw_fd_ostream Err(STDERR_FILENO, /*shouldClose=*/false, /*unbuffered=*/true);
  if (!Location.empty())
    Err << Location << ": error: ";
  else
    Err << "corecc: error: ";
  Err << "the source nests too deeply: corecc's " << (StackSize >> 20)
      << " MiB compile stack is exhausted";
  if (!Context.empty())
    Err << " (" << Context << ")";
  Err << "\n";
  _exit(1);
}

void onSegv(int Sig, siginfo_t *Info, void *) {
  uintptr_t Addr = reinterpret_cast<uintptr_t>(Info->si_addr);
  if (StackLow && Addr < StackLow + 4096 && Addr + GuardSlack >= StackLow)
    reportOverflow();
  // Not ours: let the previous handler see the fault again.
  sigaction(Sig, &PreviousSegv, nullptr);
}

void installHandler() {
  static bool Installed = [] {
    struct sigaction SA = {};
    SA.sa_sigaction = onSegv;
    SA.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&SA.sa_mask);
    return sigaction(SIGSEGV, &SA, &PreviousSegv) == 0;
  }();
  (void)Installed;
}

} // namespace

bool corecc::runOnDeepStack(function_ref<bool()> Fn, size_t StackBytes) {
  // For tests: a smaller stack reaches its end with less input.
  if (const char *MB = getenv("CORECC_COMPILE_STACK_MB"))
    if (unsigned long N = strtoul(MB, nullptr, 10))
      StackBytes = std::min<size_t>(N, 4095) << 20;
  installHandler();
  bool Result = false;
  llvm::thread T(std::optional<unsigned>(StackBytes), [&] {
    // The handler's own stack, and this thread's stack bounds.
    void *Alt = mmap(nullptr, AltStackBytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    stack_t SS = {};
    if (Alt != MAP_FAILED) {
      SS.ss_sp = Alt;
      SS.ss_size = AltStackBytes;
      sigaltstack(&SS, nullptr);
    }
    pthread_attr_t Attr;
    if (pthread_getattr_np(pthread_self(), &Attr) == 0) {
      void *Low = nullptr;
      size_t Size = 0;
      if (pthread_attr_getstack(&Attr, &Low, &Size) == 0) {
        StackLow = reinterpret_cast<uintptr_t>(Low);
        StackSize = Size;
      }
      pthread_attr_destroy(&Attr);
    }
    Result = Fn();
    StackLow = 0;
    if (Alt != MAP_FAILED) {
      SS.ss_flags = SS_DISABLE;
      sigaltstack(&SS, nullptr);
      munmap(Alt, AltStackBytes);
    }
  });
  T.join();
  return Result;
}
