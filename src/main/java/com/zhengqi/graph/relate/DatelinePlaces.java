package com.zhengqi.graph.relate;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.List;

/**
 * A place written as where a report was filed: right before 报道, 电 or 讯 (本报记者王某西安报道, 新华社北京3月5日电
 * keeps its date between). Such a place tells where the reporter stood, not which region the article is about.
 */
final class DatelinePlaces {

    private static final List<String> FILING_WORDS = Lexicon.words("dateline-filing-words.txt");

    private DatelinePlaces() {
    }

    /** Whether the place ending at {@code end} of {@code text} is followed by a filing word. */
    static boolean isFiledFrom(String text, int end) {
        return FILING_WORDS.stream().anyMatch(w -> text.startsWith(w, end));
    }
}
