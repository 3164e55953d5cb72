#include "calc.h"

int classify(int n) {
    if (n > 0)
        return 1;
    else if (n < 0)
        return -1;
    return 0;
}

int both(int a, int b) {
    if (a && b) return 1;
    return 0;
}

int loop(int n) {
    int total = 0;
    for (int i = 0; i < n; i++) total += i;
    return total;
}

static inline int square(int x) { return x * x; }

int unused(int x) {
    int y = square(x);
    return y + 1;
}

#define MAX(a, b) ((a) > (b) ? (a) : (b))
int maxof(int a, int b) { return MAX(a, b); }
