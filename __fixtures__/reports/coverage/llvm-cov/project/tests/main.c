#include "../src/calc.h"
int main(void) {
    int r = classify(5) + both(1, 0) + loop(3) + maxof(1, 2) + header_inline(3);
    return r == 0;
}
