/* A block comment, a "??/" that a trigraph would read as a backslash, and
 * a macro continued on the next line: the bundle carries this file in a
 * comment of its own and must escape them. */
#define TASK_PAD \
  0
struct task {
  int state;
  int pid;
  int tgid;
} __attribute__((preserve_access_index));
