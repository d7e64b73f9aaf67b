package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.DateMention;
import com.zhengqi.graph.find.FindLayers;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.EntityNode;
import com.zhengqi.graph.model.Relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The date a text states for an event. A sentence often carries several dates for several events (投资…扩建二期工厂，
 * 项目预计今年年底竣工: the year end is the completion, not the investment), so an event relation takes the date of its
 * own clause, else the nearest earlier date of its sentence that stands as a clause of its own and so frames what
 * follows (5月30日-31日，…带队…，先后考察了…), else the framing date of the last dated sentence of its paragraph
 * (12月1日，…。期间，拜访了…). A date inside another clause (2007年首批项目已落成，…) dates that clause's event only.
 */
final class EventDates {

    /** How many characters besides the date a clause may hold and still be the date alone (下午, 以来, 自…以来). */
    private static final int FRAME_EXTRA = 3;

    /**
     * How many sentences back a paragraph's date still holds: 期间 and 随后 follow their date closely; three sentences on,
     * a paragraph has usually moved to another event (2020年，X原计划…。…。…。X谋划再投入…).
     */
    private static final int CARRY_SENTENCES = 2;

    private EventDates() {
    }

    /** The first date in {@code [sentenceStart, sentenceEnd)} that resolves, else the first written. */
    static Optional<DateMention> statedIn(Document document, int sentenceStart, int sentenceEnd) {
        return first(within(document, sentenceStart, sentenceEnd));
    }

    /**
     * The date of {@code relation}'s event: where its end (the company visited, the project invested in) or else its
     * start is written in the evidence, the date of that clause or the sentence's framing one before it, else the paragraph's
     * date carried from an earlier sentence. When neither entity's name is written in the evidence, the sentence's
     * first date, as {@link #statedIn}.
     */
    static Optional<DateMention> statedFor(Document document, Relation relation) {
        int start = relation.evidenceStart();
        int end = relation.evidenceEnd();
        int anchor = anchor(document, relation);
        if (anchor < 0) {
            return statedIn(document, start, end);
        }
        String text = document.text();
        int clauseStart = clauseStart(text, start, anchor);
        int clauseEnd = clauseEnd(text, anchor, end);
        Optional<DateMention> own = first(within(document, clauseStart, clauseEnd));
        if (own.isPresent()) {
            return own;
        }
        Optional<DateMention> frame = lastFrame(document, start, clauseStart);
        return frame.isPresent() ? frame : carried(document, start);
    }

    /** Where the relation's end entity, else its start entity, is first written in the evidence; -1 when neither is. */
    private static int anchor(Document document, Relation relation) {
        for (String id : List.of(relation.to(), relation.from())) {
            EntityNode entity = document.entity(id);
            Object name = entity == null ? null : entity.property("name");
            if (name instanceof String written && !written.isEmpty()) {
                int at = document.text().indexOf(written, relation.evidenceStart());
                if (at >= 0 && at + written.length() <= relation.evidenceEnd()) {
                    return at;
                }
            }
        }
        return -1;
    }

    /**
     * The last date of {@code [from, to)} that is a clause of its own: the date and at most {@link #FRAME_EXTRA} other
     * characters (3月22日下午，…; 自去年8月以来，…), the way Chinese sets the time of all that follows.
     */
    private static Optional<DateMention> lastFrame(Document document, int from, int to) {
        String text = document.text();
        List<DateMention> dates = within(document, from, to);
        for (int i = dates.size() - 1; i >= 0; i--) {
            DateMention date = dates.get(i);
            int clauseStart = clauseStart(text, from, date.start());
            int clauseEnd = clauseEnd(text, date.end(), to);
            if (text.substring(clauseStart, clauseEnd).strip().length() - date.text().length() <= FRAME_EXTRA) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * The framing date of the nearest earlier sentence of the same paragraph, at most {@link #CARRY_SENTENCES} back, that
     * writes a date; nothing when that sentence's dates all sit inside clauses of their own events.
     */
    private static Optional<DateMention> carried(Document document, int sentenceStart) {
        if (!document.has(FindLayers.SENTENCES)) {
            return Optional.empty();
        }
        String text = document.text();
        Sentences sentences = document.get(FindLayers.SENTENCES);
        int index = sentences.at(sentenceStart).index();
        for (int i = index - 1; i >= Math.max(0, index - CARRY_SENTENCES); i--) {
            Sentences.Sentence before = sentences.all().get(i);
            if (before.end() > sentenceStart || text.substring(before.end(), sentenceStart).indexOf('\n') >= 0) {
                return Optional.empty(); // another paragraph
            }
            if (!within(document, before.start(), before.end()).isEmpty()) {
                return lastFrame(document, before.start(), before.end());
            }
        }
        return Optional.empty();
    }

    private static List<DateMention> within(Document document, int from, int to) {
        List<DateMention> found = new ArrayList<>();
        for (DateMention date : document.get(FindLayers.DATES)) {
            if (date.start() >= to) {
                break;
            }
            if (date.start() >= from && date.end() <= to) {
                found.add(date);
            }
        }
        return found;
    }

    private static Optional<DateMention> first(List<DateMention> dates) {
        return dates.stream().filter(DateMention::resolved).findFirst().or(() -> dates.stream().findFirst());
    }

    private static int clauseStart(String text, int sentenceStart, int at) {
        for (int i = at - 1; i >= sentenceStart; i--) {
            if (Chars.CLAUSE_END.contains(text.charAt(i))) {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    private static int clauseEnd(String text, int at, int sentenceEnd) {
        for (int i = at; i < sentenceEnd; i++) {
            if (Chars.CLAUSE_END.contains(text.charAt(i))) {
                return i;
            }
        }
        return sentenceEnd;
    }

    /** {@code dateText} (as written) and, when it resolves, {@code date}, {@code datePrecision}, ...; each prefixed. */
    static Map<String, Object> properties(DateMention date, String prefix) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (date.resolved()) {
            properties.putAll(date.value().properties(prefix));
        }
        properties.put(prefix.isEmpty() ? "dateText" : prefix + "DateText", date.text());
        return properties;
    }
}
