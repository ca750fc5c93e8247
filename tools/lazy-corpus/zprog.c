/* Calls libz lazily: every call below is a first call through the PLT. */
#include <stdio.h>
#include <string.h>
#include <zlib.h>
int main(void) {
    static const char text[] = "hello hello hello hello lazy binding lazy binding zlib zlib";
    unsigned char comp[256], back[256];
    printf("version=%s\n", zlibVersion());
    printf("crc32=%08lx adler32=%08lx\n", crc32(0, (const Bytef *)text, sizeof text), adler32(1, (const Bytef *)text, sizeof text));
    uLongf clen = sizeof comp;
    int r = compress2(comp, &clen, (const Bytef *)text, sizeof text, 9);
    uLongf blen = sizeof back;
    int u = uncompress(back, &blen, comp, clen);
    printf("compress=%d uncompress=%d same=%d\n", r, u, blen == sizeof text && memcmp(back, text, blen) == 0);
    z_stream s; memset(&s, 0, sizeof s);
    deflateInit(&s, 6);
    s.next_in = (Bytef *)text; s.avail_in = sizeof text; s.next_out = comp; s.avail_out = sizeof comp;
    deflate(&s, Z_FINISH); deflateEnd(&s);
    z_stream t; memset(&t, 0, sizeof t);
    inflateInit(&t);
    t.next_in = comp; t.avail_in = s.total_out; t.next_out = back; t.avail_out = sizeof back;
    int i = inflate(&t, Z_FINISH); inflateEnd(&t);
    printf("inflate=%d total=%lu bound=%lu\n", i, t.total_out, compressBound(100));
    return 0;
}
