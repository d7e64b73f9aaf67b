package com.zhengqi.graph.export;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;

/** Writes a snapshot of the graph in a chosen format to a stream, a file or a folder. */
@Service
public class GraphExporter {

    /** Writes one file; CSV's several files become the entries of a zip archive. */
    public void write(ExportFormat format, GraphSnapshot graph, OutputStream out) throws IOException {
        switch (format) {
            case GRAPHML -> new GraphMlWriter().write(graph, out);
            case GEXF -> new GexfWriter().write(graph, out);
            case CYPHER -> new CypherScriptWriter().write(graph, out);
            case CSV -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                new CsvWriter().write(graph, FileSink.zip(zip));
                zip.finish();
            }
        }
        out.flush();
    }

    /** Writes CSV files and their import script into a folder, which is created if missing. */
    public void writeCsvFolder(GraphSnapshot graph, Path folder) throws IOException {
        new CsvWriter().write(graph, FileSink.folder(folder));
    }
}
