# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""bench.md's layout: tables and paragraphs (utils/bench_report.py)."""
import unittest

from bench_report import Markdown, Table, cell, fmt


class TableTest(unittest.TestCase):
    def test_layout(self):
        t = Table(["file", "ratio", "note"])
        t.add("runqlat", 0.9314, "")
        t.add("a|b", 3, None)
        self.assertEqual(t.lines(), [
            "| file | ratio | note |",
            "| --- | --- | --- |",
            "| runqlat | 0.931 | |",
            "| a\\|b | 3 | |",
        ])

    def test_a_row_must_fill_the_columns(self):
        with self.assertRaises(ValueError):
            Table(["a", "b"]).add("only one")

    def test_document(self):
        doc = Markdown()
        doc.heading("Totals")
        doc.para("Programs: 2.")
        doc.bullets(["x", "y"], "Load failures:")
        t = Table(["k"])
        t.add("v")
        doc.table(t)
        self.assertEqual(doc.text(), "## Totals\n\nPrograms: 2.\n\nLoad failures:\n\n- x\n- y\n\n"
                                     "| k |\n| --- |\n| v |\n")

    def test_cells(self):
        self.assertEqual(fmt(None), "—")
        self.assertEqual(fmt(1.23456, 2), "1.23")
        self.assertEqual(cell({"status": "loaded", "insns": 10, "verified_insns": 25}), "10 / 25")
        self.assertEqual(cell({"status": "failed"}), "FAIL")
        self.assertEqual(cell(None), "—")


if __name__ == "__main__":
    unittest.main()
