#include <stdio.h>
#include <string.h>
#include <bzlib.h>
int main(void) {
    static char text[] = "hello hello hello hello lazy binding lazy binding bzip2 bzip2";
    char comp[512], back[512];
    printf("version=%s\n", BZ2_bzlibVersion());
    unsigned clen = sizeof comp, blen = sizeof back;
    int r = BZ2_bzBuffToBuffCompress(comp, &clen, text, sizeof text, 9, 0, 0);
    int u = BZ2_bzBuffToBuffDecompress(back, &blen, comp, clen, 0, 0);
    printf("compress=%d decompress=%d same=%d\n", r, u, blen == sizeof text && memcmp(back, text, blen) == 0);
    return 0;
}
