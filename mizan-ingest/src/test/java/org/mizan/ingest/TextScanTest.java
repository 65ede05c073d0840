package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextScanTest {

    private static TextScan scan(String text) {
        TextScan s = new TextScan();
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        // Two pieces, so that state carried across buffers is exercised too.
        int half = b.length / 2;
        s.add(b, half);
        s.add(java.util.Arrays.copyOfRange(b, half, b.length), b.length - half);
        return s;
    }

    @Test
    void countsNonEmptyLinesAsDuckDbReadsThem() {
        assertThat(scan("a\nb\n").lines()).isEqualTo(2);
        assertThat(scan("a\nb").lines()).isEqualTo(2);
        assertThat(scan("a\r\n\r\n\nb\r\n").lines()).isEqualTo(2);
        assertThat(scan("\n\na\n").lines()).isEqualTo(1);
        assertThat(scan("").lines()).isZero();
    }

    @Test
    void tellsWhetherAFieldMayBePadded() {
        assertThat(scan("a b\tc d\nx\ty\n").maybePadded('\t', false)).isFalse();
        assertThat(scan("a, b\tc\n").maybePadded('\t', false)).isFalse();
        assertThat(scan("a, b\tc\n").maybePadded(',', false)).isTrue();
        assertThat(scan("a \tb\n").maybePadded('\t', false)).isTrue();
        assertThat(scan("a\t b\n").maybePadded('\t', false)).isTrue();
        assertThat(scan("a\tb \n").maybePadded('\t', false)).isTrue();
        assertThat(scan(" a\tb\n").maybePadded('\t', false)).isTrue();
        assertThat(scan("a\tb ").maybePadded('\t', false)).isTrue();
        assertThat(scan("a,\" b\"\n").maybePadded(',', true)).isTrue();
        assertThat(scan("a\tb\u00A0c\n").maybePadded('\t', false)).isTrue();
        assertThat(scan("a\tb\u3000\n").maybePadded('\t', false)).isTrue();
        assertThat(scan("a\tb\u00E9\n").maybePadded('\t', false)).isFalse();
    }

    @Test
    void wordAtATimeAgreesWithByteAtATime() {
        String[] pieces = {"ab", " ", "\t", ",", "\"", "\n", "\n", "\r\n", "\u00e9", "\u00a0", "xyz1234567"};
        java.util.Random rnd = new java.util.Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(60);
            for (int i = 0; i < len; i++) {
                String p = pieces[rnd.nextInt(pieces.length)];
                sb.append(rnd.nextInt(4) == 0 ? p : pieces[10].substring(0, 1 + rnd.nextInt(9)));
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            TextScan fast = new TextScan();
            TextScan slow = new TextScan();
            int cut = b.length == 0 ? 0 : rnd.nextInt(b.length);
            fast.add(b, cut);
            fast.add(java.util.Arrays.copyOfRange(b, cut, b.length), b.length - cut);
            slow.addBytes(b, b.length);
            String what = sb.toString().replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
            assertThat(fast.lines()).as(what).isEqualTo(slow.lines());
            for (char d : new char[] {'\t', ','}) {
                assertThat(fast.maybePadded(d, false)).as(d + " " + what).isEqualTo(slow.maybePadded(d, false));
                assertThat(fast.maybePadded(d, true)).as(d + " " + what).isEqualTo(slow.maybePadded(d, true));
            }
        }
    }
}
