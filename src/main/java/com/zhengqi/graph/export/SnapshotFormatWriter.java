package com.zhengqi.graph.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a whole snapshot in one file format. The stream is flushed, not closed. */
interface SnapshotFormatWriter {

    void write(GraphSnapshot graph, OutputStream out) throws IOException;
}
