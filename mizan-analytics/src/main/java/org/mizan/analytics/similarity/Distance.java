package org.mizan.analytics.similarity;

/**
 * How far apart two relation values are: the absolute difference (city-block, Signorino &amp; Ritter's
 * choice) or the squared difference (Häge's recommendation for interval data, which penalises large
 * disagreements more).
 */
public enum Distance {
    ABSOLUTE {
        @Override
        public double between(double x, double y) {
            return Math.abs(x - y);
        }
    },
    SQUARED {
        @Override
        public double between(double x, double y) {
            double d = x - y;
            return d * d;
        }
    };

    /** The distance between two values. */
    public abstract double between(double x, double y);

    /** The largest distance between two values of a scale of the given width (max - min). */
    public double largest(double width) {
        return between(0, width);
    }
}
