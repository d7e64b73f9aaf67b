package com.zhengqi.graph.ner;

import java.util.List;

/** Finds typed entity spans in one sentence or short text (the {@code ner} command). */
public interface EntityTagger {

    List<EntitySpan> tag(String text);
}
