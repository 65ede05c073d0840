package org.mizan.coder.dict;

/** Bounded Levenshtein distance: "is a within k edits of b", in O(k x n) time. */
final class EditDistance {

    private EditDistance() {
    }

    static boolean within(String a, String b, int k) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > k) {
            return false;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > k) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= k;
    }
}
