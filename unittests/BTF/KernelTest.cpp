// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- KernelTest.cpp - The running kernel's BTF --------------------------===//
//
// Part of corecc.
//
//===----------------------------------------------------------------------===//
//
// Skipped where /sys/kernel/btf/vmlinux does not exist.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace corecc::btf;
using namespace corecc::btf::test;

namespace {

constexpr const char *Vmlinux = "/sys/kernel/btf/vmlinux";

class KernelTest : public ::testing::Test {
protected:
  void SetUp() override {
    if (!llvm::sys::fs::exists(Vmlinux))
      GTEST_SKIP() << "no " << Vmlinux;
  }
};

TEST_F(KernelTest, DecodeEncodeGivesTheSameBytes) {
  auto MB = llvm::MemoryBuffer::getFile(Vmlinux, false, false);
  ASSERT_TRUE(bool(MB));
  llvm::ArrayRef<uint8_t> Bytes(
      reinterpret_cast<const uint8_t *>((*MB)->getBufferStart()),
      (*MB)->getBufferSize());
  Spec S = decodeOrFail(Bytes);
  EXPECT_GT(S.ownTypeCount(), 1000u);
  EXPECT_EQ(llvm::ArrayRef<uint8_t>(encodeBTF(S)), Bytes);
  // The other byte order, and back.
  llvm::endianness Other = S.endianness() == llvm::endianness::little
                               ? llvm::endianness::big
                               : llvm::endianness::little;
  Spec Swapped = decodeOrFail(encodeBTF(S, Other));
  EXPECT_EQ(llvm::ArrayRef<uint8_t>(encodeBTF(Swapped, S.endianness())), Bytes);
}

TEST_F(KernelTest, ReadsAndLooksUp) {
  llvm::Expected<std::shared_ptr<const Spec>> K = readKernelBTF();
  ASSERT_TRUE(bool(K)) << llvm::toString(K.takeError());
  const Spec &S = **K;
  std::optional<uint32_t> Task = S.findByName("task_struct", Kind::Struct);
  ASSERT_TRUE(Task.has_value());
  EXPECT_EQ(take(S.sizeOf(*Task)), S.type(*Task).size());
  EXPECT_TRUE(S.findMember(*Task, "pid").has_value());
  EXPECT_EQ(S.pointerSize(), 8u);
  std::optional<uint32_t> U32 = S.findByName("u32", Kind::Typedef);
  ASSERT_TRUE(U32.has_value());
  EXPECT_EQ(take(S.sizeOf(*U32)), 4u);
  EXPECT_EQ(S.type(S.skipModifiersAndTypedefs(*U32)).kind(), Kind::Int);
  EXPECT_FALSE(S.findByEssentialName("task_struct").empty());
  EXPECT_FALSE(bool(S.validate()));
}

TEST_F(KernelTest, DedupFindsNothingToMerge) {
  // pahole deduplicated the kernel's BTF already; our equivalence must not
  // merge types it kept apart... except where it is finer than pahole's.
  llvm::Expected<Spec> S = readBTF(Vmlinux);
  ASSERT_TRUE(bool(S)) << llvm::toString(S.takeError());
  uint32_t Before = S->ownTypeCount();
  DedupResult R = dedup(*S);
  EXPECT_LE(R.Removed, Before / 100) << "at most a few merges";
  EXPECT_FALSE(bool(S->validate()));
}

TEST_F(KernelTest, CHeaderIsWritten) {
  llvm::Expected<Spec> S = readBTF(Vmlinux);
  ASSERT_TRUE(bool(S)) << llvm::toString(S.takeError());
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  ASSERT_FALSE(bool(writeCHeader(*S, OS)));
  EXPECT_NE(OS.str().find("struct task_struct {"), std::string::npos);
}

} // namespace

namespace {
TEST(ReaderTest, KernelModulePaths) {
  EXPECT_TRUE(isKernelModuleBTFPath("/sys/kernel/btf/nf_tables"));
  EXPECT_FALSE(isKernelModuleBTFPath("/sys/kernel/btf/vmlinux"));
  EXPECT_FALSE(isKernelModuleBTFPath("/tmp/nf_tables"));
  EXPECT_FALSE(isKernelModuleBTFPath("/sys/kernel/btf/"));
}

TEST(ReaderTest, RawAndNotBTF) {
  Spec S;
  buildAllKinds(S);
  std::vector<uint8_t> Bytes = encodeBTF(S, llvm::endianness::big);
  llvm::MemoryBufferRef Ref(
      llvm::StringRef(reinterpret_cast<const char *>(Bytes.data()),
                      Bytes.size()),
      "raw.btf");
  llvm::Expected<ObjectBTF> O = readObjectBTF(Ref);
  ASSERT_TRUE(bool(O)) << llvm::toString(O.takeError());
  EXPECT_FALSE(O->Ext.has_value());
  EXPECT_EQ(dump(O->Types), dump(S));
  llvm::MemoryBufferRef Text(llvm::StringRef("hello"), "text");
  EXPECT_EQ(errorCodeOf(readBTF(Text).takeError()), ErrorCode::ReadError);
  llvm::MemoryBufferRef BadElf(llvm::StringRef("\x7f"
                                               "ELF garbage"),
                               "elf");
  EXPECT_EQ(errorCodeOf(readBTF(BadElf).takeError()), ErrorCode::ReadError);
}
} // namespace
