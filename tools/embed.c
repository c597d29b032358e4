/* embed.c — writes a file's bytes as a C array, so the HTML viewer's parts are
 * compiled into the binary.  Usage: embed SYMBOL IN OUT.c */
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: embed SYMBOL IN OUT.c\n");
        return 2;
    }
    FILE *in = fopen(argv[2], "rb");
    if (!in) {
        perror(argv[2]);
        return 1;
    }
    FILE *out = fopen(argv[3], "w");
    if (!out) {
        perror(argv[3]);
        fclose(in);
        return 1;
    }
    fprintf(out, "/* generated from %s by tools/embed.c; do not edit */\n#include <stddef.h>\n", argv[2]);
    fprintf(out, "const unsigned char %s[] = {\n", argv[1]);
    int c;
    size_t n = 0;
    while ((c = fgetc(in)) != EOF) {
        fprintf(out, "%d,%s", c, (++n % 20) ? "" : "\n");
    }
    fprintf(out, "0};\nconst size_t %s_len = %zu;\n", argv[1], n);
    fclose(in);
    if (fclose(out) != 0) {
        perror(argv[3]);
        return 1;
    }
    return 0;
}
