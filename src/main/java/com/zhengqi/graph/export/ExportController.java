package com.zhengqi.graph.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code GET /export?format=graphml|gexf|csv|cypher}: the whole graph as a download, or with
 * {@code id=...} (repeated) the explorer's current view: those nodes and the relationships among
 * them, of the {@code type=...} (repeated) relationship types when given. Parameters are checked
 * before anything is read; a bad one gets 400 and a sentence saying which.
 */
@RestController
class ExportController {

    static final int MAX_IDS = 2000;
    static final int MAX_ID_LENGTH = 500;
    private static final Set<String> PARAMETERS = Set.of("format", "id", "type");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,60}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SnapshotReader reader;
    private final GraphExporter exporter;

    ExportController(SnapshotReader reader, GraphExporter exporter) {
        this.reader = reader;
        this.exporter = exporter;
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam MultiValueMap<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "': use format, id (repeated) and type (repeated)");
            }
        }
        List<String> formats = parameters.getOrDefault("format", List.of());
        if (formats.size() != 1) {
            throw new IllegalArgumentException("give exactly one format: " + ExportFormat.choices());
        }
        ExportFormat format = ExportFormat.parse(formats.getFirst());
        List<String> ids = parameters.getOrDefault("id", List.of());
        List<String> types = parameters.getOrDefault("type", List.of());
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids; export the whole graph instead");
        }
        for (String id : ids) {
            if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
                throw new IllegalArgumentException("an id must be 1 to " + MAX_ID_LENGTH + " characters long");
            }
        }
        for (String type : types) {
            if (!TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("not a relationship type: '" + type + "' (expected e.g. VISITED)");
            }
        }
        if (!types.isEmpty() && ids.isEmpty()) {
            throw new IllegalArgumentException("type only narrows a view: give the ids of its nodes too");
        }
        GraphSnapshot graph = ids.isEmpty() ? reader.wholeGraph() : reader.selection(ids, types);
        String fileName = "zhengqi-graph-%s-%s.%s".formatted(ids.isEmpty() ? "all" : "view",
                LocalDateTime.now().format(STAMP), format.extension());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Export-Nodes", Integer.toString(graph.nodes().size()))
                .header("X-Export-Relationships", Integer.toString(graph.relationships().size()))
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(out -> exporter.write(format, graph, out));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad export request");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
