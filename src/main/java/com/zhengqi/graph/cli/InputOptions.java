package com.zhengqi.graph.cli;

import com.zhengqi.graph.read.source.ReadConfiguration;
import com.zhengqi.graph.read.source.ReadOptions;
import picocli.CommandLine.Option;

import java.util.Map;

/** Options of every command that reads input files. */
final class InputOptions {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of every text, HTML and JSON input file (UTF-8, GBK, GB18030, Big5, ...). Default: detected per file.")
    String encoding;

    /** Checks the name now, so a typo fails before any file is read. */
    ReadOptions readOptions() {
        return ReadOptions.forEncodingName(encoding);
    }

    Map<String, Object> withSpringProperties(Map<String, Object> properties) {
        readOptions();
        if (encoding != null && !encoding.isBlank()) {
            properties.put(ReadConfiguration.ENCODING_PROPERTY, encoding);
        }
        return properties;
    }
}
