package com.zhengqi.graph.read.source;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON lines (one record a line) or a JSON file (one record, or an array of them). A record is
 * {@code {"text": ..., "title": ..., "source": ..., "publishedOn": ...}}; only {@code text} is required.
 * A bad record fails the whole file, naming its line (or its place in the array), so nothing is
 * half-read; running again after the fix skips the records already in the graph.
 */
final class JsonRecordsReader implements FormatReader {

    private static final int MAX_REASON = 120;

    private final ReadOptions options;
    private final boolean oneRecordPerLine;
    private final JsonMapper json = JsonMapper.builder().build();

    JsonRecordsReader(ReadOptions options, boolean oneRecordPerLine) {
        this.options = options;
        this.oneRecordPerLine = oneRecordPerLine;
    }

    @Override
    public List<SourceDocument> read(Path file) throws IOException {
        TextDecoder.Decoded decoded = TextDecoder.decode(FileBytes.read(file, ReadLimits.MAX_CONTAINER_FILE_BYTES), options.encoding(), null);
        List<SourceDocument> documents = oneRecordPerLine ? lines(file, decoded) : whole(file, decoded);
        if (documents.isEmpty()) {
            throw new UnreadableSourceException("no records in it");
        }
        return documents;
    }

    private List<SourceDocument> lines(Path file, TextDecoder.Decoded decoded) throws UnreadableSourceException {
        List<SourceDocument> documents = new ArrayList<>();
        int lineNumber = 0;
        for (String line : (Iterable<String>) decoded.text().lines()::iterator) {
            lineNumber++;
            if (!line.isBlank()) {
                String where = "line " + lineNumber;
                documents.add(record(parse(line, where), file + ":" + lineNumber, where, decoded.encoding()));
            }
        }
        return documents;
    }

    private List<SourceDocument> whole(Path file, TextDecoder.Decoded decoded) throws UnreadableSourceException {
        JsonNode root = parse(decoded.text(), "the file");
        if (!root.isArray()) {
            return List.of(record(root, file.toString(), "the file", decoded.encoding()));
        }
        List<SourceDocument> documents = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String where = "record " + (i + 1);
            documents.add(record(root.get(i), file + "#" + (i + 1), where, decoded.encoding()));
        }
        return documents;
    }

    private JsonNode parse(String text, String where) throws UnreadableSourceException {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            throw new UnreadableSourceException(where + ": not valid JSON (" + shortened(reason) + ")");
        }
    }

    private static SourceDocument record(JsonNode record, String defaultSource, String where, String encoding)
            throws UnreadableSourceException {
        if (!record.isObject()) {
            throw new UnreadableSourceException(where + ": not a JSON object");
        }
        String text = field(record, "text", where);
        if (text == null) {
            throw new UnreadableSourceException(where + ": no \"text\"");
        }
        String source = field(record, "source", where);
        try {
            return Documents.make(source == null || source.isBlank() ? defaultSource : source.strip(), text,
                    field(record, "title", where), PublicationDates.parse(field(record, "publishedOn", where)), encoding);
        } catch (UnreadableSourceException e) {
            throw new UnreadableSourceException(where + ": " + e.getMessage());
        }
    }

    private static @Nullable String field(JsonNode record, String name, String where) throws UnreadableSourceException {
        JsonNode value = record.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new UnreadableSourceException(where + ": \"" + name + "\" is not a string");
        }
        return value.asString();
    }

    private static String shortened(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "…";
    }
}
