# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The expected-value language, evaluated against a hand-made BTF."""
import unittest

from kernel_matrix.btf import BTF
from kernel_matrix.expr import Expectation, Expr, ExprError
from kernel_matrix.tests.test_btf import sample


class ExprTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.btf = BTF(sample()[0].bytes())
        cls.btf.release = "6.12.9-amd64"

    def ev(self, text, refs=None):
        return Expr(text).eval(self.btf, refs)

    def test_btf_functions(self):
        self.assertEqual(self.ev("offsetof(struct task, comm)"), 16)
        self.assertEqual(self.ev("sizeof(struct task, comm)"), 16)
        self.assertEqual(self.ev("sizeof(struct task)"), 40)
        self.assertEqual(self.ev("bitoffsetof(struct flags, b)"), 3)
        self.assertEqual(self.ev("bitsizeof(struct flags, b)"), 5)
        self.assertEqual(self.ev("enumval(enum state, DEAD)"), -1)
        self.assertEqual(self.ev("exists(struct task, y)"), 1)
        self.assertEqual(self.ev("exists(struct task___old, gone)"), 0)
        self.assertEqual(self.ev("exists(enum state, RUNNING)"), 1)
        self.assertEqual(self.ev("exists(struct nothing)"), 0)
        self.assertEqual(self.ev("sizeof(u32)"), 4)

    def test_arithmetic_logic_and_references(self):
        self.assertEqual(self.ev("2 + 3 * 4 - 10 / 3"), 11)
        self.assertEqual(self.ev("-7 / 2"), -3)  # C truncates toward zero
        self.assertEqual(self.ev("exists(struct task) ? 5 : 6"), 5)
        self.assertEqual(self.ev("!0 && (1 || 0)"), 1)
        self.assertEqual(self.ev("@n * 2", {"n": 21}), 42)
        self.assertEqual(self.ev("version() >= 0x60c00"), 1)

    def test_errors_say_what_is_wrong(self):
        cases = {
            "offsetof(struct flags, b)": "bitfield",
            "offsetof(struct task, nope)": "no member",
            "sizeof(struct missing)": "no struct missing",
            "1 / 0": "division by zero",
            "@x": "no such global",
            "enumval(enum state, ZOMBIE)": "has no ZOMBIE",
        }
        for text, msg in cases.items():
            with self.assertRaises(ExprError) as cm:
                self.ev(text)
            self.assertIn(msg, str(cm.exception), text)

    def test_expectations_compare_the_actual_value(self):
        ok, want, err = Expectation(">= sizeof(struct task)").check(48, self.btf, {})
        self.assertEqual((ok, want, err), (True, 40, None))
        ok, want, _ = Expectation("offsetof(struct task, comm)").check(15, self.btf, {})
        self.assertEqual((ok, want), (False, 16))
        ok, _, err = Expectation("str:bash").check([98, 97, 115, 104, 0, 7], self.btf, {})
        self.assertTrue(ok, err)


if __name__ == "__main__":
    unittest.main()
