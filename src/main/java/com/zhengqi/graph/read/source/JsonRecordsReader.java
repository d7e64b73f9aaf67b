package com.zhengqi.graph.read.source;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON lines (one record a line) or a JSON file (one record, or an array of them). A record is
 * {@code {"text": ..., "title": ..., "source": ..., "publishedOn": ...}}; only {@code text} is required.
 * A bad line or array element is skipped and reported, naming its place, and the file's other records
 * are read: one broken line in a scraped dump must not cost the thousands beside it. A file that is
 * not JSON as a whole (a broken single object or array) fails as a whole.
 */
final class JsonRecordsReader implements FormatReader {

    private static final int MAX_REASON = 120;
    /** Fields that crawlers and feeds name a record's publication date by, the contract's own first. */
    private static final List<String> DATE_FIELDS = List.of("publishedOn", "publishDate", "publish_date", "pubDate", "pubdate",
            "publishTime", "publish_time", "publishedAt", "published_at", "date", "time", "datetime");

    private final ReadOptions options;
    private final boolean oneRecordPerLine;
    private final JsonMapper json = JsonMapper.builder().build();

    JsonRecordsReader(ReadOptions options, boolean oneRecordPerLine) {
        this.options = options;
        this.oneRecordPerLine = oneRecordPerLine;
    }

    @Override
    public List<SourceDocument> read(Path file, Consumer<SkippedRecord> skipped) throws IOException {
        TextDecoder.Decoded decoded = TextDecoder.decode(FileBytes.read(file, ReadLimits.MAX_CONTAINER_FILE_BYTES), options.encoding(), null);
        Records records = new Records(decoded.encoding(), skipped);
        if (oneRecordPerLine) {
            lines(file, decoded.text(), records);
        } else {
            whole(file, decoded.text(), records);
        }
        if (records.seen == 0) {
            throw new UnreadableSourceException("no records in it");
        }
        return records.documents;
    }

    private void lines(Path file, String text, Records records) {
        int lineNumber = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            if (!line.isBlank()) {
                records.add(file + ":" + lineNumber, "line " + lineNumber, () -> parse(line));
            }
        }
    }

    private void whole(Path file, String text, Records records) throws UnreadableSourceException {
        JsonNode root;
        try {
            root = parse(text);
        } catch (UnreadableSourceException e) {
            throw new UnreadableSourceException("the file: " + e.getMessage());
        }
        if (!root.isArray()) {
            records.documents.add(recordOrFail(root, file.toString(), records.encoding));
            records.seen++;
            return;
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode element = root.get(i);
            records.add(file + "#" + (i + 1), "record " + (i + 1), () -> element);
        }
    }

    private static SourceDocument recordOrFail(JsonNode record, String source, @Nullable String encoding)
            throws UnreadableSourceException {
        try {
            return record(record, source, encoding);
        } catch (UnreadableSourceException e) {
            throw new UnreadableSourceException("the file: " + e.getMessage());
        }
    }

    private JsonNode parse(String text) throws UnreadableSourceException {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            throw new UnreadableSourceException("not valid JSON (" + shortened(reason) + ")");
        }
    }

    /** The document of one record; the reason it cannot be one, without its place, otherwise. */
    private static SourceDocument record(JsonNode record, String defaultSource, @Nullable String encoding)
            throws UnreadableSourceException {
        if (!record.isObject()) {
            throw new UnreadableSourceException("not a JSON object");
        }
        String text = field(record, "text");
        if (text == null) {
            throw new UnreadableSourceException("no \"text\"");
        }
        String source = field(record, "source");
        return Documents.make(source == null || source.isBlank() ? defaultSource : source.strip(), text,
                field(record, "title"), publishedOn(record), encoding);
    }

    /** The first date field a crawler's record gives (publishedOn, date, pubDate …), else the date its url files it under. */
    private static @Nullable String publishedOn(JsonNode record) {
        for (String name : DATE_FIELDS) {
            JsonNode value = record.get(name);
            String date = value != null && value.isString() ? PublicationDates.parse(value.asString()) : null;
            if (date != null) {
                return date;
            }
        }
        JsonNode url = record.get("url");
        return url != null && url.isString() ? PublicationDates.fromAddress(url.asString()).orElse(null) : null;
    }

    private static @Nullable String field(JsonNode record, String name) throws UnreadableSourceException {
        JsonNode value = record.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new UnreadableSourceException("\"" + name + "\" is not a string");
        }
        return value.asString();
    }

    private static String shortened(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "…";
    }

    /** A record's JSON, or the reason there is none. */
    @FunctionalInterface
    private interface RecordJson {
        JsonNode get() throws UnreadableSourceException;
    }

    /** The documents of one file so far, and where its bad records go. */
    private static final class Records {
        final List<SourceDocument> documents = new ArrayList<>();
        final @Nullable String encoding;
        final Consumer<SkippedRecord> skipped;
        int seen;

        Records(@Nullable String encoding, Consumer<SkippedRecord> skipped) {
            this.encoding = encoding;
            this.skipped = skipped;
        }

        void add(String location, String place, RecordJson json) {
            seen++;
            try {
                documents.add(record(json.get(), location, encoding));
            } catch (UnreadableSourceException e) {
                skipped.accept(new SkippedRecord(location, place, e.getMessage()));
            }
        }
    }
}
