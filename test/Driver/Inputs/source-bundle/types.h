struct task {
  int state;
  int pid;
  int tgid;
} __attribute__((preserve_access_index));
