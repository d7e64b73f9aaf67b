package com.zhengqi.graph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The entity labels a training set uses, in a fixed (sorted) order so that tag numbers are reproducible. */
final class Labels {

    private Labels() {
    }

    static List<String> of(List<LabelledSentence> sentences) {
        TreeSet<String> labels = new TreeSet<>();
        for (LabelledSentence sentence : sentences) {
            for (EntitySpan span : sentence.spans()) {
                labels.add(span.label());
            }
        }
        return new ArrayList<>(labels);
    }
}
