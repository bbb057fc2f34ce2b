static inline __attribute__((always_inline)) int twice(int x) {
  return x * 2 +
         1;
}
