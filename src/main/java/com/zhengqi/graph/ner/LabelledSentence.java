package com.zhengqi.graph.ner;

import java.util.List;

/** A sentence with its gold entity spans ({@code [start, end)}), as read from a training or test set. */
record LabelledSentence(String text, List<EntitySpan> spans) {

    LabelledSentence {
        spans = List.copyOf(spans);
    }
}
