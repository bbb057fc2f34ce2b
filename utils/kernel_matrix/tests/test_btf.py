# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The kernel matrix's BTF reader, on hand-made blobs of both byte orders."""
import unittest

from kernel_matrix.btf import BTF, BTFError
from kernel_matrix.tests.btfbuild import Blob


def sample(endian="<"):
    b = Blob(endian)
    i32 = b.int("int", 4)
    u8 = b.int("unsigned char", 1, signed=False)
    u32 = b.typedef("u32", b.int("unsigned int", 4, signed=False))
    inner = b.record("struct", "", 8, [("x", i32, 0), ("y", i32, 32)])
    arr = b.array(u8, 16, i32)
    task = b.record("struct", "task", 40, [
        ("pid", i32, 0), ("", inner, 64), ("comm", arr, 128), ("next", b.ptr(0), 256)])
    flags = b.record("struct", "flags", 4, [("a", u32, 0, 3), ("b", u32, 3, 5)], bitfields=True)
    b.enum("state", [("RUNNING", 0), ("DEAD", -1)])
    b.enum64("big", [("HUGE", 1 << 40)])
    b.typedef("task_t", b.const(task))
    return b, task, flags


class BTFReaderTest(unittest.TestCase):
    def test_layout_little_and_big_endian(self):
        for endian in "<>":
            b, task, flags = sample(endian)
            btf = BTF(b.bytes())
            self.assertEqual(btf.find("struct", "task"), [task])
            self.assertEqual(btf.size(task), 40)
            self.assertEqual(btf.field(task, ["pid"])[:2], (0, 0))
            # A member of an anonymous struct is found as C finds it.
            self.assertEqual(btf.field(task, ["y"])[:2], (96, 0))
            self.assertEqual(btf.field(task, ["comm", 3])[:2], (128 + 24, 0))
            self.assertIsNone(btf.field(task, ["no_such"]))
            self.assertEqual(btf.field(flags, ["b"])[:2], (3, 5))

    def test_sizes_through_typedefs_and_qualifiers(self):
        b, task, _ = sample()
        btf = BTF(b.bytes())
        (tdef,) = btf.find(None, "task_t")
        self.assertEqual(btf.size(tdef), 40)
        (u32,) = btf.find(None, "u32")
        self.assertEqual(btf.size(u32), 4)

    def test_flavors_resolve_to_the_base_name(self):
        b, task, _ = sample()
        self.assertEqual(BTF(b.bytes()).find("struct", "task___v2"), [task])

    def test_enumerators(self):
        b, _, _ = sample()
        btf = BTF(b.bytes())
        (st,) = btf.find("enum", "state")
        self.assertEqual(btf.types[st]["values"], [("RUNNING", 0), ("DEAD", -1)])
        (big,) = btf.find("enum", "big")
        self.assertEqual(btf.types[big]["values"], [("HUGE", 1 << 40)])

    def test_broken_blobs_are_errors(self):
        good = sample()[0].bytes()
        with self.assertRaises(BTFError):
            BTF(good[:10])
        with self.assertRaises(BTFError):
            BTF(b"\x00\x00" + good[2:])
        with self.assertRaises(BTFError):
            BTF(good[:-4])  # the string section runs past the end
        b = Blob()
        b._type("x", 31, 0, 0)
        with self.assertRaises(BTFError):
            BTF(b.bytes())


if __name__ == "__main__":
    unittest.main()
