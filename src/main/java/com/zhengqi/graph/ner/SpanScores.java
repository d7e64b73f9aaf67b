package com.zhengqi.graph.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 of predicted spans against gold spans, per label and micro-averaged
 * over chosen labels. A span counts only when label, start and end all match (CLUENER's rule).
 * Not thread-safe: one instance collects one evaluation.
 */
final class SpanScores {

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Scores {@code tagger} on labelled sentences. */
    static SpanScores of(EntityTagger tagger, List<LabelledSentence> sentences) {
        SpanScores scores = new SpanScores();
        for (LabelledSentence sentence : sentences) {
            scores.add(sentence.spans(), tagger.tag(sentence.text()));
        }
        return scores;
    }

    /** Adds one sentence: {@code predicted} and {@code gold} are that sentence's spans. */
    void add(List<EntitySpan> gold, List<EntitySpan> predicted) {
        Set<Key> goldKeys = keys(gold);
        Set<Key> predictedKeys = keys(predicted);
        for (Key key : predictedKeys) {
            counts(key.label())[goldKeys.contains(key) ? 0 : 1]++;
        }
        for (Key key : goldKeys) {
            if (!predictedKeys.contains(key)) {
                counts(key.label())[2]++;
            }
        }
    }

    /** Precision, recall and F1 of one label. */
    Score of(String label) {
        int[] c = counts.getOrDefault(label, new int[3]);
        return Score.of(c[0], c[1], c[2]);
    }

    /** Micro-averaged precision, recall and F1 over {@code labels}. */
    Score micro(List<String> labels) {
        int tp = 0, fp = 0, fn = 0;
        for (String label : labels) {
            int[] c = counts.getOrDefault(label, new int[3]);
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return Score.of(tp, fp, fn);
    }

    Set<String> labels() {
        return counts.keySet();
    }

    /** A table of the given labels, one line each, then their micro average. */
    String table(List<String> labels) {
        StringBuilder out = new StringBuilder(String.format("%-13s %6s %6s %6s %6s%n", "", "P", "R", "F1", "gold"));
        for (String label : labels) {
            Score s = of(label);
            out.append(String.format("%-13s %6.3f %6.3f %6.3f %6d%n", label, s.precision(), s.recall(), s.f1(), s.gold()));
        }
        Score m = micro(labels);
        out.append(String.format("%-13s %6.3f %6.3f %6.3f %6d%n", "micro", m.precision(), m.recall(), m.f1(), m.gold()));
        return out.toString();
    }

    private int[] counts(String label) {
        return counts.computeIfAbsent(label, l -> new int[3]);
    }

    private static Set<Key> keys(List<EntitySpan> spans) {
        Set<Key> keys = new HashSet<>();
        for (EntitySpan span : spans) {
            keys.add(new Key(span.label(), span.start(), span.end()));
        }
        return keys;
    }

    private record Key(String label, int start, int end) {
    }

    /** Precision, recall and F1 from true-positive, false-positive and false-negative counts. */
    record Score(double precision, double recall, double f1, int gold) {

        static Score of(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Score(p, r, f, tp + fn);
        }
    }
}
