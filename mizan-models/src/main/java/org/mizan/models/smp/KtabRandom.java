package org.mizan.models.smp;

/**
 * KTAB's pseudo-random generator: the 64-bit Mersenne Twister MT19937-64 (Matsumoto &amp; Nishimura; the
 * C++ {@code std::mt19937_64}, seeded the standard way), each output passed through KTAB's bijection
 * q(i) = (i + a)(2i + 3) mod 2⁶⁴ with a = 0xE08C1D668B756F83 (an odd constant from the golden ratio, so
 * q has no fixed points). Doubles are the output divided by 2⁶⁴ − 1, as KTAB does, so they lie in [0, 1].
 *
 * <p>Implemented from the published MT19937-64 algorithm and KTAB's documented transformation. Not
 * thread-safe; O(1) amortised per draw.
 */
final class KtabRandom {

    private static final int NN = 312;
    private static final int MM = 156;
    private static final long MATRIX_A = 0xB5026F5AA96619E9L;
    private static final long UPPER = 0xFFFFFFFF80000000L;
    private static final long LOWER = 0x7FFFFFFFL;
    private static final long Q64C = 0xE08C1D668B756F83L;
    private static final double MAX_AS_DOUBLE = 18446744073709551615.0;

    private final long[] mt = new long[NN];
    private int index;

    KtabRandom(long seed) {
        mt[0] = seed;
        for (int i = 1; i < NN; i++) {
            mt[i] = 6364136223846793005L * (mt[i - 1] ^ (mt[i - 1] >>> 62)) + i;
        }
        index = NN;
    }

    /** The next raw MT19937-64 output. */
    long nextRaw() {
        if (index >= NN) {
            for (int i = 0; i < NN; i++) {
                long x = (mt[i] & UPPER) | (mt[(i + 1) % NN] & LOWER);
                long next = mt[(i + MM) % NN] ^ (x >>> 1);
                mt[i] = (x & 1) == 0 ? next : next ^ MATRIX_A;
            }
            index = 0;
        }
        long x = mt[index++];
        x ^= (x >>> 29) & 0x5555555555555555L;
        x ^= (x << 17) & 0x71D67FFFEDA60000L;
        x ^= (x << 37) & 0xFFF7EEE000000000L;
        x ^= x >>> 43;
        return x;
    }

    /** KTAB's {@code PRNG::uniform()}: q applied to the next output. */
    long nextLong() {
        long i = nextRaw();
        return (i + Q64C) * (2 * i + 3);
    }

    /** KTAB's {@code PRNG::uniform(0, 1)}. */
    double nextDouble() {
        long n = nextLong();
        double unsigned = n >= 0 ? (double) n : (double) ((n >>> 1) | (n & 1)) * 2.0;
        return unsigned / MAX_AS_DOUBLE;
    }
}
