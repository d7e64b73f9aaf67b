package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.DateMention;
import com.zhengqi.graph.find.FindLayers;
import com.zhengqi.graph.model.Document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The date a sentence states for the event it tells: the first date in it that resolves, else the first written
 * (12月1日 in an article whose year nothing states keeps {@code dateText} without {@code date}).
 */
final class EventDates {

    private EventDates() {
    }

    static Optional<DateMention> statedIn(Document document, int sentenceStart, int sentenceEnd) {
        DateMention written = null;
        for (DateMention date : document.get(FindLayers.DATES)) {
            if (date.start() >= sentenceEnd) {
                break;
            }
            if (date.start() >= sentenceStart && date.end() <= sentenceEnd) {
                if (date.resolved()) {
                    return Optional.of(date);
                }
                written = written == null ? date : written;
            }
        }
        return Optional.ofNullable(written);
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
