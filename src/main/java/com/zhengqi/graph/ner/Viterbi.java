package com.zhengqi.graph.ner;

/**
 * First-order Viterbi search over BIOES tags: the best-scoring tag sequence whose every step the
 * {@link TagSet} allows. Transition scores are a {@code (tags + 1) × tags} matrix whose last row
 * holds the scores of starting a sentence with each tag.
 */
final class Viterbi {

    private Viterbi() {
    }

    static int[] best(float[][] emissions, float[] transitions, TagSet tagSet) {
        int n = emissions.length;
        int tags = tagSet.size();
        int[] path = new int[n];
        if (n == 0) {
            return path;
        }
        float[] score = new float[tags];
        float[] next = new float[tags];
        int[][] back = new int[n][tags];
        for (int t = 0; t < tags; t++) {
            score[t] = tagSet.allowed(-1, t) ? transitions[tags * tags + t] + emissions[0][t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < tags; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int from = 0;
                for (int p : tagSet.predecessors(t)) {
                    float s = score[p] + transitions[p * tags + t];
                    if (s > best) {
                        best = s;
                        from = p;
                    }
                }
                next[t] = best + emissions[i][t];
                back[i][t] = from;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int last = TagSet.OUTSIDE;
        float best = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < tags; t++) {
            if (tagSet.mayEnd(t) && score[t] > best) {
                best = score[t];
                last = t;
            }
        }
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }
}
