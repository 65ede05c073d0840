package org.mizan.models.smp;

/**
 * The fixed attributes of a scenario's actors on KTAB's internal scale: capabilities, saliences divided
 * by 100, total saliences and the weights (capability × total salience) with which principals and third
 * parties enter a contest. Immutable; shared by all states of a run.
 */
final class SmpActors {

    final double[] cap;
    final double[][] sal;
    final double[] salSum;

    SmpActors(SmpScenario scenario) {
        int n = scenario.actors().size();
        cap = new double[n];
        sal = new double[n][];
        salSum = new double[n];
        for (int i = 0; i < n; i++) {
            SmpActor a = scenario.actors().get(i);
            cap[i] = a.capability();
            sal[i] = a.salience();
            for (int k = 0; k < sal[i].length; k++) {
                sal[i][k] /= 100.0;
                salSum[i] += sal[i][k];
            }
        }
    }

    int size() {
        return cap.length;
    }

    double weight(int i) {
        return cap[i] * salSum[i];
    }

    /** Distance between a and b weighted by i's saliences: sqrt(Σ (s_k Δ_k)² / Σ s_k²). */
    double distance(int i, double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int k = 0; k < a.length; k++) {
            double ds = (a[k] - b[k]) * sal[i][k];
            num += ds * ds;
            den += sal[i][k] * sal[i][k];
        }
        return Math.sqrt(num / den);
    }

    /** Euclidean distance. */
    static double norm(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(s);
    }
}
