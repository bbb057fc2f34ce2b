# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Finding a kernel's BTF in images that are not ELF (arm64's Image, the
decompressed payload of s390x's vmlinuz)."""
import lzma
import unittest

from kernel_matrix.images import image_btf, raw_btf
from kernel_matrix.tests.test_btf import sample


class RawBTFTest(unittest.TestCase):
    def test_found_in_both_byte_orders(self):
        for endian in "<>":
            blob = sample(endian)[0].bytes()
            # Code before and after, and a false start: the magic with a
            # header whose sections run past the end.
            bogus = blob[:8] + b"\xff" * 16
            image = b"\x00" * 100 + bogus + b"\x11" * 64 + blob + b"\x22" * 300
            self.assertEqual(raw_btf(image), blob)

    def test_none_without_btf(self):
        self.assertIsNone(raw_btf(b"\x9f\xeb\x01\x00" + b"\x00" * 200))

    def test_arm64_image(self):
        blob = sample()[0].bytes()
        head = bytearray(64)
        head[0x38:0x3C] = b"ARMd"
        self.assertEqual(image_btf(bytes(head) + b"\x00" * 32 + blob), blob)

    def test_compressed_raw_kernel(self):
        blob = sample(">")[0].bytes()
        payload = lzma.compress(b"\x07" * 4096 + blob + b"\x07" * 128, format=lzma.FORMAT_XZ)
        self.assertEqual(image_btf(b"\x00" * 512 + payload), blob)


if __name__ == "__main__":
    unittest.main()
