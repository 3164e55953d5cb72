int classify(int n);
int both(int a, int b);
int loop(int n);
int unused(int x);
int maxof(int a, int b);
static inline int header_inline(int x) {
    if (x > 10)
        return 2;
    return 1;
}
