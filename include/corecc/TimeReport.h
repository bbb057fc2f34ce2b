// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/TimeReport.h - The corecc table of -ftime-report --*- C++ -*-===//
//
// -ftime-report prints Clang's and LLVM's tables (front end, IR generation,
// pass execution, instruction selection...) and one of corecc's own, which
// the driver, the plugin and the backend add their phases to through
// llvm::NamedRegionTimer under this group.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_TIMEREPORT_H
#define CORECC_TIMEREPORT_H

namespace corecc {

inline constexpr const char *TimeReportGroup = "corecc";
inline constexpr const char *TimeReportTitle =
    "corecc time report (phases of the compile)";

} // namespace corecc

#endif
