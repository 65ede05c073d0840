package org.mizan.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * What an import needs to know about a file's text, gathered in the pass that hashes it: the number of
 * non-empty lines (DuckDB's reader skips empty ones), which lets the import check its counts without a
 * second scan; and whether any field could start or end with a space, which tells whether trimming can
 * be skipped.
 *
 * <p>Why the second: trimming every text field is about a third of an import's CPU time, and real
 * dataset files are not padded. DuckDB's trim() removes Unicode space separators (category Zs). A field
 * starts or ends with one only if a space byte touches a delimiter, a quote, a line break or the file's
 * ends, or the file holds a non-ASCII space at all (counted anywhere, to keep the loop simple). Only tab
 * and comma are watched as delimiters; any other is taken as padded.
 *
 * <p>The scan reads eight bytes at a time (this pass is a tenth of an import's CPU time); words with a
 * non-ASCII byte or a CR go byte by byte.
 */
final class TextScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;
    private static final long NL = 0x0A0A0A0A0A0A0A0AL;
    private static final long CR = 0x0D0D0D0D0D0D0D0DL;
    private static final long SP = 0x2020202020202020L;
    private static final long TAB = 0x0909090909090909L;
    private static final long COMMA = 0x2C2C2C2C2C2C2C2CL;
    private static final long QUOTE = 0x2222222222222222L;

    private long lines;
    /** Whether the current line has a byte other than CR. */
    private boolean content;
    /** touched[b]: a space byte was next to byte b; kept for tab, comma, quote, LF and CR. */
    private final boolean[] touched = new boolean[256];
    private boolean unicodeSpace;
    private byte prev = '\n';
    private byte prev2 = '\n';

    void add(byte[] b, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(b, i);
            long cr = eq(w, CR);
            if ((w & HIGH) != 0 || cr != 0) {
                bytes(b, i, i + 8);
                continue;
            }
            long nl = eq(w, NL);
            // Every LF ends a line; it is empty only when right after another LF (no CR in this word).
            lines += Long.bitCount(nl) - Long.bitCount(nl & (nl << 8));
            if ((nl & 0x80L) != 0 && !content) {
                lines--;
            }
            long sp = eq(w, SP);
            if (sp != 0 || prev == ' ') {
                long near = (sp << 8) | (sp >>> 8) | (prev == ' ' ? 0x80L : 0);
                touched['\t'] |= (near & eq(w, TAB)) != 0;
                touched[','] |= (near & eq(w, COMMA)) != 0;
                touched['"'] |= (near & eq(w, QUOTE)) != 0;
                touched['\n'] |= (near & nl) != 0;
                if ((sp & 0x80L) != 0) {
                    touched[prev & 0xFF] = true;
                }
            }
            prev = (byte) (w >>> 56);
            prev2 = (byte) (w >>> 48);
            content = prev != '\n';
        }
        bytes(b, i, n);
    }

    /** The same as {@link #add} one byte at a time: the reference the word-at-a-time scan is tested against. */
    void addBytes(byte[] b, int n) {
        bytes(b, 0, n);
    }

    /** 0x80 in each byte of {@code w} equal to the byte repeated in {@code pattern}, 0 elsewhere (exact). */
    private static long eq(long w, long pattern) {
        long v = w ^ pattern;
        return ~(((v & LOW7) + LOW7) | v | LOW7);
    }

    private void bytes(byte[] b, int from, int to) {
        byte p = prev;
        byte p2 = prev2;
        for (int i = from; i < to; i++) {
            byte x = b[i];
            if (x == '\n') {
                if (content) {
                    lines++;
                }
                content = false;
            } else if (x != '\r') {
                content = true;
            }
            if (x == ' ') {
                touched[p & 0xFF] = true;
            } else if (p == ' ') {
                touched[x & 0xFF] = true;
            } else if (x < 0 && isUnicodeSpaceEnd(p2, p, x)) {
                unicodeSpace = true;
            }
            p2 = p;
            p = x;
        }
        prev = p;
        prev2 = p2;
    }

    /** Non-empty lines seen. */
    long lines() {
        return lines + (content ? 1 : 0);
    }

    /** Whether some field of a file with this delimiter (and quotes, if {@code quoted}) may need trimming. */
    boolean maybePadded(char delimiter, boolean quoted) {
        return unicodeSpace || prev == ' ' || (delimiter != '\t' && delimiter != ',') || touched[delimiter]
                || touched['\n'] || touched['\r'] || (quoted && touched['"']);
    }

    /** Whether bytes p2 p x end a UTF-8 space separator other than U+0020 (U+00A0, U+1680, U+2000..U+3000). */
    private static boolean isUnicodeSpaceEnd(byte p2, byte p, byte x) {
        int a = p2 & 0xFF;
        int b = p & 0xFF;
        int c = x & 0xFF;
        return (b == 0xC2 && c == 0xA0)
                || (a == 0xE1 && b == 0x9A && c == 0x80)
                || (a == 0xE2 && b == 0x80 && ((c >= 0x80 && c <= 0x8A) || c == 0xAF))
                || (a == 0xE2 && b == 0x81 && c == 0x9F)
                || (a == 0xE3 && b == 0x80 && c == 0x80);
    }
}
