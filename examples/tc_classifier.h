// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Class numbers shared by tc_classifier.bpf.c and tc_classifier.c.
#ifndef EXAMPLES_TC_CLASSIFIER_H
#define EXAMPLES_TC_CLASSIFIER_H

enum tcc_class {
  TCC_DEFAULT,       // best effort: classid 1:20, DSCP 0
  TCC_INTERACTIVE,   // ssh, DNS: classid 1:10, DSCP EF (46)
  TCC_BULK,          // bulk port range: classid 1:30, DSCP CS1 (8)
  TCC_NCLASSES,
};

#endif
