/**
 * The command line: one root command with extract, ingest, serve, export and ner, and their exit codes.
 */
@NullMarked
package com.zhengqi.graph.cli;

import org.jspecify.annotations.NullMarked;
