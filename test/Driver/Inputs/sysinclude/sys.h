#define SYS_VALUE 2
