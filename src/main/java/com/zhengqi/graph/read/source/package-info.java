/**
 * Input files in every supported format (plain text, HTML, PDF, JSON and JSON lines), decoded from
 * whatever encoding they use, checked against the size limits, and turned into
 * {@link com.zhengqi.graph.read.source.SourceDocument}s. {@link com.zhengqi.graph.read.source.DocumentReader}
 * is the one entry point; everything else here is one reader per format and its helpers.
 */
@NullMarked
package com.zhengqi.graph.read.source;

import org.jspecify.annotations.NullMarked;
