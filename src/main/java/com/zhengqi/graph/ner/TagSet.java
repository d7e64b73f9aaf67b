package com.zhengqi.graph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * BIOES tags over a fixed list of entity labels: tag 0 is O (outside), and label {@code k} owns
 * tags {@code 1+4k} (B, begin), {@code 2+4k} (I, inside), {@code 3+4k} (E, end), {@code 4+4k}
 * (S, a one-character entity). Knows which tag may follow which, and converts between spans and
 * tag sequences. Immutable.
 */
final class TagSet {

    static final int OUTSIDE = 0;
    private static final int BEGIN = 0;
    private static final int INSIDE = 1;
    private static final int END = 2;
    private static final int SINGLE = 3;

    private final List<String> labels;
    /** {@code allowed[(previous + 1) * size + next]}. */
    private final boolean[] allowed;
    /** For each tag, the tags that may precede it: the Viterbi search only looks at these. */
    private final int[][] predecessors;

    TagSet(List<String> labels) {
        this.labels = List.copyOf(labels);
        int size = size();
        allowed = new boolean[(size + 1) * size];
        for (int previous = -1; previous < size; previous++) {
            for (int next = 0; next < size; next++) {
                allowed[(previous + 1) * size + next] = follows(previous, next);
            }
        }
        predecessors = new int[size][];
        for (int next = 0; next < size; next++) {
            final int tag = next;
            predecessors[next] = IntStream.range(0, size).filter(previous -> follows(previous, tag)).toArray();
        }
    }

    /** The tags that may come right before {@code tag} (not counting the sentence start). */
    int[] predecessors(int tag) {
        return predecessors[tag];
    }

    List<String> labels() {
        return labels;
    }

    int size() {
        return 1 + 4 * labels.size();
    }

    /** Whether {@code next} may follow {@code previous}; {@code previous < 0} means the sentence start. */
    boolean allowed(int previous, int next) {
        return allowed[(previous + 1) * size() + next];
    }

    private boolean follows(int previous, int next) {
        boolean previousOpen = previous > OUTSIDE && (part(previous) == BEGIN || part(previous) == INSIDE);
        boolean nextContinues = next > OUTSIDE && (part(next) == INSIDE || part(next) == END);
        if (previousOpen) {
            return nextContinues && label(previous) == label(next);
        }
        return !nextContinues;
    }

    /** Whether a sentence may end on {@code tag} (no entity left open). */
    boolean mayEnd(int tag) {
        return tag == OUTSIDE || part(tag) == END || part(tag) == SINGLE;
    }

    /** Tags for the characters of {@code length}; spans whose label is unknown or that overlap an earlier one are left out. */
    int[] encode(int length, List<EntitySpan> spans) {
        int[] tags = new int[length];
        for (EntitySpan span : spans) {
            int k = labels.indexOf(span.label());
            if (k < 0 || span.start() < 0 || span.end() > length || span.start() >= span.end() || occupied(tags, span)) {
                continue;
            }
            if (span.end() - span.start() == 1) {
                tags[span.start()] = tag(k, SINGLE);
                continue;
            }
            tags[span.start()] = tag(k, BEGIN);
            for (int i = span.start() + 1; i < span.end() - 1; i++) {
                tags[i] = tag(k, INSIDE);
            }
            tags[span.end() - 1] = tag(k, END);
        }
        return tags;
    }

    /** The spans a well-formed tag sequence describes. */
    List<EntitySpan> decode(String text, int[] tags) {
        List<EntitySpan> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < tags.length; i++) {
            int tag = tags[i];
            if (tag == OUTSIDE) {
                start = -1;
            } else if (part(tag) == SINGLE) {
                spans.add(span(text, tag, i, i + 1));
                start = -1;
            } else if (part(tag) == BEGIN) {
                start = i;
            } else if (part(tag) == END && start >= 0) {
                spans.add(span(text, tag, start, i + 1));
                start = -1;
            }
        }
        return spans;
    }

    String name(int tag) {
        return tag == OUTSIDE ? "O" : "BIES".charAt(part(tag)) + "-" + labels.get(label(tag));
    }

    private EntitySpan span(String text, int tag, int start, int end) {
        return new EntitySpan(labels.get(label(tag)), start, end, text.substring(start, end));
    }

    private static boolean occupied(int[] tags, EntitySpan span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (tags[i] != OUTSIDE) {
                return true;
            }
        }
        return false;
    }

    private static int tag(int label, int part) {
        return 1 + 4 * label + part;
    }

    private static int label(int tag) {
        return (tag - 1) / 4;
    }

    private static int part(int tag) {
        return (tag - 1) % 4;
    }
}
