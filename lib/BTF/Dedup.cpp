// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Dedup.cpp - Type graph deduplication -------------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
//
// Partition refinement over the type graph (see Dedup.h for the outline).
//
// Example. The emitter produced, for two uses of `struct s`,
//
//   [1] INT 'int'                  [4] STRUCT 's' { 'a' [1], 'next' [5] }
//   [2] STRUCT 's' { 'a' [1], 'next' [3] }
//   [3] PTR -> [2]                 [5] PTR -> [4]
//
// Step 1 puts [2],[4] in one class (same kind, name, size, member names and
// offsets) and [3],[5] in another. Step 2 compares the classes of what they
// refer to: [2] -> (int, class{3,5}), [4] -> (int, class{3,5}): no split,
// so the partition is stable. Step 4 keeps [1],[2],[3] and maps 4->2, 5->3.
//
// Nodes are numbered densely: in dedup() they are the Spec's own types; in
// splitOnBase() the base's types come first, then the source's, so a class
// that contains a base type is represented by it.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Dedup.h"
#include "corecc/BTF/Error.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include <functional>

using namespace llvm;

namespace corecc {
namespace btf {

namespace {
/// References to types outside the graph (void, or base types in dedup())
/// are kept as constants, tagged so that they never equal a class number.
constexpr uint32_t ExternalTag = 0x80000000u;

struct Node {
  const Spec *S;
  uint32_t Id;
};

class Refiner {
public:
  /// \p Nodes are the graph; \p NodeOf maps (spec, id) to a node index or
  /// returns -1 for external ids.
  Refiner(std::vector<Node> Nodes,
          std::function<int64_t(const Spec *, uint32_t)> NodeOf)
      : Nodes(std::move(Nodes)), NodeOf(std::move(NodeOf)) {}

  /// Runs steps 1-3; afterwards classOf() gives each node's class and
  /// fwdTarget() the node a resolved FWD stands for.
  void run(bool ResolveFwds, size_t ResolvableFrom);

  uint32_t classOf(size_t N) const { return Class[N]; }
  int64_t fwdTarget(size_t N) const { return FwdTarget[N]; }
  uint32_t numClasses() const { return NumClasses; }

private:
  void buildLocalKeys();
  void buildRefs();
  void refine();
  uint32_t stringId(StringRef S) {
    return Strings.try_emplace(S, Strings.size()).first->second;
  }

  std::vector<Node> Nodes;
  std::function<int64_t(const Spec *, uint32_t)> NodeOf;
  StringMap<uint32_t> Strings;
  /// Local keys, concatenated; KeyBegin[N]..KeyBegin[N+1].
  std::vector<uint32_t> KeyWords, KeyBegin;
  /// References: a node index, or ExternalTag | id.
  std::vector<uint32_t> RefWords, RefBegin;
  std::vector<uint32_t> Class;
  std::vector<int64_t> FwdTarget;
  uint32_t NumClasses = 0;
};

void Refiner::buildLocalKeys() {
  KeyWords.clear();
  KeyBegin.assign(1, 0);
  for (const Node &N : Nodes) {
    Type T = N.S->type(N.Id);
    const uint32_t *W = T.words();
    KeyWords.push_back(T.info());
    KeyWords.push_back(stringId(T.name()));
    switch (T.kind()) {
    case Kind::Int:
      KeyWords.push_back(W[2]);
      KeyWords.push_back(W[3]);
      break;
    case Kind::Array:
      KeyWords.push_back(W[5]);
      break;
    case Kind::Struct:
    case Kind::Union:
      KeyWords.push_back(W[2]);
      for (unsigned I = 0, E = T.vlen(); I < E; ++I) {
        KeyWords.push_back(stringId(N.S->string(W[3 + 3 * I])));
        KeyWords.push_back(W[3 + 3 * I + 2]);
      }
      break;
    case Kind::Enum:
    case Kind::Enum64: {
      KeyWords.push_back(W[2]);
      unsigned Step = T.is(Kind::Enum) ? 2 : 3;
      for (unsigned I = 0, E = T.vlen(); I < E; ++I) {
        KeyWords.push_back(stringId(N.S->string(W[3 + Step * I])));
        for (unsigned J = 1; J < Step; ++J)
          KeyWords.push_back(W[3 + Step * I + J]);
      }
      break;
    }
    case Kind::FuncProto:
      for (unsigned I = 0, E = T.vlen(); I < E; ++I)
        KeyWords.push_back(stringId(N.S->string(W[3 + 2 * I])));
      break;
    case Kind::Var:
    case Kind::DeclTag:
      KeyWords.push_back(W[3]);
      break;
    case Kind::Datasec:
      KeyWords.push_back(W[2]);
      for (unsigned I = 0, E = T.vlen(); I < E; ++I) {
        KeyWords.push_back(W[3 + 3 * I + 1]);
        KeyWords.push_back(W[3 + 3 * I + 2]);
      }
      break;
    case Kind::Float:
      KeyWords.push_back(W[2]);
      break;
    default:
      break;
    }
    KeyBegin.push_back(KeyWords.size());
  }
}

void Refiner::buildRefs() {
  RefWords.clear();
  RefBegin.assign(1, 0);
  for (const Node &N : Nodes) {
    // The Spec that owns the id (a split base may own only part of its ids).
    const Spec *Owner = N.S;
    while (N.Id < Owner->firstId())
      Owner = Owner->base();
    Owner->forEachTypeRef(N.Id, [&](uint32_t R) {
      int64_t Target = NodeOf(N.S, R);
      if (Target >= 0 && FwdTarget[Target] >= 0)
        Target = FwdTarget[Target];
      RefWords.push_back(Target >= 0 ? uint32_t(Target) : ExternalTag | R);
    });
    RefBegin.push_back(RefWords.size());
  }
}

/// Partition refinement to the coarsest partition in which two nodes of a
/// class also refer to the same classes, in order (their "signature").
///
/// Moore's algorithm recomputes every node's signature in every round, and
/// needs as many rounds as the graph is deep: quadratic on a chain of 50,000
/// anonymous structs. Here only "dirty" nodes are looked at again: those
/// that refer to a node whose class changed in the previous round. The
/// invariant that makes this enough: at the start of a round, the members
/// of a class that are not dirty all still have the signature the class
/// was formed with (ClassSig). A round groups the dirty members of each
/// class by signature; the group with the class's signature (or, if every
/// member is dirty, the largest group) keeps the class, the others become
/// new classes, and their predecessors are the next round's dirty nodes.
/// Any order of such splits ends in the same partition, so the result is
/// Moore's.
void Refiner::refine() {
  const size_t N = Nodes.size();
  Class.assign(N, 0);
  {
    DenseMap<ArrayRef<uint32_t>, uint32_t> Keys;
    for (size_t I = 0; I < N; ++I) {
      ArrayRef<uint32_t> Key(KeyWords.data() + KeyBegin[I],
                             KeyWords.data() + KeyBegin[I + 1]);
      Class[I] = Keys.try_emplace(Key, Keys.size()).first->second;
    }
    NumClasses = Keys.size();
  }

  // Predecessors of each node, as offsets into Preds.
  std::vector<uint32_t> PredBegin(N + 1, 0), Preds;
  for (uint32_t R : RefWords)
    if (!(R & ExternalTag))
      ++PredBegin[R + 1];
  for (size_t I = 0; I < N; ++I)
    PredBegin[I + 1] += PredBegin[I];
  Preds.resize(PredBegin[N]);
  {
    std::vector<uint32_t> Fill(PredBegin.begin(), PredBegin.end() - 1);
    for (size_t I = 0; I < N; ++I)
      for (uint32_t J = RefBegin[I]; J < RefBegin[I + 1]; ++J)
        if (!(RefWords[J] & ExternalTag))
          Preds[Fill[RefWords[J]]++] = static_cast<uint32_t>(I);
  }

  std::vector<uint32_t> Size(NumClasses, 0);
  for (uint32_t C : Class)
    ++Size[C];
  std::vector<std::vector<uint32_t>> ClassSig(NumClasses);
  std::vector<uint32_t> Dirty(N);
  for (size_t I = 0; I < N; ++I)
    Dirty[I] = static_cast<uint32_t>(I);
  std::vector<bool> IsDirty(N, true);

  std::vector<uint32_t> SigWords, SigBegin, Moved;
  while (!Dirty.empty()) {
    llvm::sort(Dirty, [&](uint32_t A, uint32_t B) {
      return std::make_pair(Class[A], A) < std::make_pair(Class[B], B);
    });
    // Signatures of the dirty nodes, all against the round's partition.
    SigWords.clear();
    SigBegin.assign(1, 0);
    for (uint32_t I : Dirty) {
      for (uint32_t J = RefBegin[I]; J < RefBegin[I + 1]; ++J) {
        uint32_t R = RefWords[J];
        SigWords.push_back(R & ExternalTag ? R : Class[R]);
      }
      SigBegin.push_back(SigWords.size());
    }
    auto SigOf = [&](size_t K) {
      return ArrayRef<uint32_t>(SigWords.data() + SigBegin[K],
                                SigWords.data() + SigBegin[K + 1]);
    };

    Moved.clear();
    for (size_t A = 0; A < Dirty.size();) {
      const uint32_t C = Class[Dirty[A]];
      size_t B = A;
      while (B < Dirty.size() && Class[Dirty[B]] == C)
        ++B;
      // Group the class's dirty nodes by signature, in first-seen order.
      DenseMap<ArrayRef<uint32_t>, unsigned> GroupOf;
      std::vector<std::pair<ArrayRef<uint32_t>, SmallVector<uint32_t, 4>>>
          Groups;
      for (size_t K = A; K < B; ++K) {
        auto [It, New] = GroupOf.try_emplace(SigOf(K), Groups.size());
        if (New)
          Groups.push_back({SigOf(K), {}});
        Groups[It->second].second.push_back(Dirty[K]);
      }
      const bool AllDirty = B - A == Size[C];
      int Keeper = -1;
      if (!AllDirty) {
        auto It = GroupOf.find(ArrayRef<uint32_t>(ClassSig[C]));
        if (It != GroupOf.end())
          Keeper = static_cast<int>(It->second);
      } else {
        for (unsigned G = 0; G < Groups.size(); ++G)
          if (Keeper < 0 ||
              Groups[G].second.size() > Groups[Keeper].second.size())
            Keeper = static_cast<int>(G);
        ClassSig[C] = Groups[Keeper].first.vec();
      }
      for (unsigned G = 0; G < Groups.size(); ++G) {
        if (static_cast<int>(G) == Keeper)
          continue;
        uint32_t NC = NumClasses++;
        Size.push_back(static_cast<uint32_t>(Groups[G].second.size()));
        Size[C] -= Groups[G].second.size();
        ClassSig.push_back(Groups[G].first.vec());
        for (uint32_t Node : Groups[G].second) {
          Class[Node] = NC;
          Moved.push_back(Node);
        }
      }
      A = B;
    }

    for (uint32_t I : Dirty)
      IsDirty[I] = false;
    Dirty.clear();
    for (uint32_t M : Moved)
      for (uint32_t J = PredBegin[M]; J < PredBegin[M + 1]; ++J)
        if (!IsDirty[Preds[J]]) {
          IsDirty[Preds[J]] = true;
          Dirty.push_back(Preds[J]);
        }
  }
}

void Refiner::run(bool ResolveFwds, size_t ResolvableFrom) {
  FwdTarget.assign(Nodes.size(), -1);
  buildLocalKeys();
  buildRefs();
  refine();
  if (!ResolveFwds)
    return;

  // Step 3: a FWD resolves to the single class of complete types of its name.
  StringMap<SmallVector<size_t, 2>> Complete;
  for (size_t I = 0; I < Nodes.size(); ++I) {
    Type T = Nodes[I].S->type(Nodes[I].Id);
    if (T.isComposite() && T.nameOffset())
      Complete[(T.is(Kind::Union) ? "u:" : "s:") + T.name().str()].push_back(I);
  }
  // Only FWDs that nothing holds by value: replacing one that a struct
  // member (or a typedef...) holds by value by its struct could close a
  // reference loop. In valid C a FWD is only ever pointed to.
  std::vector<bool> HeldByValue(Nodes.size(), false);
  for (size_t I = 0; I < Nodes.size(); ++I) {
    if (Nodes[I].S->type(Nodes[I].Id).is(Kind::Ptr))
      continue;
    for (uint32_t J = RefBegin[I]; J < RefBegin[I + 1]; ++J)
      if (!(RefWords[J] & ExternalTag))
        HeldByValue[RefWords[J]] = true;
  }
  bool Changed = false;
  for (size_t I = ResolvableFrom; I < Nodes.size(); ++I) {
    Type T = Nodes[I].S->type(Nodes[I].Id);
    if (!T.is(Kind::Fwd) || HeldByValue[I])
      continue;
    auto It = Complete.find((T.isFwdUnion() ? "u:" : "s:") + T.name().str());
    if (It == Complete.end())
      continue;
    uint32_t C = Class[It->second.front()];
    if (llvm::all_of(It->second, [&](size_t J) { return Class[J] == C; })) {
      FwdTarget[I] = static_cast<int64_t>(It->second.front());
      Changed = true;
    }
  }
  if (!Changed)
    return;
  buildRefs();
  refine();
}
} // namespace

DedupResult dedup(Spec &S, const DedupOptions &Opts) {
  const uint32_t First = S.firstId();
  const uint32_t Count = S.typeCount();
  std::vector<Node> Nodes;
  Nodes.reserve(Count - First);
  for (uint32_t Id = First; Id < Count; ++Id)
    Nodes.push_back({&S, Id});
  Refiner R(std::move(Nodes), [&](const Spec *, uint32_t Id) -> int64_t {
    return Id >= First && Id < Count ? int64_t(Id - First) : -1;
  });
  R.run(Opts.ResolveFwds, 0);

  // Representatives: the first node of each class; kept in id order.
  DedupResult Result;
  Result.Remap.resize(Count);
  for (uint32_t Id = 0; Id < First; ++Id)
    Result.Remap[Id] = Id;
  std::vector<int64_t> NewIdOfClass(R.numClasses(), -1);
  std::vector<uint32_t> Kept;
  uint32_t Next = First;
  for (uint32_t I = 0; I < Count - First; ++I) {
    if (R.fwdTarget(I) >= 0)
      continue;
    int64_t &NewId = NewIdOfClass[R.classOf(I)];
    if (NewId < 0) {
      NewId = Next++;
      Kept.push_back(First + I);
    }
  }
  for (uint32_t I = 0; I < Count - First; ++I) {
    int64_t Target = R.fwdTarget(I) >= 0 ? R.fwdTarget(I) : int64_t(I);
    Result.Remap[First + I] =
        static_cast<uint32_t>(NewIdOfClass[R.classOf(Target)]);
  }
  Result.Removed = (Count - First) - static_cast<uint32_t>(Kept.size());
  if (Result.Removed == 0)
    return Result;

  // Rewrite references, then keep only the representatives, in order.
  S.remapTypeIds([&](uint32_t Id) { return Result.Remap[Id]; });
  Spec Old = S;
  S.truncateTypes(0);
  for (uint32_t Id : Kept) {
    Type T = Old.type(Id);
    S.addRawType(ArrayRef<uint32_t>(T.words(), T.wordCount()));
  }
  return Result;
}

Expected<Spec> splitOnBase(const Spec &Src, std::shared_ptr<const Spec> Base,
                           std::vector<uint32_t> *RemapOut,
                           const DedupOptions &Opts) {
  if (!Base)
    return makeError(ErrorCode::InvalidArgument, "splitOnBase needs a base");
  if (Src.base())
    return makeError(ErrorCode::InvalidArgument,
                     "splitOnBase needs a base BTF (not split) source");
  const uint32_t BaseCount = Base->typeCount();
  const uint32_t SrcCount = Src.typeCount();
  std::vector<Node> Nodes;
  Nodes.reserve(BaseCount + SrcCount);
  for (uint32_t Id = 1; Id < BaseCount; ++Id)
    Nodes.push_back({Base.get(), Id});
  for (uint32_t Id = 1; Id < SrcCount; ++Id)
    Nodes.push_back({&Src, Id});
  const Spec *SrcP = &Src;
  Refiner R(std::move(Nodes), [&](const Spec *S, uint32_t Id) -> int64_t {
    if (Id == 0)
      return -1;
    if (S == SrcP)
      return int64_t(BaseCount - 1) + (Id - 1);
    return int64_t(Id - 1);
  });
  // Only the source's FWDs may be resolved; the base stays as it is.
  R.run(Opts.ResolveFwds, BaseCount - 1);

  std::vector<int64_t> IdOfClass(R.numClasses(), -1);
  for (uint32_t I = 0; I + 1 < BaseCount; ++I) {
    int64_t &Id = IdOfClass[R.classOf(I)];
    if (Id < 0)
      Id = I + 1;
  }
  Spec Out(Base);
  std::vector<uint32_t> Remap(SrcCount, 0);
  std::vector<uint32_t> Kept;
  uint32_t Next = BaseCount;
  for (uint32_t Id = 1; Id < SrcCount; ++Id) {
    size_t N = BaseCount - 1 + (Id - 1);
    if (R.fwdTarget(N) >= 0)
      continue;
    int64_t &NewId = IdOfClass[R.classOf(N)];
    if (NewId < 0) {
      NewId = Next++;
      Kept.push_back(Id);
    }
  }
  for (uint32_t Id = 1; Id < SrcCount; ++Id) {
    size_t N = BaseCount - 1 + (Id - 1);
    int64_t Target = R.fwdTarget(N) >= 0 ? R.fwdTarget(N) : int64_t(N);
    Remap[Id] = static_cast<uint32_t>(IdOfClass[R.classOf(Target)]);
  }
  for (uint32_t Id : Kept) {
    Type T = Src.type(Id);
    uint32_t NewId =
        Out.addRawType(ArrayRef<uint32_t>(T.words(), T.wordCount()));
    Out.forEachTypeRef(NewId, [&](uint32_t &Ref) { Ref = Remap[Ref]; });
    Out.forEachStringRef(NewId, [&](uint32_t &Off) {
      Off = Off ? Out.addString(Src.string(Off)) : 0;
    });
  }
  Out.setEndianness(Src.endianness());
  if (RemapOut)
    *RemapOut = std::move(Remap);
  return std::move(Out);
}

} // namespace btf
} // namespace corecc
